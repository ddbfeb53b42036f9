// Folding ranges (textDocument/foldingRange): heading zone, preamble, operative part, paragraphs, footnotes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { frenchDraft } from './fixtures';
import { exists, foldingRanges, openDraft, waitFor, workspaceFile } from './helpers';

suite('Folding', () => {
	test('a French draft folds its preamble and its operative part, and ranges stay inside the document', async () => {
		const draft = await frenchDraft((f) => exists(workspaceFile(f)));
		const editor = await openDraft(draft.file);
		const doc = editor.document;
		const ranges = await foldingRanges(doc.uri);
		for (const r of ranges) {
			assert.ok(r.start < r.end && r.end < doc.lineCount, `bad range ${r.start}-${r.end}`);
		}
		const lineOf = (prefix: string) => {
			for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.startsWith(prefix)) return i;
			assert.fail(`no line starting with ${JSON.stringify(prefix)}`);
		};
		const organ = lineOf(draft.organLine);
		const firstOperative = lineOf('1. ');
		const preamble = ranges.find((r) => r.start === organ && r.kind === vscode.FoldingRangeKind.Region);
		assert.ok(preamble, `no region folding the preamble from line ${organ + 1}`);
		assert.ok(preamble.end < firstOperative, 'the preamble fold runs into the operative part');
		assert.ok(
			ranges.some((r) => r.start === firstOperative && r.kind === vscode.FoldingRangeKind.Region),
			`no region folding the operative part from line ${firstOperative + 1}`,
		);
	});

	test('the fold commands of the editor use them', async () => {
		const draft = await frenchDraft((f) => exists(workspaceFile(f)));
		const editor = await openDraft(draft.file);
		await foldingRanges(editor.document.uri);
		await vscode.commands.executeCommand('editor.foldAll');
		try {
			// Folding is applied by the editor after the command returns: wait until lines are hidden.
			const visibleLines = () => editor.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
			const visible = await waitFor('fold all to hide lines', visibleLines, (n) => n < editor.document.lineCount);
			assert.ok(visible < editor.document.lineCount, 'fold all left every line visible');
		} finally {
			await vscode.commands.executeCommand('editor.unfoldAll');
		}
	});
});
