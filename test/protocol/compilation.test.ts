import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentInfoNotification } from '../../server/src/protocol';
import { applyWorkspaceEdit, serverPerTest } from '../helpers/lspClient';
import { FIXTURES } from '../helpers/paths';

/** Issue 19, item 5 over stdio (dist/server.js): a file of several resolutions is read text by text. */
suite('compilations over stdio (dist/server.js)', function () {
	this.timeout(30_000);
	const server = serverPerTest();
	const TEXT = readFileSync(path.join(FIXTURES, 'compilation', 'en-volume.unres.txt'), 'utf8');
	const LINES = TEXT.split('\n');
	const lineOf = (needle: string) => LINES.findIndex((l) => l.includes(needle));

	test('diagnostics, outline, status bar, fix-all: each text on its own', async () => {
		const uri = 'file:///volume.unres.txt';
		await server().open(uri, TEXT);
		const published = await server().diagnostics(uri);
		// Read as one text, the second text's numbering and its note 1 would be faults; text by text, only the real gap is.
		assert.deepEqual(published.diagnostics.map((d) => `${d.range.start.line}:${String(d.code)}`), [`${lineOf('3. Decides to include')}:operative-numbering`]);
		const info = await server().waitFor<DocumentInfoNotification.Params>('unres/documentInfo', (p) => p.uri === uri);
		assert.equal(info.info.summary, 'EN · 2 resolutions · 4 PP · 4 OP · 2 notes');
		const symbols = await server().symbols(uri);
		assert.deepEqual(symbols.map((s) => [s.name, s.range.start.line]), [
			['80/1. Cooperation between the United Nations and the Pacific Islands Forum', 0],
			['80/2. International Day of Forests', lineOf('80/2.')],
		]);
		const actions = await server().codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.unres']);
		assert.equal(actions.length, 1);
		const edit = 'edit' in actions[0] ? actions[0].edit : undefined;
		assert.ok(edit);
		const fixed = applyWorkspaceEdit(TEXT, uri, edit);
		assert.equal(fixed, TEXT.replace('3. Decides to include', '2. Decides to include'));
	});
});
