// Versions in a real VS Code: the base of a draft found in the workspace, change marks (CodeLens), the diff
// editor on the two texts aligned by paragraph, next session's draft from a resolution, and the Word export.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { exists, openDraft, waitFor, workspaceFile } from './helpers';

const BASE = 'versions/A-RES-81-7.unres.md';
const DRAFT = 'versions/draft-example-forum.unres.md';

suite('Versions', () => {
	test('the draft shows change marks against A/RES/81/7, found in the workspace by itself', async () => {
		await openDraft(BASE);
		const editor = await openDraft(DRAFT);
		const lenses = await waitFor('change marks', async () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri), (l) => (l?.length ?? 0) >= 4, 30_000);
		const titles = lenses.map((l) => l.command?.title).sort();
		assert.deepEqual(titles, ['changed since A/RES/81/7 OP3', 'changed since A/RES/81/7 PP2', 'new', 'new']);
	});

	test('unres.compareWithBase opens the diff editor on the aligned texts', async () => {
		const editor = await openDraft(DRAFT);
		const summary = await vscode.commands.executeCommand<string>('unres.compareWithBase', editor.document.uri);
		assert.equal(summary, 'vs A/RES/81/7: 2 new, 2 changed, 1 deleted, 2 unchanged');
		const tab = await waitFor('a diff tab', () => vscode.window.tabGroups.activeTabGroup.activeTab, (t) => t?.input instanceof vscode.TabInputTextDiff);
		const input = tab!.input as vscode.TabInputTextDiff;
		const left = await vscode.workspace.openTextDocument(input.original);
		const right = await vscode.workspace.openTextDocument(input.modified);
		assert.ok(left.getText().includes('OP2 Encourages the Example Forum'));
		assert.ok(right.getText().includes('OP2 Invites the Example Forum'));
	});

	test('unres.newDraftFromResolution rolls A/RES/81/7 over to the eighty-second session', async () => {
		const uri = await vscode.commands.executeCommand<string>('unres.newDraftFromResolution', workspaceFile(BASE));
		const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
		assert.ok(doc);
		assert.equal(doc.languageId, 'unres');
		assert.ok(doc.getText().includes('Eighty-second session'));
		assert.ok(doc.getText().includes('Recalling its resolution 81/7 of 3 November 2026,'));
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('unres.exportWord writes a .docx with the changes against the base tracked', async () => {
		const editor = await openDraft(DRAFT);
		const target = workspaceFile('versions/draft-example-forum.docx');
		const written = await vscode.commands.executeCommand<string>('unres.exportWord', editor.document.uri, target);
		assert.equal(written, target.toString());
		assert.ok(await exists(target));
		const bytes = await vscode.workspace.fs.readFile(target);
		assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK');
		assert.ok(bytes.length > 3000);
		await vscode.workspace.fs.delete(target);
	});
});
