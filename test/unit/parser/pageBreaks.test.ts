import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/parser/parse';

/**
 * A page break of PDF text (running head, page number) does not end a paragraph cut in the middle of a sentence
 * (test/fixtures/parser/*-pdf-page-break), but it does not glue the next item of a list onto the one before either:
 * a full stop ends the paragraph, and `b.4.`, `(3)`, `6.A.8.a:` open an item of their own.
 */
const TEXT = [
	'The Security Council,',
	'',
	'1. Decides to adopt the list in the annex to the present resolution;',
	'',
	'2. Decides to remain seized of the matter.',
	'',
	'Annex',
	'',
	'Chemical Section:',
	'',
	'b.3. Supercritical water oxidation equipment, in which all surfaces that come into',
	'contact with the toxic chemicals are made from corrosion resistant materials.',
	'S/RES/2801 (2025)',
	'',
	'b.4. Direct chemical oxidation equipment, in which all surfaces are made from',
	'corrosion resistant materials.',
	'',
	'(2) 2.5: Sterilizing equipment with the following components:',
	'',
	'Doors',
	'Door Seals',
	'S/RES/2801 (2025)',
	'',
	'(3) 3.3: Orbital or reciprocal shakers, designed for use with biological material.',
	'',
	'Delete sub-item "d" from the above-referenced exclusion note.',
	'',
	'11',
	'S/RES/2801 (2025)',
	'',
	'12',
	'',
	'6.A.8.a: All airborne radar equipment, as follows, not including radars specially designed for',
	'',
	'13',
	'S/RES/2801 (2025)',
	'',
	'meteorological use.',
	'',
].join('\n');

suite('parser: page breaks in PDF text', () => {
	const doc = parse(`United Nations\nS/RES/2801 (2025)\n\nSecurity Council\n\n${TEXT}`);
	const annex = doc.annexes[0];
	const text = `United Nations\nS/RES/2801 (2025)\n\nSecurity Council\n\n${TEXT}`;
	const openings = annex ? [...annex.paragraphs, ...annex.parts.flatMap((p) => p.paragraphs)].map((p) => text.slice(p.span.start, p.span.end).split('\n')[0].slice(0, 12)) : [];

	test('the running head is the text\'s own symbol', () => {
		assert.equal(doc.ownSymbol?.value, 'S/RES/2801 (2025)');
	});

	test('a list item after a page break opens a paragraph of its own; a page number alone is furniture; a sentence cut by the page goes on', () => {
		assert.deepEqual(openings, ['Chemical Sec', 'b.3. Supercr', 'b.4. Direct ', '(2) 2.5: Ste', 'Doors', '(3) 3.3: Orb', 'Delete sub-i', '6.A.8.a: All']);
		const last = [...annex.paragraphs, ...annex.parts.flatMap((p) => p.paragraphs)].at(-1)!;
		assert.equal(last.segments.length, 2, 'the radar entry goes on after pages 12 and 13');
		assert.match(text.slice(last.segments[1].start, last.segments[1].end), /^meteorological use\.$/);
	});
});
