// The UI test: the packaged extension installed in code-server, the workbench in headless Chromium, and
// assertions on what a person sees. Leaves a screenshot in test-results/e2e/ as the test's artifact.
// Run by test/e2e/run.mjs (mocha, tdd ui); UNRES_E2E_WORKSPACE names the prepared folder.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { referenceFileName, resultsDir } from '../harness/paths.mjs';
import { openWorkbench } from '../harness/session.mjs';

/** The reference document's status bar text; the repository's own French draft stands in without ../shared. */
const REFERENCE_STATUS = 'FR · 21 PP · 16 OP · 7 notes';
const OWN_FRENCH = 'projet-cooperation.fr.unres.md';

/**
 * Drafts with a gap in the operative numbering (harness/workspace.mjs): the reference without paragraph 5, or,
 * without ../shared, the own French draft without paragraph 2. `after` starts the paragraph after the gap.
 */
const GAP_DRAFTS = [
	{ file: 'A-RES-75-10.fr.gap.unres.md', missing: 5, after: '6. *Réaffirme*' },
	{ file: 'projet-cooperation.fr.gap.unres.md', missing: 2, after: '3. *Décide*' },
];

// ---- what a person sees, one reader per part of the workbench ---------------------------------------------

export const workbench = {
	explorerRow: (page, name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first(),
	editorText: (page) => page.locator('.monaco-editor .view-lines').first(),
	statusItem: (page, text) => page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: text }).first(),
	pane: (page, title) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) }).first(),
	paneHeader: (page, title) => page.locator('.pane-header', { hasText: title }).first(),
	outlineRows: (page) => workbench.pane(page, 'Outline').locator('.monaco-list-row'),
	/** Problems panel entries (Ctrl+Shift+M), e.g. "message\nunres\nrule-id\n[Ln 2, Col 1]". */
	async problems(page) {
		await page.locator('.monaco-editor textarea').first().focus();
		await page.keyboard.press('Control+Shift+M');
		const rows = workbench.problemRows(page);
		await rows.first().waitFor({ timeout: 15_000 });
		return rows.allInnerTexts();
	},
	problemRows: (page) => page.locator('.markers-panel .monaco-list-row'),
	/** The editor tab of a file, once it is the active one. */
	activeTab: (page, name) => page.locator('.tabs-container .tab.active', { hasText: name }).first(),
	/** The cursor position in the status bar: "Ln 95, Col 1", "Ln 95, Col 3 (2 selected)". */
	cursorPosition: (page) => workbench.statusItem(page, /^Ln \d+, Col \d+/),
};

suite('UI: the workbench as a person sees it', function () {
	this.timeout(120_000);
	let session;
	let workspace;
	let page;

	suiteSetup(async () => {
		session = await openWorkbench('unres-ui-');
		({ page, workspace } = session);
	});

	suiteTeardown(async () => {
		await session?.close();
	});

	test('a French draft (the reference document when ../shared is there): status bar item and outline', async () => {
		const withReference = existsSync(path.join(workspace, referenceFileName));
		const file = withReference ? referenceFileName : OWN_FRENCH;

		await workbench.explorerRow(page, file).dblclick();
		await workbench.editorText(page).filter({ hasText: "L'Assemblée générale," }).waitFor();

		const status = workbench.statusItem(page, /\bPP\b.*\bOP\b/);
		await status.waitFor();
		const statusText = (await status.innerText()).trim();
		if (withReference) assert.equal(statusText, REFERENCE_STATUS);
		else assert.match(statusText, /^FR · 3 PP · 3 OP\b/);

		// A person makes room for the outline: collapse the folder tree, open the Outline section.
		await workbench.paneHeader(page, path.basename(workspace)).click();
		const outlineHeader = workbench.paneHeader(page, 'Outline');
		if ((await outlineHeader.getAttribute('aria-expanded')) !== 'true') await outlineHeader.click();
		const rows = workbench.outlineRows(page);
		await rows.filter({ hasText: 'Préambule' }).waitFor();
		// Fold the preamble's paragraphs away so the operative part and the notes show too.
		await rows.filter({ hasText: 'Préambule' }).locator('.monaco-tl-twistie').click();
		await rows.filter({ hasText: 'Dispositif' }).waitFor();
		// A row reads "<name><detail>": "Préambule" then its paragraph count.
		const outline = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
		const expected = withReference ? ['Préambule 21', 'Dispositif 16', 'Notes 7'] : ['Préambule 3', 'Dispositif 3', 'Notes 1'];
		const compact = (t) => t.replace(/\s+/g, '');
		for (const row of expected) {
			assert.ok(outline.some((t) => compact(t) === compact(row)), `no outline row "${row}" in: ${outline.join(' | ')}`);
		}

		mkdirSync(resultsDir, { recursive: true });
		const shot = path.join(resultsDir, withReference ? 'reference-outline.png' : 'own-draft-outline.png');
		await page.screenshot({ path: shot });
		console.log(`      status bar: "${statusText}"; outline: ${outline.slice(0, 4).join(' | ')} …; screenshot: ${path.relative(process.cwd(), shot)}`);
	});

	test('a draft with a gap in the operative numbering: its entry in the Problems panel, a squiggle where it points', async () => {
		const gap = GAP_DRAFTS.find((d) => existsSync(path.join(workspace, d.file)));
		assert.ok(gap, `none of ${GAP_DRAFTS.map((d) => d.file).join(', ')} in the workspace`);
		const text = readFileSync(path.join(workspace, gap.file), 'utf8');
		const line = text.slice(0, text.indexOf(`\n${gap.after}`) + 1).split('\n').length;
		// The server speaks the workbench's language: code-server's is English here.
		const message = `Operative paragraph ${gap.missing} is missing: ${gap.missing - 1} is followed by ${gap.missing + 1}`;

		// Open it from the Explorer (the first test may have collapsed the folder).
		const folder = workbench.paneHeader(page, path.basename(workspace));
		if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
		await workbench.explorerRow(page, gap.file).dblclick();
		await workbench.activeTab(page, gap.file).waitFor();

		await workbench.problems(page);
		const row = workbench.problemRows(page).filter({ hasText: message });
		await row.waitFor({ timeout: 15_000 }).catch(async () =>
			assert.fail(`no Problems entry "${message}" in: ${JSON.stringify(await workbench.problemRows(page).allInnerTexts())}`),
		);
		const entry = (await row.innerText()).trim();
		assert.match(entry, new RegExp(`^${message}\\s+unres\\s*\\(?operative-numbering\\)?\\s+\\[Ln ${line}, Col 1\\]$`), `Problems entry: ${JSON.stringify(entry)}`);

		// A click on the entry's message selects the number after the gap ("Ln 95, Col 3 (2 selected)"), which is
		// underlined. On the message: the row's middle may be the rule's code, a link to its page (codeDescription).
		await row.getByText(message).first().click();
		const cursor = workbench.cursorPosition(page);
		await cursor.filter({ hasText: new RegExp(`^Ln ${line}, Col \\d+ \\(\\d selected\\)`) }).waitFor();
		await workbench.editorText(page).filter({ hasText: gap.after }).waitFor();
		await page.locator('.monaco-editor .squiggly-error').first().waitFor();

		mkdirSync(resultsDir, { recursive: true });
		const shot = path.join(resultsDir, 'problems.png');
		await page.screenshot({ path: shot });
		console.log(`      Problems: ${JSON.stringify(entry)}; cursor: "${(await cursor.innerText()).trim()}"; screenshot: ${path.relative(process.cwd(), shot)}`);
	});
});
