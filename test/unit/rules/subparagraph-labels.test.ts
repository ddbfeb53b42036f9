import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { check, describe, findFix, fixtureSuite } from './harness';

const lines = (...l: string[]) => `${l.join('\n\n')}\n`;
const found = (text: string) => {
	const c = check(text);
	return describe(c.results.filter((r) => r.rule.id === 'subparagraph-labels'), c.lines).map((d) => `${d.line}: ${d.message}`);
};

suite('rule subparagraph-labels', () => {
	fixtureSuite('subparagraph-labels');

	test('(h) (i) (j): (i) is a letter there', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. Decides:', ...'abcdefghij'.split('').map((l) => `(${l}) Item;`), '2. Requests.')), []);
	});

	test('Russian texts take either style: no style warning', () => {
		assert.deepEqual(found(lines('Генеральная Ассамблея,', 'отмечая,', '1. Постановляет:', 'a) первое;', 'b) второе;', '2. Просит.')), []);
	});

	test('a level skipped under a label: a. directly under (a) should be (i)', () => {
		const text = lines('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act:', 'a. First;', 'b. Second;', '(b) To report;', '2. Requests.');
		assert.deepEqual(found(text), ['9: Sub-paragraph a. skips a level under (a): expected (i)']);
		assert.equal(applyEdits(text, findFix(check(text).results, 'fix.relabel')!.edits), text.replace('a. First', '(i) First').replace('b. Second', '(ii) Second'));
	});

	test('a label with no value as letter or numeral, first in its list, is a wrong start (the rule once threw on it)', () => {
		const text = lines('The General Assembly,', 'Noting,', '1. Decides:', '(ab) To act;', '(b) To report;', '2. Requests.');
		assert.deepEqual(found(text), ['7: The sub-paragraphs start at (ab): expected (a)']);
	});

	test('preambular paragraphs are checked too', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting the following:', '(a) First,', '(c) Second,', '1. Decides.')), ['7: Sub-paragraph (b) is missing: (a) is followed by (c)']);
	});

	test('one wrong label is one fault; a real gap still reports', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act;', '(b) To do;', '(e) To see;', '(d) To report;', '2. Requests.')), ['11: Sub-paragraph (e) comes between (b) and (d): expected (c)']);
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act;', '(d) To do;', '(e) To see;', '2. Requests.')), ['9: Sub-paragraphs (b) to (c) are missing: (a) is followed by (d)']);
	});
});

