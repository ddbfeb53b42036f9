import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { check, describe, findFix, fixtureSuite } from './harness';

const lines = (...l: string[]) => `${l.join('\n\n')}\n`;
const found = (text: string) => {
	const c = check(text);
	return describe(c.results.filter((r) => r.rule.id === 'operative-numbering'), c.lines).map((d) => `${d.line}: ${d.message}`);
};

suite('rule operative-numbering', () => {
	fixtureSuite('operative-numbering');

	test('parts that continue the numbering (S/RES/687 style) are in order', () => {
		assert.deepEqual(found(lines('The Security Council,', 'Recalling its resolutions,', '1. Affirms;', 'A', '2. Demands;', '3. Invites;', 'B', '4. Decides.')), []);
	});

	test('a numbered list inside a paragraph keeps its own numbers, at the end of the text too', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. Decides;', '2. Adopts the following objectives:', '1. Close the divides;', '2. Expand inclusion.')), []);
	});

	test('numbered lines in capitals are form fields, not paragraphs', () => {
		assert.deepEqual(found(lines('The Security Council,', 'Noting,', '1. Decides;', '2. Requests.', 'Annex', '1. Procedures apply;', '2. Applications are reviewed.', '9. EXPORTER', '13. END USER entity (if different)')), []);
	});

	test('an annex numbers on its own; an annex that is not a numbered text is left alone', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. Decides;', '2. Requests.', 'Annex I', '1. We agree;', '3. We commit.', 'Annex II', 'List of goods', '7. Being radio equipment.')), [
			'13: Paragraph 2 of the annex is missing: 1 is followed by 3',
		]);
	});

	test('one unnumbered operative paragraph is right; numbered, it is information with its own fix', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Having considered the report,', 'Takes note of the report.')), []);
		const text = lines('The General Assembly,', 'Having considered the report,', '**1.** Takes note of the report.');
		const c = check(text);
		assert.deepEqual(describe(c.results, c.lines).map((d) => `${d.severity}: ${d.message}`), ['information: This single operative paragraph is numbered “1.”: a single operative paragraph takes no number']);
		assert.equal(applyEdits(text, findFix(c.results, 'fix.removeNumber')!.edits), lines('The General Assembly,', 'Having considered the report,', 'Takes note of the report.'));
	});

	test('one slip gives one diagnostic, not one per paragraph after it', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '4. C;', '5. D;', '6. E;', '7. F.')), ['9: Operative paragraph 3 is missing: 2 is followed by 4']);
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '5. C;', '6. D.')), ['9: Operative paragraphs 3 to 4 are missing: 2 is followed by 5']);
	});

	test('one wrong number is one fault: the number that disagrees with both neighbours, not the ones after it', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '5. C;', '4. D;', '5. E.')), ['9: Operative paragraph 5 comes between 2 and 4: expected 3']);
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '3. B;', '3. C.')), ['7: Operative paragraph 3 comes between 1 and 3: expected 2']);
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '2. C;', '4. D.')), ['9: Operative paragraph 2 comes between 2 and 4: expected 3']);
		// The first number: a wrong start, and the rest in order.
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '7. A;', '2. B;', '3. C.')), ['5: The operative numbering starts at 7: expected 1']);
	});

	test('a real gap or a real backward jump still reports', () => {
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '5. C;', '6. D.')), ['9: Operative paragraphs 3 to 4 are missing: 2 is followed by 5']);
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '3. C;', '2. D;', '3. E.')), [
			'11: Operative paragraph 2 appears twice: expected 4',
		]);
		assert.deepEqual(found(lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '3. C;', '4. D;', '3. E.')), ['13: Operative paragraph 3 appears twice: expected 5']);
	});

	test('the fix for a lone slip changes that number only', () => {
		const text = lines('The General Assembly,', 'Noting,', '1. A;', '2. B;', '5. C;', '4. D.');
		assert.equal(applyEdits(text, findFix(check(text).results, 'fix.renumber')!.edits), text.replace('5. C', '3. C'));
	});
});

