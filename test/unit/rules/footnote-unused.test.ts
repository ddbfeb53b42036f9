import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { check, describe, findFix, fixtureSuite } from './harness';

suite('rule footnote-unused', () => {
	fixtureSuite('footnote-unused');

	test('an orphan that shares its number with a used text points at that text’s marker', () => {
		const text = 'The General Assembly,\n\nNoting the Agreement,¹\n\n1. Decides.\n\n¹ First.\n\n¹ Second.\n';
		const c = check(text);
		const unused = c.results.find((r) => r.rule.id === 'footnote-unused')!;
		assert.equal(c.lines.position(unused.finding.span.start).line, 8);
		assert.deepEqual(unused.finding.related?.map((r) => c.lines.position(r.span.start)), [{ line: 2, character: 21 }]);
	});

	test('removing an orphan in the middle of a block leaves one blank line', () => {
		const text = 'The General Assembly,\n\nNoting,¹\n\n1. Decides.³\n\n¹ One.\n\n² Two.\n\n³ Three.\n';
		const c = check(text);
		assert.deepEqual(describe(c.results.filter((r) => r.rule.id === 'footnote-unused'), c.lines).map((d) => d.line), [9]);
		assert.equal(applyEdits(text, findFix(c.results, 'fix.removeFootnoteText')!.edits), text.replace('² Two.\n\n', ''));
	});
});
