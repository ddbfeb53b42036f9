// unres as a web extension (issue 20): a .vsix without `main`, installed in code-server, so that the `browser`
// build runs in the web worker extension host and its server in a Web Worker, as on vscode.dev and github.dev.
// On the French reference text: the server's own word that it has no `process`, the status bar counts, the
// outline, a hover on a cited resolution, a number broken by typing, its diagnostic and its quick fix, and
// completion in the preamble. Skips with a message when ../shared is absent (the counts are the reference's).
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { consoleText } from '../harness/browser.mjs';
import { packageWebExtension } from '../harness/package.mjs';
import { referenceFileName, resultsDir } from '../harness/paths.mjs';
import { openWorkbench } from '../harness/session.mjs';
import { prepareWorkspace } from '../harness/workspace.mjs';
import { workbench } from './workbench.test.mjs';

const REFERENCE_STATUS = 'FR · 21 PP · 16 OP · 7 notes';

suite('UI: the web extension (browser build, web worker extension host)', function () {
	this.timeout(150_000);
	let session;
	let workspace;
	let page;
	/** Console lines of the workbench that say the extension failed: a test fails on them, not on a timeout. */
	const failures = [];
	const activationFailure = () => failures.find((l) => /Activating extension .*unres.* failed|unres.*(?:Uncaught|Error)/i.test(l));

	/** Waits for a locator; on failure names an activation failure of the extension when there was one. */
	async function see(locator, what, timeout = 30_000) {
		let poll;
		const failed = new Promise((_, reject) => {
			poll = setInterval(() => activationFailure() && reject(new Error(`the workbench said: ${activationFailure()}`)), 250);
		});
		try {
			await Promise.race([locator.waitFor({ timeout }), failed]);
		} catch (err) {
			assert.fail(`${what}: not seen (${err.message.split('\n')[0]})`);
		} finally {
			clearInterval(poll);
		}
	}

	/** Runs a command from the Command Palette by its title. */
	async function runCommand(title) {
		await page.keyboard.press('F1');
		const input = page.locator('.quick-input-widget input').first();
		await input.waitFor();
		await input.fill(`>${title}`);
		await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
		await page.keyboard.press('Enter');
	}

	/** Closes what a previous step left open and puts the focus in the editor (on a line of text, not the box). */
	async function focusEditor() {
		await page.keyboard.press('Escape');
		await page.keyboard.press('Escape');
		await page.locator('.editor-group-container .monaco-editor textarea').first().focus();
	}

	/** Selects the first occurrence of `text` in the editor (Find, then Escape keeps the selection). */
	async function select(text) {
		await page.keyboard.press('Control+F');
		const input = page.locator('.find-widget textarea, .find-widget input').first();
		await input.waitFor();
		await input.fill(text);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Escape');
	}

	/** Puts the cursor at the start of a line (Go to Line). */
	async function goToLine(line) {
		await page.keyboard.press('Control+G');
		const input = page.locator('.quick-input-widget input').first();
		await input.waitFor();
		await input.fill(`:${line}`);
		await page.keyboard.press('Enter');
		await workbench.cursorPosition(page).filter({ hasText: new RegExp(`^Ln ${line}, Col 1$`) }).waitFor();
	}

	suiteSetup(async function () {
		workspace = prepareWorkspace();
		if (!workspace.reference) {
			console.log('      skipped: ../shared/samples/fr/A-RES-75-10.fr.md is absent (set UNRES_SHARED); the web test reads the reference text');
			this.skip();
		}
		session = await openWorkbench('unres-ui-web-', {
			pack: packageWebExtension,
			workspace: workspace.dir,
			onPage: (p) => p.on('console', (msg) => {
				const text = consoleText(msg);
				if (msg.type() === 'error') failures.push(text);
				if (process.env.UNRES_E2E_VERBOSE) console.log(`      [web] ${text}`);
			}),
		});
		({ page } = session);
	});

	teardown(async function () {
		if (this.currentTest?.state === 'failed' && page) {
			mkdirSync(resultsDir, { recursive: true });
			await page.screenshot({ path: path.join(resultsDir, `web-failed-${this.currentTest.title.slice(0, 30).replace(/\W+/g, '-')}.png`) }).catch(() => {});
		}
	});

	suiteTeardown(async () => {
		await session?.close();
		if (workspace) rmSync(workspace.dir, { recursive: true, force: true });
	});

	test('the reference text: status bar counts and outline, from a server that has no `process`', async () => {
		await workbench.explorerRow(page, referenceFileName).dblclick();
		await see(workbench.editorText(page).filter({ hasText: "L'Assemblée générale," }), 'the reference text in the editor');
		const status = workbench.statusItem(page, /\bPP\b.*\bOP\b/);
		await see(status, 'the unres status bar item');
		assert.equal((await status.innerText()).trim(), REFERENCE_STATUS);

		// The server says where it runs in its log (server/src/browser/main.ts): the Node build would say nothing.
		await runCommand('unres: Show Output Channel');
		const log = page.locator('.part.panel .monaco-editor .view-lines', { hasText: 'web worker' }).first();
		await see(log, 'the server\'s log line in the unres output channel');
		assert.match((await log.innerText()).replace(/\s+/g, ' '), /unres language server in a web worker \(typeof process: undefined\)/);

		await page.keyboard.press('Control+J'); // the panel away again: room for the editor
		await workbench.paneHeader(page, path.basename(workspace.dir)).click();
		const outlineHeader = workbench.paneHeader(page, 'Outline');
		if ((await outlineHeader.getAttribute('aria-expanded')) !== 'true') await outlineHeader.click();
		const rows = workbench.outlineRows(page);
		await see(rows.filter({ hasText: 'Préambule' }), 'the outline');
		await rows.filter({ hasText: 'Préambule' }).locator('.monaco-tl-twistie').click();
		await rows.filter({ hasText: 'Dispositif' }).waitFor();
		const compact = (t) => t.replace(/\s+/g, '');
		const outline = (await rows.allInnerTexts()).map(compact);
		for (const row of ['Préambule 21', 'Dispositif 16', 'Notes 7']) {
			assert.ok(outline.includes(compact(row)), `no outline row "${row}" in: ${outline.join(' | ')}`);
		}
		mkdirSync(resultsDir, { recursive: true });
		await page.screenshot({ path: path.join(resultsDir, 'web-reference.png') });
	});

	test('a hover on a cited resolution', async () => {
		await focusEditor();
		await select('51/1');
		// Show Hover at the cursor (Ctrl+K Ctrl+I), as a keyboard user asks for it.
		await page.keyboard.press('Control+K');
		await page.keyboard.press('Control+I');
		// The link's own tooltip ("Open A/RES/51/1 on undocs.org") may show first: wait for the server's hover.
		const hover = page.locator('.monaco-hover', { hasText: 'A/RES/51/1' }).filter({ hasText: '1996' }).first();
		await see(hover, 'a hover naming A/RES/51/1 with its date');
		const text = (await hover.innerText()).replace(/\s+/g, ' ');
		assert.match(text, /A\/RES\/51\/1/);
		assert.match(text, /1996/, `the hover gives the date of adoption: ${text}`);
		console.log(`      hover: ${text.slice(0, 120)}…`);
		await page.keyboard.press('Escape');
	});

	test('a number broken by typing: its diagnostic, then its quick fix', async () => {
		const text = readFileSync(path.join(workspace.dir, referenceFileName), 'utf8');
		const line = text.slice(0, text.indexOf('\n5. *Souligne*') + 1).split('\n').length;
		await focusEditor();
		await goToLine(line);
		await page.keyboard.press('Shift+ArrowRight');
		await page.keyboard.type('8');
		await see(workbench.editorText(page).filter({ hasText: '8. *Souligne*' }), 'the broken number');

		const rows = await workbench.problems(page);
		const row = workbench.problemRows(page).filter({ hasText: 'operative-numbering' });
		await see(row, `an operative-numbering entry in the Problems panel (rows: ${JSON.stringify(rows)})`, 15_000);
		const entry = (await row.first().innerText()).replace(/\s+/g, ' ');
		assert.match(entry, new RegExp(`unres.*operative-numbering.*\\[Ln ${line}, Col 1\\]`), entry);

		// The light bulb's menu (Ctrl+.) at the number, and the renumbering in it.
		await focusEditor();
		await goToLine(line);
		await page.keyboard.press('Control+.');
		const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Renumber operative paragraphs' }).first();
		await see(action, 'the quick fix "Renumber operative paragraphs"');
		// The menu's first row is the fix (the header "Quick Fix" above it is no row to choose): chosen with the keyboard,
		// as the menu's overlay takes the mouse.
		const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().innerText()).trim();
		assert.equal(focused, 'Renumber operative paragraphs');
		await page.keyboard.press('Enter');
		await see(workbench.editorText(page).filter({ hasText: '5. *Souligne*' }), 'the number put back by the quick fix');
		assert.equal(await workbench.editorText(page).filter({ hasText: '8. *Souligne*' }).count(), 0);
		await page.waitForFunction(() => ![...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => r.textContent.includes('operative-numbering')), null, { timeout: 15_000 });
		console.log(`      Problems: ${JSON.stringify(entry)}; fixed by "Renumber operative paragraphs"`);
	});

	test('completion in the preamble', async () => {
		const text = readFileSync(path.join(workspace.dir, referenceFileName), 'utf8');
		const line = text.slice(0, text.indexOf('\nRappelant également') + 1).split('\n').length;
		await focusEditor();
		await goToLine(line);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.type('Rapp');
		await page.keyboard.press('Control+Space');
		const item = page.locator('.suggest-widget .monaco-list-row', { hasText: 'Rappelant' }).first();
		await see(item, 'a preambular phrase "Rappelant…" offered');
		const items = (await page.locator('.suggest-widget .monaco-list-row').allInnerTexts()).map((t) => t.split('\n')[0]);
		assert.ok(items.some((t) => /^Rappelant/.test(t)), `suggestions: ${items.join(' | ')}`);
		await page.screenshot({ path: path.join(resultsDir, 'web-completion.png') });
		console.log(`      completion: ${items.slice(0, 4).join(' | ')}`);
		await page.keyboard.press('Escape');
	});
});
