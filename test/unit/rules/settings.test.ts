import * as assert from 'node:assert/strict';
import { codeActions, FIX_ALL_KIND } from '../../../server/src/features/codeActions';
import { runRules, toDiagnostics } from '../../../server/src/features/diagnostics';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { createContext } from '../../../server/src/rules/types';

const DRAFT = [
	'The General Assembly,',
	'',
	'Noting the Agreement¹, signed in 1997,',
	'',
	'1. Decides to act;',
	'',
	'3. Requests a report;',
	'',
	'3. Decides to remain seized of the matter.',
	'',
	'¹ United Nations, Treaty Series, vol. 1996, No. 1200.',
	'',
].join('\n');

function run(settings?: Record<string, unknown>) {
	const doc = parse(DRAFT);
	const lines = new LineMap(DRAFT);
	const ctx = createContext(doc, DRAFT, lines);
	return { ctx, lines, results: runRules(ctx, settings) };
}

suite('rule settings, diagnostics and code actions (no protocol)', () => {
	test('defaults: errors for numbering, information for placement', () => {
		const { results } = run();
		assert.deepEqual(results.map((r) => `${r.rule.id}:${r.severity}`), [
			'operative-numbering:error', 'footnote-placement:information',
		]);
	});

	test('a rule can be turned off or given another severity; nonsense values are ignored', () => {
		const { results } = run({ 'footnote-placement': 'off', 'operative-numbering': 'hint', 'subparagraph-labels': 'loud' });
		assert.deepEqual(results.map((r) => `${r.rule.id}:${r.severity}`), ['operative-numbering:hint']);
	});

	test('a rule that throws does not stop the others', () => {
		const doc = parse(DRAFT);
		const errors: string[] = [];
		const broken = { id: 'broken', defaultSeverity: 'error' as const, description: 'throws', check: () => { throw new Error('boom'); } };
		const results = runRules(createContext(doc, DRAFT), {}, (rule) => errors.push(rule.id), [broken, ...[]]);
		assert.deepEqual(results, []);
		assert.deepEqual(errors, ['broken']);
	});

	test('diagnostics: source unres, code = rule id, related information on the first of two numbers', () => {
		const draft = DRAFT.replace('3. Requests', '2. Requests').replace('3. Decides', '2. Decides');
		const lines = new LineMap(draft);
		const results = runRules(createContext(parse(draft), draft, lines));
		const diagnostics = toDiagnostics(results, 'file:///d.unres', lines, 'en');
		const repeat = diagnostics.find((d) => String(d.message).includes('appears twice'))!;
		assert.equal(repeat.source, 'unres');
		assert.equal(repeat.code, 'operative-numbering');
		assert.equal(repeat.severity, 1);
		assert.deepEqual(repeat.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 2 } });
		assert.deepEqual(repeat.relatedInformation, [{ location: { uri: 'file:///d.unres', range: { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } } }, message: 'First paragraph numbered 2' }]);
		assert.equal(repeat.message, 'Operative paragraph 2 appears twice: expected 3');
		const slip = run();
		assert.equal(toDiagnostics(slip.results, 'file:///d.unres', slip.lines, 'fr')[0].message, 'Le paragraphe 3 du dispositif vient entre le 1 et le 3 : 2 attendu');
	});

	test('code actions: one renumbering for the numbering diagnostic; fix-all on request only; snippets only where the client takes them', () => {
		const { ctx, results, lines } = run();
		const diagnostics = toDiagnostics(results, 'file:///d.unres', lines, 'en');
		const target = { uri: 'file:///d.unres', version: 3, lines };
		const actions = codeActions(ctx, results, { range: diagnostics[0].range, diagnostics }, target, 'en', { documentChanges: false, snippets: false });
		assert.deepEqual(actions.map((a) => `${a.kind}: ${a.title} (${a.diagnostics?.length})`), [
			'quickfix: Renumber operative paragraphs (1)',
			'quickfix: Write Agreement,¹ (1)',
		]);
		assert.deepEqual(actions[0].edit?.changes?.['file:///d.unres'].map((e) => e.newText), ['2']);
		const fixAll = codeActions(ctx, results, { range: diagnostics[0].range, diagnostics: [], only: ['source.fixAll'] }, target, 'en', { documentChanges: true, snippets: true });
		assert.equal(fixAll.length, 1);
		assert.equal(fixAll[0].kind, FIX_ALL_KIND);
		assert.deepEqual(fixAll[0].edit?.documentChanges, [{ textDocument: { uri: 'file:///d.unres', version: 3 }, edits: [
			{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, newText: '2' },
		] }]);
		const off = codeActions(ctx, results, { range: diagnostics[0].range, diagnostics: [], only: [FIX_ALL_KIND] }, target, 'en', { documentChanges: false, snippets: false }, { 'operative-numbering': 'off' });
		assert.deepEqual(off, [], 'fix-all leaves alone what the user turned off');
	});
});
