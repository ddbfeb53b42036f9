import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { check, describe, findFix, fixtureSuite } from './harness';

suite('rule footnote-missing-text', () => {
	fixtureSuite('footnote-missing-text');

	test('Markdown footnotes with no definitions at all: the stub goes at the end', () => {
		const text = 'The General Assembly,\n\nNoting the Agreement,[^1]\n\n1. Decides;\n\n2. Requests.\n';
		const c = check(text);
		assert.deepEqual(describe(c.results, c.lines).map((d) => d.message), ['Footnote 1 is called here, but no footnote text 1 exists: add one']);
		assert.equal(applyEdits(text, findFix(c.results, 'fix.addFootnoteText')!.edits), `${text}\n[^1]: Text of footnote 1.\n`);
	});

	test('a named Markdown footnote: the stub keeps the name', () => {
		const text = 'The General Assembly,\n\nNoting the Agreement,[^treaty]\n\n1. Decides;\n\n2. Requests.[^1]\n\n[^1]: Resolution 70/1.\n';
		const c = check(text);
		assert.deepEqual(describe(c.results, c.lines).map((d) => d.message), ['Footnote treaty is called here, but no footnote text treaty exists: add one']);
		assert.match(applyEdits(text, findFix(c.results, 'fix.addFootnoteText')!.edits), /\[\^treaty\]: Text of footnote treaty\.\n/);
	});

	test('a run of four superscript digits is no note call (footnote texts have at most three): nothing to add', () => {
		// Found by the fuzz run: the fix used to add `¹²³⁴ Text …`, which the parser read as one more call.
		const c = check('The General Assembly,\n\nNoting¹²³⁴\n\n1. Decides.\n');
		assert.deepEqual(c.results.filter((r) => r.rule.id === 'footnote-missing-text'), []);
	});

	test('the stub is a snippet with a placeholder', () => {
		const c = check('The General Assembly,\n\nNoting,¹\n\n1. Decides.\n');
		const edit = findFix(c.results, 'fix.addFootnoteText')!.edits[0];
		assert.equal(edit.snippet, '\n\n¹ ${1:Text of footnote 1.}$0');
	});
});
