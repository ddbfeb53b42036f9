// Issue 16 in real VS Code: an amendment applied to the open draft (a new untitled draft, the unapplicable
// instruction a diagnostic on the amendment), and oral revisions written against the tabled version.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openDraft, waitFor, workspaceFile } from './helpers';

// The tabled draft and its amendment: test/e2e/workspace/amendments/, in every test workspace (the UI test uses them too).
const DRAFT = 'amendments/tabled.unres';
const AMENDMENT = 'amendments/amendment-L99.txt';

async function tabledText(): Promise<string> {
	return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(DRAFT)));
}

suite('Amendments', () => {
	test('unres.applyAmendment opens the amended draft; the instruction that cannot apply is a diagnostic on the amendment', async () => {
		const draft = workspaceFile(DRAFT);
		const amendment = workspaceFile(AMENDMENT);
		const tabled = await tabledText();
		await openDraft(DRAFT);
		const result = await vscode.commands.executeCommand<{ applied: number; problems: number; uri: string }>('unres.applyAmendment', draft, amendment);
		assert.ok(result, 'the command answers');
		assert.equal(result.applied, 2);
		assert.equal(result.problems, 1);
		const amended = vscode.window.activeTextEditor?.document;
		assert.ok(amended && amended.isUntitled, 'the amended draft is a new untitled document');
		assert.equal(amended.languageId, 'unres');
		const text = amended.getText();
		assert.ok(!text.includes('Recalling its resolution 75/1'), 'the first preambular paragraph is gone');
		assert.match(text, /2\. Calls upon States to cooperate;/);
		assert.match(text, /3\. Requests the Secretary-General to report on the implementation of paragraph 1 above;/);
		assert.match(text, /4\. Decides to remain seized/);
		const diagnostics = await waitFor('the diagnostic on the amendment', () => vscode.languages.getDiagnostics(amendment), (d) => d.length === 1);
		assert.equal(diagnostics[0].range.start.line, 2);
		assert.match(diagnostics[0].message, /OP7/);
		// The draft as tabled is untouched.
		assert.equal((await vscode.workspace.openTextDocument(draft)).getText(), tabled);
	});

	test('unres.writeOralRevisions writes the French oral form against the tabled version', async () => {
		const tabled = workspaceFile(DRAFT);
		const revised = workspaceFile('revised.unres');
		await vscode.workspace.fs.writeFile(revised, Buffer.from((await tabledText()).replace('Urges all', 'Encourages all'), 'utf8'));
		await openDraft('revised.unres');
		const result = await vscode.commands.executeCommand<{ text: string }>('unres.writeOralRevisions', tabled, undefined, 'fr', 'oral');
		assert.ok(result);
		// French guillemets hold no-break spaces.
		assert.equal(result.text, 'Au paragraphe 1 du dispositif, le mot «\u00a0Urges\u00a0» devrait être remplacé par le mot «\u00a0Encourages\u00a0».');
		assert.equal(vscode.window.activeTextEditor?.document.getText(), result.text);
	});
});
