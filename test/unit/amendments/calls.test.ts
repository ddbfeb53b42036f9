import * as assert from 'node:assert/strict';
import { callOnly, hunks, withCallMarks, wordChanges, type CallText } from '../../../server/src/amendments/calls';

/** Which digit changes are note calls (amendments leave them aside) and which are words. */
const plain = (text: string): CallText => ({ text, calls: new Set() });
const only = (a: CallText, b: CallText) => hunks(a.text, b.text).every((h) => callOnly(h, a, b));

suite('amendments: note calls aside', () => {
	test('calls glued to a word or a mark, added, dropped or renumbered, are calls', () => {
		assert.ok(only(plain('Human Rights29 and'), plain('Human Rights30 and')));
		assert.ok(only(plain('of the Commission,11 the'), plain('of the Commission, the')));
		assert.ok(only(plain('on 26 September 2024,11 and'), plain('on 26 September 2024, and')));
		assert.ok(only(plain('sustainable fisheries;43'), plain('sustainable fisheries; 42')), 'a glued call on one side, one set apart on the other');
	});

	test('a call the parser took out of one version, left as digits in the other (`Material,12 the` / `Material, 12 the`)', () => {
		const a: CallText = { text: 'Nuclear Material, the Protocol', calls: new Set([17]) };
		assert.ok(only(a, plain('Nuclear Material, 12 the Protocol')));
		const y: CallText = { text: 'Reduction 2015–2030 and', calls: new Set([19]) };
		assert.ok(only(y, plain('Reduction 2015–20308 and')), 'a call glued to a year');
		assert.ok(!only(plain('Nuclear Material, the Protocol'), plain('Nuclear Material, 12 the Protocol')), 'with no call on either side, 12 is a word');
	});

	test('numbers are words: references, thousands, names, decimals', () => {
		assert.equal(wordChanges(plain('referred to in paragraph 5 above'), plain('referred to in paragraph 6 above')).length, 1);
		assert.equal(wordChanges(plain('a total of 1,000 fellowships'), plain('a total of 1,500 fellowships')).length, 1);
		assert.equal(wordChanges(plain('the G20 summit'), plain('the G7 summit')).length, 1);
		assert.equal(wordChanges(plain('from 12.2 per cent'), plain('from 12.3 per cent')).length, 1);
	});

	test('quoted words mark the calls inside them with a star; digits after a decimal point are put back', () => {
		const t: CallText = { text: 'the Rome Statute of the International Criminal Court that define', calls: new Set([52]), digits: new Map([[52, '11']]) };
		assert.equal(withCallMarks(t, 4, t.text.length), 'Rome Statute of the International Criminal Court* that define');
		assert.equal(withCallMarks(t, 4, 52), 'Rome Statute of the International Criminal Court', 'a call just after the quotation is not in it');
		const d: CallText = { text: 'from 12. per cent', calls: new Set([8]), digits: new Map([[8, '2']]) };
		assert.equal(withCallMarks(d, 0, d.text.length, true), 'from 12.2 per cent');
	});
});
