import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/parser/parse';
import { checkFixture, loadFixtures } from '../rules/harness';

/**
 * Issue 19 item 6 (test/fixtures/citations, EN/FR/ES): special and emergency special sessions (`S-10/2`, `ES-10/24`)
 * read and looked up; `session/number` before the GA's 31st session read as the Assembly's only where the text
 * names it (League of Arab States 14/221 and Environment Assembly 2/21 are not read); Security Council resolutions
 * cited without their year (`resolution 1493 of 28 July 2003`) read as the Council's, the year from the date; a list
 * joined to the one before (`Human Rights Council decision 18/120 … and resolutions 24/14 …`) takes its body. Beside
 * each text, `.expected.json` lists the resolutions read (symbol and date) and every diagnostic.
 */
suite('citations of older and other shapes (fixtures)', () => {
	const fixtures = loadFixtures('../citations');

	test('every class has a fixture in English, French and Spanish', () => {
		for (const kind of ['special-sessions', 'never-ga-shape', 'sc-without-year', 'joined-lists']) {
			for (const lang of ['en', 'fr', 'es']) {
				assert.ok(fixtures.some((f) => f.name === `${lang}-${kind}`), `${lang}-${kind}`);
			}
		}
	});

	for (const f of fixtures) {
		test(`${f.file}: the resolutions read`, () => {
			const doc = parse(f.text);
			const read = doc.citations.filter((c) => c.kind !== 'document').map((c) => (c.date ? `${c.symbol} ${c.date.value}` : c.symbol));
			assert.deepEqual(read, (f.expected as unknown as { citations: string[] }).citations);
		});
		test(`${f.file}: diagnostics`, () => checkFixture(f));
	}
});
