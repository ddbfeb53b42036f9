// The outline (textDocument/documentSymbol), as the Outline view and breadcrumbs get it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { frenchDraft, OWN_ENGLISH, type Draft } from './fixtures';
import { documentSymbols, exists, flatten, openDraft, positionOf, waitFor, workspaceFile } from './helpers';

function part(symbols: vscode.DocumentSymbol[], name: string): vscode.DocumentSymbol {
	const found = symbols.find((s) => s.name === name);
	assert.ok(found, `no top-level "${name}" in the outline: ${symbols.map((s) => s.name).join(' | ')}`);
	return found;
}

suite('Outline', () => {
	let french: Draft;

	suiteSetup(async () => {
		french = await frenchDraft((f) => exists(workspaceFile(f)));
	});

	test('a French draft: preamble, operative part and notes, in French, with every paragraph', async () => {
		const editor = await openDraft(french.file);
		const symbols = await documentSymbols(editor.document.uri);

		const preamble = part(symbols, 'Préambule');
		assert.equal(preamble.kind, vscode.SymbolKind.Namespace);
		assert.equal(preamble.children.length, french.preambular);
		assert.equal(preamble.children[0].name, 'Rappelant');

		const operative = part(symbols, 'Dispositif');
		assert.equal(operative.children.length, french.operative);
		operative.children.forEach((p, i) => assert.match(p.name, new RegExp(`^${i + 1}\\. \\S`), `operative paragraph ${i + 1}`));

		const notes = part(symbols, 'Notes');
		assert.equal(notes.children.length, french.footnotes);

		// Symbols point into the document, in order, and each selection sits inside its range.
		const all = flatten(symbols).map((x) => x.symbol);
		for (const s of all) {
			assert.ok(s.range.contains(s.selectionRange), `selection of "${s.name}" outside its range`);
			assert.ok(s.range.end.line < editor.document.lineCount);
		}
		const lines = symbols.map((s) => s.range.start.line);
		assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'top-level symbols out of document order');
		assert.ok(editor.document.lineAt(operative.children[0].selectionRange.start.line).text.startsWith('1.'));
	});

	test('an English draft: parts in English, sub-paragraphs under their paragraph', async () => {
		const editor = await openDraft(OWN_ENGLISH.file);
		const symbols = await documentSymbols(editor.document.uri);
		assert.equal(part(symbols, 'Preamble').children.length, OWN_ENGLISH.preambular);
		const operative = part(symbols, 'Operative part');
		assert.deepEqual(
			operative.children.map((p) => p.name),
			['1. Welcomes', '2. Requests', '3. Decides'],
		);
		assert.deepEqual(operative.children[1].children.map((s) => s.name), ['(a)', '(b)']);
	});

	test('the outline follows edits', async () => {
		const editor = await openDraft(OWN_ENGLISH.file);
		const doc = editor.document;
		const operativeCount = async () => part(await documentSymbols(doc.uri), 'Operative part').children.length;
		const before = await operativeCount();
		await editor.edit((e) => e.insert(positionOf(doc, '3. Decides'), '3. Notes the progress made;\n\n'));
		try {
			await waitFor('a new operative paragraph in the outline', operativeCount, (n) => n === before + 1);
		} finally {
			await vscode.commands.executeCommand('workbench.action.files.revert');
		}
		assert.equal(doc.isDirty, false);
	});
});
