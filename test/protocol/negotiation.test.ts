import * as assert from 'node:assert/strict';
import type { CodeAction, DocumentSymbol } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, serverPerTest } from '../helpers/lspClient';

/** Issue 14 over LSP: a negotiation text's diagnostics, quick actions, hover, outline and `unres.cleanUp`. */

const DRAFT = [
	'The General Assembly,', '',
	'PP1 Recalling its resolution 68/163 of 18 December 2013, [Agreed ad ref]', '',
	'OP1 Condemns all attacks against journalists;', '',
	'OP1bis [Urges][Calls upon] States to release detained journalists, as set out in paragraph 2 below;', '',
	'OP2 Decides to remain seized of the matter.', '',
].join('\n');

suite('negotiation texts over stdio (dist/server.js)', function () {
	this.timeout(30_000);
	const server = serverPerTest({}, { capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });

	test('a settled negotiation text gives no diagnostic; an unmatched bracket is an error at its place', async () => {
		const uri = 'file:///negotiation.unres';
		await server().open(uri, DRAFT);
		assert.deepEqual((await server().diagnostics(uri)).diagnostics, []);
		const broken = 'file:///broken.unres';
		await server().open(broken, DRAFT.replace('OP2 Decides', 'OP2 [Decides'));
		const { diagnostics } = await server().diagnostics(broken);
		assert.deepEqual(diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.severity}`), ['8:4 bracket-balance 1']);
	});

	test('accept an alternative, then unres.cleanUp gives the L-document', async () => {
		const uri = 'file:///accept.unres';
		await server().open(uri, DRAFT);
		await server().diagnostics(uri);
		const line = 6;
		const actions = await server().codeActions(uri, { start: { line, character: 8 }, end: { line, character: 8 } }, []) as CodeAction[];
		assert.deepEqual(actions.map((a) => a.title), ['Accept “Urges”', 'Accept “Calls upon”', 'Mark the paragraph as agreed ad ref']);
		const accepted = applyWorkspaceEdit(DRAFT, uri, actions[1].edit!);
		assert.ok(accepted.includes('OP1bis Calls upon States'));
		// Refused while the brackets remain, with their places.
		const refused = await server().executeCommand('unres.cleanUp', [uri]) as { ok: boolean; remaining: { line: number; character: number }[] };
		assert.equal(refused.ok, false);
		assert.deepEqual(refused.remaining.map((r) => `${r.line}:${r.character}`), ['6:7', '6:14']);
		await server().change(uri, 2, [{ text: accepted }]);
		await server().diagnostics(uri);
		const done = await server().executeCommand('unres.cleanUp', [uri]) as { ok: boolean };
		assert.equal(done.ok, true);
		const edit = server().appliedEdits[server().appliedEdits.length - 1].edit;
		assert.equal(applyWorkspaceEdit(accepted, uri, edit), [
			'The General Assembly,', '',
			'Recalling its resolution 68/163 of 18 December 2013,', '',
			'1. Condemns all attacks against journalists;', '',
			'2. Calls upon States to release detained journalists, as set out in paragraph 3 below;', '',
			'3. Decides to remain seized of the matter.', '',
		].join('\n'));
	});

	test('hover on a bracket shows its alternatives; the outline shows labels and bracket counts', async () => {
		const uri = 'file:///hover.unres';
		await server().open(uri, DRAFT);
		const hover = await server().hover(uri, { line: 6, character: 8 });
		const value = (hover?.contents as { value: string }).value;
		assert.match(value, /Square bracket, depth 1/);
		assert.match(value, /Alternatives: “Urges” \| “Calls upon”/);
		const symbols = await server().request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
		const names = symbols.flatMap((s) => (s.children ?? []).map((c) => `${c.name}${c.detail ? ` (${c.detail})` : ''}`));
		assert.ok(names.includes('OP1bis Urges (2 [ ])'), names.join(' | '));
		assert.ok(names.some((n) => n.startsWith('PP1 Recalling')), names.join(' | '));
	});
});
