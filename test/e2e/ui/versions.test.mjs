// The versions workflow as a person sees it: a draft with its change marks against the base found in the
// workspace, the status bar summary, and the diff editor of "unres: Compare with Base Text". Screenshots in
// test-results/e2e/ (versions-marks.png, versions-compare.png): the README shows them.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { resultsDir } from '../harness/paths.mjs';
import { openWorkbench } from '../harness/session.mjs';
import { workbench } from './workbench.test.mjs';

suite('UI: versions, a draft against its base text', function () {
	this.timeout(150_000);
	let session;
	let workspace;
	let page;

	suiteSetup(async () => {
		session = await openWorkbench('unres-ui-versions-');
		({ page, workspace } = session);
	});

	suiteTeardown(async () => {
		await session?.close();
	});

	test('change marks above the paragraphs, the summary in the status bar, the aligned diff editor', async () => {
		await workbench.explorerRow(page, 'versions').click();
		await workbench.explorerRow(page, 'A-RES-81-7.unres.md').dblclick();
		await workbench.activeTab(page, 'A-RES-81-7.unres.md').waitFor();
		await workbench.explorerRow(page, 'draft-example-forum.unres.md').dblclick();
		await workbench.activeTab(page, 'draft-example-forum.unres.md').waitFor();

		const lens = page.locator('.monaco-editor .codelens-decoration', { hasText: 'changed since A/RES/81/7' }).first();
		await lens.waitFor({ timeout: 60_000 });
		const lenses = (await page.locator('.monaco-editor .codelens-decoration').allInnerTexts()).map((t) => t.trim());
		assert.ok(lenses.includes('changed since A/RES/81/7 PP2'), `CodeLens: ${lenses.join(' | ')}`);
		const status = workbench.statusItem(page, 'A/RES/81/7');
		await status.waitFor({ timeout: 30_000 });

		mkdirSync(resultsDir, { recursive: true });
		const marks = path.join(resultsDir, 'versions-marks.png');
		await page.screenshot({ path: marks });

		// Click the lens's link; code lenses are drawn again when the server answers anew, and a click on one being
		// replaced is lost: if no diff editor opens, click the lens as it is now once more.
		const diff = page.locator('.monaco-diff-editor').first();
		for (let attempt = 1; ; attempt++) {
			await lens.locator('a', { hasText: 'changed since' }).first().click();
			if (await diff.waitFor({ timeout: 10_000 }).then(() => true, () => false)) break;
			if (attempt === 3) assert.fail('clicking the change mark three times opened no diff editor');
		}
		await page.locator('.monaco-diff-editor .view-lines', { hasText: 'Encourages the Example Forum' }).first().waitFor();
		const compare = path.join(resultsDir, 'versions-compare.png');
		await page.screenshot({ path: compare });
		console.log(`      CodeLens: ${lenses.join(' | ')}; screenshots: ${path.relative(process.cwd(), marks)}, ${path.relative(process.cwd(), compare)}`);
	});
});
