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

suite('compilations: an edit reads one text again', () => {
	test('a text the edit left as it was keeps its parse and its findings; the edited one is read again', async () => {
		const { service, uri, edit } = serviceWith('volume.unres', TEXT);
		// The first check declares the file's resolution to the workspace catalogue: the second is the steady state.
		await service.check(uri);
		const before = await service.check(uri);
		assert.equal(before?.parts?.length, 2);
		edit(TEXT.replace('3. Decides to include', '2. Decides to include'));
		const after = await service.check(uri);
		assert.equal(after?.parts?.length, 2);
		assert.equal(after.parts[0].analysis.facts, before.parts[0].analysis.facts, 'text 1: the same parse');
		assert.equal(after.parts[0].results, before.parts[0].results, 'text 1: the same findings');
		assert.equal(after.parts[0].analysis.version, 2, 'answered as the new version');
		assert.notEqual(after.parts[1].analysis.facts, before.parts[1].analysis.facts, 'text 2 read again');
		assert.deepEqual((await service.getDiagnostics(uri))?.diagnostics, []);
		// A text that moves (an edit above it changes its length) keeps its parse too, at its new place.
		edit(TEXT.replace('Pacific Islands Forum', 'Pacific Islands Forum and its members').replace('3. Decides to include', '2. Decides to include'));
		const moved = await service.check(uri);
		assert.equal(moved?.parts?.[1].analysis.facts, after.parts[1].analysis.facts);
		assert.equal(moved.parts[1].segment.start, after.parts[1].segment.start + ' and its members'.length);
	});
});
