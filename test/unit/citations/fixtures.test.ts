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
 * Issue 17 (the official texts): a dated `n/m` with no body beside it is the Assembly's or the Council's as its date
 * fits their sessions (`dated-body`); `X and Y of d1 and d2, respectively` / `en date du d1 et du d2` date each item
 * in order (`dates-in-order`); a body named beside a list of mixed shapes names only its own, a comma parts a
 * title from the next keyword, `990 (LIV)` and a list joined to another organization's are not read (`other-numberings`).
 */
suite('citations of older and other shapes (fixtures)', () => {
	const fixtures = loadFixtures('../citations');

	test('every class has a fixture in English, French and Spanish', () => {
		for (const kind of ['special-sessions', 'never-ga-shape', 'sc-without-year', 'joined-lists', 'dated-body', 'dates-in-order', 'other-numberings']) {
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

	test('a bare number is read only where the Council is named or a date gives its year, and never after a number with its year', () => {
		const read = (sentence: string) => parse(`The General Assembly,\n\n${sentence}\n\nDecides to remain seized of the matter.\n`).citations.map((c) => c.symbol);
		assert.deepEqual(read('Recalling Security Council resolutions 530 (1983) and 562 (1985), 86'), ['S/RES/530 (1983)', 'S/RES/562 (1985)']);
		assert.deepEqual(read('Recalling resolution 1493 and paragraph 5 of resolution 12,'), []);
		assert.deepEqual(read('Recalling decision 1493 of 28 July 2003,'), []);
		assert.deepEqual(read('Recalling General Assembly resolution 1493 of 28 July 2003,'), []);
		assert.deepEqual(read('Recalling its resolution 1493 of 28 July 2003,'), []);
		assert.deepEqual(read('Recalling resolution 1493 of 28 July 2003,'), ['S/RES/1493 (2003)']);
		const council = parse('The Security Council,\n\nRecalling its resolution 1493 and its resolution 1565 of 1 October 2004,\n\nDecides to remain seized of the matter.\n');
		assert.deepEqual(council.citations.map((c) => c.symbol), ['S/RES/1493', 'S/RES/1565 (2004)']);
	});

	test('a roman session from the 31st is the Economic and Social Council\'s own in its texts, before 1979 only', () => {
		const read = (sentence: string) => parse(`Le Conseil économique et social,\n\n${sentence}\n\nDécide de rester saisi de la question.\n`).citations.map((c) => c.symbol);
		assert.deepEqual(read('Constatant qu’il a adopté, le 30 juillet 1965, la résolution 1086 B (XXXIX),'), ['E/RES/1086']);
		assert.deepEqual(read('Prenant acte de la résolution 782 (XL) du 11 octobre 2024,'), []);
	});
});
