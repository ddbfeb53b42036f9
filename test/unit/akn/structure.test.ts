import * as assert from 'node:assert/strict';
import { aknStructure, differences, documentStructure, importAkn } from '../../../server/src/akn';
import { parse } from '../../../server/src/parser/parse';

/**
 * Structure agreement on small hand-made AKN4UN files shaped like the official ones the conformance run found
 * (issue 17): each names the official file it stands for.
 */
function akn(lang: 'eng' | 'spa', formula: string, preamble: string, body: string, conclusions: string, symbol = 'A/RES/74/266', date = '2019-12-27'): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRdate date="${date}" name="adoption"/><FRBRauthor href="#ga"/></FRBRWork>
<FRBRExpression><FRBRlanguage language="${lang}"/></FRBRExpression></identification></meta>
<coverPage><p><docNumber>${symbol}</docNumber></p></coverPage>
<preface><p><docNumber>${symbol.split('/').slice(-2).join('/')}.</docNumber><docTitle refersTo="#resolutionTitle">A title</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p><span class="italic">${formula}</span></p></formula>${preamble}</preamble>
<mainBody>${body}</mainBody>
<conclusions>${conclusions}</conclusions>
</statement></akomaNtoso>`;
}
const para = (inner: string, num?: string) => `<paragraph>${num ? `<num>${num}</num>` : ''}<content><p>${inner}</p></content></paragraph>`;
const container = (inner: string) => `<container><p>${inner}</p></container>`;

function compare(xml: string): { diff: string[]; markdown: string } {
	const imported = importAkn(xml);
	assert.ok(imported.resolution && imported.markdown);
	const doc = parse(imported.markdown);
	return { diff: differences(aknStructure(imported.resolution), documentStructure(doc)), markdown: imported.markdown };
}

suite('AKN4UN import: structure agreement on the conformance run\'s shapes', () => {
	test('an enacting sentence (`Resolves that:`) is the body\'s first paragraph on both sides (A/RES/74/266, Working Capital Fund)', () => {
		const body = para('<span class="italic">Resolves</span> that:')
			+ para('The Working Capital Fund shall be established for the year 2020 in the amount of 150 million United States dollars;', '1.')
			+ para('Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments.', '2.');
		const conclusions = '<p><inline name="adoptionMeeting">52nd plenary meeting</inline></p><p><docDate date="2019-12-27">27 December 2019</docDate></p>';
		const xml = akn('eng', 'The General Assembly', '', body, conclusions);
		const { diff } = compare(xml);
		assert.deepEqual(diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).operative, 3);
	});

	test('a meeting line marked up as the body\'s last paragraph is the meeting line (A/RES/S-32/1 S, E/RES/2023/18 S)', () => {
		const preamble = container('<span class="italic">Observando</span> que la Comisión aprobó su decisión,');
		const body = para('<span class="italic">Decide</span> invitar a los Estados Miembros a estudiar la posibilidad de adoptar las medidas oportunas.')
			+ para('<span class="italic">43</span><span class="italic"><sup>a</sup></span><span class="italic"> reunión plenaria</span>');
		const xml = akn('spa', 'El Consejo Económico y Social,', preamble, body, '<p><docDate date="2023-07-25">25 de julio de 2023</docDate></p>', 'E/RES/2023/18', '2023-07-25');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		const res = importAkn(xml).resolution!;
		assert.equal(aknStructure(res).operative, 1);
		assert.equal(res.meeting, '43a reunión plenaria');
		const doc = parse(markdown);
		assert.equal(doc.closing?.meetingNumber, 43);
		assert.equal(doc.closing?.date?.value, '2023-07-25');
	});
});
