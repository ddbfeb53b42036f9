// A negotiation draft in a real VS Code: accept an alternative with the quick action, then clean up for the L-document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyCodeAction, codeActionsAt, diagnosticsFor, hoverTextsAt, openDraft, positionOf, waitFor, workspaceFile } from './helpers';

const DRAFT = [
	'The General Assembly,', '',
	'PP1 Recalling its resolution 68/163 of 18 December 2013, [Agreed ad ref]', '',
	'OP1 Condemns all attacks against journalists;', '',
	'OP1bis [Urges][Calls upon] States to release detained journalists, as set out in paragraph 2 below;', '',
	'OP2 Decides to remain seized of the matter.', '',
].join('\n');

const CLEAN = [
	'The General Assembly,', '',
	'Recalling its resolution 68/163 of 18 December 2013,', '',
	'1. Condemns all attacks against journalists;', '',
	'2. Calls upon States to release detained journalists, as set out in paragraph 3 below;', '',
	'3. Decides to remain seized of the matter.', '',
].join('\n');

/** The rule id of a diagnostic: its code, or the code's value when it links to the rule's page. */
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

suite('Negotiation texts', () => {
	test('open a negotiation draft, accept an alternative, run unres.cleanUp, read the L-document', async () => {
		const name = 'negotiation-draft.en.unres';
		await vscode.workspace.fs.writeFile(workspaceFile(name), Buffer.from(DRAFT, 'utf8'));
		const editor = await openDraft(name);
		const uri = editor.document.uri;
		// An empty list proves nothing until the server has answered: break a bracket, wait for the error, restore it.
		const open = positionOf(editor.document, 'OP2 Decides', 4);
		await editor.edit((b) => b.insert(open, '['));
		const broken = await diagnosticsFor(uri, (ds) => ds.some((d) => codeOf(d) === 'bracket-balance'));
		assert.deepEqual(broken.map((d) => `${d.range.start.line}:${d.range.start.character} ${codeOf(d)}`), ['8:4 bracket-balance']);
		await editor.edit((b) => b.delete(new vscode.Range(open, open.translate(0, 1))));
		await diagnosticsFor(uri, (ds) => ds.length === 0);

		const at = positionOf(editor.document, '[Urges]', 2);
		const hover = await waitFor('bracket hover', () => hoverTextsAt(uri, at), (texts) => texts.some((t) => t.includes('Alternatives')));
		assert.ok(hover.some((t) => t.includes('“Urges” | “Calls upon”')), hover.join('\n'));
		const actions = await waitFor('negotiation quick actions', () => codeActionsAt(uri, new vscode.Range(at, at)), (list) => list.some((a) => a.title === 'Accept “Calls upon”'));
		await applyCodeAction(actions.find((a) => a.title === 'Accept “Calls upon”')!);
		assert.ok(editor.document.getText().includes('OP1bis Calls upon States'));

		await vscode.commands.executeCommand('unres.cleanUp');
		const text = await waitFor('the clean L-document', () => editor.document.getText(), (t) => t === CLEAN);
		assert.equal(text, CLEAN);
		await editor.document.save();
	});
});
