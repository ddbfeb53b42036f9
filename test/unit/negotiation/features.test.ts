import * as assert from 'node:assert/strict';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/foldingRanges';
import { bracketHover, negotiationActions } from '../../../server/src/features/negotiation';
import { applyEdits } from '../../../server/src/fixes/edits';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';

const TEXT = [
	'The General Assembly,', '',
	'PP1 Recalling its resolution 68/163,', '',
	'OP1 Urges States to [release][free] detained journalists;', '',
	'OP1bis Decides to act [in accordance with the principle. -G77; US delete.]', '',
	'Option 1: {follow-up}',
	'OP2 Decides to meet again;',
	'more text of the option;',
	'Option 2: {No text required}',
	'{End of options}', '',
].join('\n');

const actionsAt = (needle: string, shift = 1) => {
	const doc = parse(TEXT);
	return negotiationActions(doc, TEXT, TEXT.indexOf(needle) + shift, 'en');
};

suite('negotiation: quick actions, hover, outline, folding', () => {
	test('accept an alternative keeps one and drops the others with the brackets', () => {
		const actions = actionsAt('[free]');
		assert.deepEqual(actions.map((a) => a.title), ['Accept “release”', 'Accept “free”', 'Mark the paragraph as agreed ad ref']);
		assert.ok(applyEdits(TEXT, actions[1].edits).includes('OP1 Urges States to free detained journalists;'));
	});

	test('remove brackets drops the attribution and keeps the sentence’s full stop', () => {
		const actions = actionsAt('[in accordance');
		assert.equal(actions[0].title, 'Remove the brackets (agreed)');
		assert.ok(applyEdits(TEXT, actions[0].edits).includes('OP1bis Decides to act in accordance with the principle.\n'));
	});

	test('mark as agreed adds `[Agreed ad ref]` at the end of the paragraph, once', () => {
		const [mark] = actionsAt('PP1 Recalling', 5);
		assert.equal(mark.title, 'Mark the paragraph as agreed ad ref');
		const marked = applyEdits(TEXT, mark.edits);
		assert.ok(marked.includes('PP1 Recalling its resolution 68/163, [Agreed ad ref]\n'));
		const again = negotiationActions(parse(marked), marked, marked.indexOf('Recalling'), 'en');
		assert.deepEqual(again.map((a) => a.title), []);
	});

	test('hover on a bracket: depth, alternatives, attribution', () => {
		const doc = parse(TEXT);
		assert.equal(bracketHover(doc, TEXT, TEXT.indexOf('[free]') + 2, 'en')?.markdown, '**Square bracket, depth 1**\n\nAlternatives: “release” | “free”');
		assert.match(bracketHover(doc, TEXT, TEXT.indexOf('[in accordance') + 2, 'fr')!.markdown, /Crochet, profondeur 1[\s\S]*Attribution : G77; US delete/);
		assert.equal(bracketHover(doc, TEXT, 0, 'en'), undefined);
	});

	test('the outline shows labels, bracket counts, alternatives and options; option blocks fold', () => {
		const doc = parse(TEXT);
		const lines = new LineMap(TEXT);
		const symbols = documentSymbols(doc, TEXT, lines);
		const operative = symbols.find((s) => s.name === 'Operative part')!;
		assert.deepEqual(operative.children!.map((c) => `${c.name} ${c.detail ?? ''}`.trim()), ['OP1 Urges 2 [ ]', 'OP1bis Decides 1 [ ]', 'OP2 Decides']);
		assert.deepEqual(operative.children![0].children!.map((c) => c.name), ['[release]', '[free]']);
		const options = symbols.find((s) => s.name === 'Options')!;
		assert.deepEqual(options.children!.map((c) => c.name), ['Option 1: {follow-up}', 'Option 2: {No text required}']);
		const folds = foldingRanges(doc, lines).map((f) => `${f.startLine}-${f.endLine}`);
		assert.ok(folds.includes('8-12') && folds.includes('8-10'), folds.join(' '));
	});
});
