/**
 * Small hand-made AKN4UN files shaped like the official ones (issue 17), and the structure comparison the
 * conformance run makes: import, parse the draft, compare the counts.
 */
import * as assert from 'node:assert/strict';
import { aknStructure, differences, documentStructure, importAkn } from '../../server/src/akn';
import { parse } from '../../server/src/parser/parse';

export function akn(lang: 'eng' | 'spa', formula: string, preamble: string, body: string, conclusions: string, symbol = 'A/RES/74/266', date = '2019-12-27'): string {
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
export const para = (inner: string, num?: string) => `<paragraph>${num ? `<num>${num}</num>` : ''}<content><p>${inner}</p></content></paragraph>`;
/** An AKN `<conclusions>`' content: the meeting line and the dated closing line. */
export const conclusions = (meeting: string, iso: string, printed: string) =>
	`<p><inline name="adoptionMeeting">${meeting}</inline></p><p><docDate date="${iso}">${printed}</docDate></p>`;
export const container = (inner: string) => `<container><p>${inner}</p></container>`;

export function compare(xml: string): { diff: string[]; markdown: string } {
	const imported = importAkn(xml);
	assert.ok(imported.resolution && imported.markdown);
	const doc = parse(imported.markdown);
	return { diff: differences(aknStructure(imported.resolution), documentStructure(doc)), markdown: imported.markdown };
}

