import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { check, describe, findFix, fixtureSuite } from './harness';

const found = (text: string) => {
	const c = check(text);
	return describe(c.results.filter((r) => r.rule.id === 'footnote-placement'), c.lines).map((d) => `${d.line}: ${d.message}`);
};

suite('rule footnote-placement', () => {
	fixtureSuite('footnote-placement');

	test('French: the full stop of an abbreviation is not punctuation to move', () => {
		assert.deepEqual(found("L'Assemblée générale,\n\nNotant les traités, etc.¹\n\n1. Décide.\n\n¹ Un.\n"), []);
	});

	test('a marker moves past (or before) the whole run of punctuation, so the fix holds (found by the fuzz run)', () => {
		const en = 'The General Assembly,\n\nNoting the Agreement¹.:\n\n1. Decides.\n\n¹ One.\n';
		const fixedEn = applyEdits(en, findFix(check(en).results, 'fix.moveMarker')!.edits);
		assert.match(fixedEn, /Agreement\.:¹\n/);
		assert.deepEqual(found(fixedEn), []);
		const fr = "L'Assemblée générale,\n\nNotant l'accord ;.¹\n\n1. Décide.\n\n¹ Un.\n";
		const fixedFr = applyEdits(fr, findFix(check(fr).results, 'fix.moveMarker')!.edits);
		assert.match(fixedFr, /l'accord¹ ;\.\n/);
		assert.deepEqual(found(fixedFr), []);
	});

	test('markers written together move together', () => {
		const text = 'The General Assembly,\n\nNoting the Agreement¹,²,\n\n1. Decides.\n\n¹ One.\n\n² Two.\n';
		const c = check(text);
		assert.deepEqual(found(text), ['3: The footnote marker is written “Agreement¹,²,”: in English texts it goes after the punctuation, “Agreement,¹,²”']);
		assert.equal(applyEdits(text, findFix(c.results, 'fix.moveMarker')!.edits), text.replace('Agreement¹,²,', 'Agreement,¹,²'));
	});
});
