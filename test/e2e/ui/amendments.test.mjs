// An amendment applied as a person does it: the tabled draft open, "unres: Apply Amendment…" from the Command
// Palette, the amendment file picked in the file dialog; the amended draft opens as a new untitled document and the
// instruction that cannot apply is in the Problems panel. Screenshot test-results/e2e/amendment-applied.png.
// The draft and the amendment are test/e2e/workspace/amendments/ (the in-host suite applies them too).
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { resultsDir } from '../harness/paths.mjs';
import { openWorkbench } from '../harness/session.mjs';
import { workbench } from './workbench.test.mjs';

/** Polls `cond` every 100 ms: whether it held within `ms`. */
async function holds(cond, ms) {
	const end = Date.now() + ms;
	while (!(await cond())) {
		if (Date.now() > end) return false;
		await new Promise((r) => setTimeout(r, 100));
	}
	return true;
}

/** Polls `cond` every 100 ms until it holds; fails with `what` after `ms`. */
async function waitUntil(cond, what, ms = 15_000) {
	if (!(await holds(cond, ms))) assert.fail(`timed out waiting until ${what}`);
}

suite('UI: an amendment applied to the tabled draft', function () {
	this.timeout(150_000);
	let session;
	let workspace;
	let page;

	suiteSetup(async () => {
		session = await openWorkbench('unres-ui-amendments-');
		({ page, workspace } = session);
	});

	suiteTeardown(async () => {
		await session?.close();
	});

	test('Command Palette → unres: Apply Amendment…, the file dialog, the amended draft and the Problems entry', async () => {
		// Open the draft with Quick Open, as a person who knows its name.
		await page.locator('.monaco-workbench').click();
		await page.keyboard.press('Control+P');
		const input = page.locator('.quick-input-widget input');
		await input.waitFor();
		await input.fill('tabled.unres');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'tabled.unres' }).first().waitFor();
		await page.keyboard.press('Enter');
		await workbench.activeTab(page, 'tabled.unres').waitFor();
		await workbench.editorText(page).filter({ hasText: 'Urges all States' }).waitFor();

		// The command, from the palette.
		await page.keyboard.press('F1');
		await input.waitFor();
		await input.fill('>unres: Apply Amendment');
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Apply Amendment' }).first().waitFor();
		await page.keyboard.press('Enter');

		// code-server's file dialog is a quick input with a path. It reads folders as the value changes and may rewrite
		// the value when a read ends (its folder, a completion), which can come after a path typed too early. So, as a
		// person does: the folder first, until its list shows the file; then the file's path, until the value stays
		// ours; Enter; and all of it again if the dialog is still open.
		const dialog = page.locator('.quick-input-widget', { hasText: 'Amendment to apply' });
		await dialog.waitFor({ timeout: 15_000 });
		const folder = path.join(workspace, 'amendments');
		const file = path.join(folder, 'amendment-L99.txt');
		const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'amendment-L99.txt' }).first();
		await waitUntil(async () => (await input.inputValue()).startsWith('/'), 'the file dialog shows its folder');
		for (let attempt = 1; ; attempt++) {
			await input.fill(`${folder}/`);
			await row.waitFor({ timeout: 10_000 }).catch(() => undefined);
			await input.fill(file);
			const held = await holds(async () => (await input.inputValue()) === file, 5_000);
			if (held && (await row.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
				await page.keyboard.press('Enter');
				if (await dialog.waitFor({ state: 'hidden', timeout: 5_000 }).then(() => true, () => false)) break;
			}
			if (attempt === 4) assert.fail(`the file dialog did not take ${file}: it holds ${JSON.stringify(await input.inputValue())}`);
		}

		// The amended draft: a new untitled document, renumbered, the first preambular paragraph gone.
		await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: 30_000 }).catch(async (e) => {
			mkdirSync(resultsDir, { recursive: true });
			await page.screenshot({ path: path.join(resultsDir, 'amendment-failed.png') });
			throw e;
		});
		const editor = workbench.editorText(page);
		await editor.filter({ hasText: '2. Calls upon States to cooperate;' }).waitFor({ timeout: 15_000 });
		// Monaco renders blanks as no-break spaces.
		const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
		assert.match(text, /3\. Requests the Secretary-General to report on the implementation of paragraph 1 above;/);
		assert.match(text, /4\. Decides to remain seized of the matter\./);
		assert.doesNotMatch(text, /Recalling its resolution 75\/1/);

		// The instruction that cannot apply: a problem on the amendment, with the reason.
		const problems = await workbench.problems(page);
		const entry = problems.find((p) => p.includes('OP7'));
		assert.ok(entry, `no Problems entry about OP7 in: ${JSON.stringify(problems)}`);
		assert.match(entry, /OP7 is not in the draft/);
		assert.match(entry, /amendment-not-applied/);

		mkdirSync(resultsDir, { recursive: true });
		const shot = path.join(resultsDir, 'amendment-applied.png');
		await page.screenshot({ path: shot });
		console.log(`      Problems: ${JSON.stringify(entry.replace(/\s+/g, ' '))}; screenshot: ${path.relative(process.cwd(), shot)}`);
	});
});
