import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Hover, MarkupContent, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from '../../../server/src/features/codeActions';
import { FIXTURES } from '../../helpers/paths';
import { serviceWith } from './harness';

/** Position features over a compilation answer from the text that holds the position, in the file's lines. */
const TEXT = readFileSync(path.join(FIXTURES, 'compilation', 'en-volume.unres.txt'), 'utf8');
const LINES = TEXT.split('\n');
const lineOf = (needle: string) => LINES.findIndex((l) => l.includes(needle));
const support = { documentChanges: false, snippets: false };
const editsOf = (e: WorkspaceEdit | undefined, uri: string): TextEdit[] => e?.changes?.[uri] ?? [];
const markdown = (h: Hover | undefined) => (h?.contents as MarkupContent | undefined)?.value ?? '';

suite('compilations: position features', () => {
	test('hover on a lead phrase of the second text', async () => {
		const { service, uri } = serviceWith('volume.unres', TEXT);
		const line = lineOf('1. Invites all Member States');
		const hover = await service.getHover(uri, { line, character: 5 });
		assert.ok(markdown(hover).length > 0, 'a hover');
		assert.equal(hover?.range?.start.line, line);
	});

	test('the quick fix of a gap in the second text edits that text, at its line', async () => {
		const { service, uri } = serviceWith('volume.unres', TEXT);
		const diagnostics = (await service.getDiagnostics(uri))?.diagnostics ?? [];
		const gap = diagnostics.find((d) => d.code === 'operative-numbering');
		assert.ok(gap, 'the gap');
		assert.equal(gap.range.start.line, lineOf('3. Decides to include'));
		const actions = await service.getCodeActions(uri, gap.range, { diagnostics: [gap] }, support);
		assert.ok(actions.length > 0, 'a quick fix');
		const edits = editsOf(actions[0].edit, uri);
		assert.ok(edits.length > 0 && edits.every((e) => e.range.start.line >= lineOf('80/2.')), JSON.stringify(edits));
		assert.ok(edits.some((e) => e.range.start.line === gap.range.start.line && e.newText.includes('2')), JSON.stringify(edits));
		assert.deepEqual(actions[0].diagnostics, [gap], 'the diagnostic as the client sent it');
	});

	test('fix-all and unres.renumber renumber each text on its own', async () => {
		const { service, uri } = serviceWith('volume.unres', TEXT);
		const all = await service.getCodeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: [FIX_ALL_KIND] }, support);
		assert.equal(all.length, 1);
		const edits = editsOf(all[0].edit, uri);
		assert.deepEqual(edits.map((e) => [e.range.start.line, e.newText]), [[lineOf('3. Decides to include'), '2']]);
		const outcome = await service.renumber(uri, support);
		assert.equal(outcome.kind, 'edit');
		assert.deepEqual(outcome.kind === 'edit' ? editsOf(outcome.edit, uri).map((e) => [e.range.start.line, e.newText]) : [], [[lineOf('3. Decides to include'), '2']]);
	});

	test('folding: each text is a region; links and definitions point at the right lines', async () => {
		const { service, uri } = serviceWith('volume.unres', TEXT);
		const folds = await service.getFoldingRanges(uri);
		assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === lineOf('80/2.') - 1 && f.kind === 'region'), JSON.stringify(folds));
		assert.ok(folds.some((f) => f.startLine === lineOf('80/2.') && f.kind === 'region'), JSON.stringify(folds));
		const links = await service.getDocumentLinks(uri);
		const at = (symbol: string) => links.filter((l) => l.target?.includes(symbol)).map((l) => l.range.start.line);
		assert.deepEqual(at('67/200'), [lineOf('67/200')]);
		assert.deepEqual(at('79/1'), [lineOf('79/1')]);
		const completions = await service.getCompletions(uri, { line: lineOf('Noting the report'), character: 3 });
		for (const item of completions.items) {
			const range = item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined;
			assert.ok(!range || range.start.line === lineOf('Noting the report'), JSON.stringify(item.textEdit));
		}
	});

	test('a footnote hover in the second text shows its own note 1', async () => {
		const { service, uri } = serviceWith('volume.unres', TEXT);
		const line = lineOf('Noting the report of the Secretary-General,1');
		const hover = await service.getHover(uri, { line, character: LINES[line].length - 1 });
		assert.match(markdown(hover), /A\/80\/101/);
	});
});

suite('compilations: the status bar', () => {
	test('counts added up, every language named, no one symbol, a body only when all texts share it', async () => {
		const fr = readFileSync(path.join(FIXTURES, 'compilation', 'fr-sc.unres.md'), 'utf8');
		const mixed = `${TEXT}\n${fr}`;
		const { service, uri } = serviceWith('mixed.unres', mixed);
		const info = (await service.getDocumentInfo(uri))?.info;
		assert.equal(info?.summary, 'EN/FR · 4 resolutions · 6 PP · 8 OP · 4 notes');
		assert.equal(info?.resolutions, 4);
		assert.equal(info?.ownSymbol, undefined);
		assert.equal(info?.body, undefined, 'GA and SC texts');
		const volume = serviceWith('volume.unres', TEXT);
		assert.equal((await volume.service.getDocumentInfo(volume.uri))?.info.body, 'GA', 'GA texts only');
	});
});
