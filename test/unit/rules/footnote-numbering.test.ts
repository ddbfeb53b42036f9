import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { check, describe, findFix, fixtureSuite } from './harness';

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

	test('one wrong note number is one fault, on its marker; the renumbering puts marker and text right', () => {
		const L = (...l: string[]) => `${l.join('\n\n')}\n`;
		const text = L('The General Assembly,', 'Recalling the Charter,¹', 'Noting the Agreement,²', 'Noting also the Convention,⁵', 'Noting further the Protocol,⁴', 'Decides to remain seized of the matter.', '¹ One.', '² Two.', '⁵ Three.', '⁴ Four.');
		assert.deepEqual(found(text), ['7: Footnote 5 comes between footnotes 2 and 4: expected 3']);
		const fix = findFix(check(text).results, 'fix.renumberFootnotes')!;
		assert.equal(applyEdits(text, fix.edits), text.replace('Convention,⁵', 'Convention,³').replace('⁵ Three.', '³ Three.'));
		// A real gap still reports.
		assert.deepEqual(found(L('The General Assembly,', 'Recalling the Charter,¹', 'Noting the Agreement,⁴', 'Noting also the Convention,⁵', 'Decides.', '¹ One.', '⁴ Four.', '⁵ Five.')), ['5: Footnotes 2 to 3 are missing: 1 is followed by 4']);
	});
});

