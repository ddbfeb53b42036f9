import * as assert from 'node:assert/strict';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from '../../../server/src/lsp/documentStore';
import { Rng } from '../../helpers/rng';
import { applyChange } from './edits';

/** A connection that only carries the text document notifications to the store. */
function feed(store: DocumentStore) {
	const handlers: Record<string, (e: unknown) => void> = {};
	const on = (name: string) => (h: (e: unknown) => void) => {
		handlers[name] = h;
		return { dispose: () => undefined };
	};
	store.listen({
		onDidOpenTextDocument: on('open'), onDidChangeTextDocument: on('change'), onDidCloseTextDocument: on('close'),
		onWillSaveTextDocument: on('willSave'), onWillSaveTextDocumentWaitUntil: on('waitUntil'), onDidSaveTextDocument: on('save'),
	} as unknown as Parameters<DocumentStore['listen']>[0]);
	return {
		open: (uri: string, text: string) => handlers.open({ textDocument: { uri, languageId: 'unres', version: 1, text } }),
		change: (uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]) => handlers.change({ textDocument: { uri, version }, contentChanges }),
		close: (uri: string) => handlers.close({ textDocument: { uri } }),
	};
}

suite('document store: the edit between two versions', () => {
	test('random bursts of edits: the change since any kept version turns that version into the current text', () => {
		const rng = new Rng(7);
		const store = new DocumentStore();
		const client = feed(store);
		const uri = 'file:///a.unres';
		let text = 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to remain seized of the matter.\n';
		client.open(uri, text);
		const texts = new Map<number, string>([[1, text]]);
		const mirror = TextDocument.create(uri, 'unres', 1, text);
		for (let version = 2; version < 300; version++) {
			// One to three changes per didChange, each in the text the one before left (as LSP sends them).
			const changes: TextDocumentContentChangeEvent[] = [];
			for (let k = 1 + rng.int(3); k > 0; k--) {
				const current = mirror.getText();
				const a = rng.int(current.length + 1);
				const b = Math.min(current.length, a + rng.int(4));
				const change = { range: { start: mirror.positionAt(a), end: mirror.positionAt(b) }, text: rng.pick(['x', '', '\n', 'ab\r\ncd', '\n\n', 'é']) };
				TextDocument.update(mirror, [change], version);
				changes.push(change);
			}
			client.change(uri, version, changes);
			text = mirror.getText();
			texts.set(version, text);
			assert.equal(store.get(uri)?.getText(), text);
			const from = Math.max(1, version - 1 - rng.int(70));
			const change = store.changeSince(uri, from);
			if (version - from <= 64) {
				assert.ok(change, `no change known from version ${from} to ${version}`);
				assert.equal(applyChange(texts.get(from)!, change), text, `from ${from} to ${version}`);
			} else {
				assert.equal(change, undefined);
			}
		}
		// A full replacement is no edit the analysis can follow; a reopened document starts again.
		client.change(uri, 400, [{ text: 'Whole new text' }]);
		assert.equal(store.changeSince(uri, 299), undefined);
		client.close(uri);
		client.open(uri, 'again');
		assert.equal(store.changeSince(uri, 1), undefined);
	});
});
