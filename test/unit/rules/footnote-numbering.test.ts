import * as assert from 'node:assert/strict';
import { check, describe, fixtureSuite } from './harness';

const found = (text: string) => {
	const c = check(text);
	return describe(c.results.filter((r) => r.rule.id === 'footnote-numbering'), c.lines).map((d) => `${d.line}: ${d.message}`);
};

suite('rule footnote-numbering', () => {
	fixtureSuite('footnote-numbering');

	test('a note cited twice keeps its number', () => {
		assert.deepEqual(found('The General Assembly,\n\nNoting,¹\n\n1. Decides,² as noted,¹ to act.\n\n¹ One.\n\n² Two.\n'), []);
	});

	test('named Markdown footnotes are left alone', () => {
		assert.deepEqual(found('The General Assembly,\n\nNoting,[^treaty]\n\n1. Decides.[^1]\n\n[^treaty]: A treaty.\n[^1]: Resolution 70/1.\n'), []);
	});

	test('texts at different page bottoms are not one block: no order to keep between them', () => {
		assert.deepEqual(found('The General Assembly,\n\nNoting,¹\n\n² Two.\n\nRecalling,²\n\n¹ One.\n\n1. Decides.\n'), []);
	});
});
