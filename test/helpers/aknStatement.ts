/** A small AKN4UN statement for import tests: organ line, preamble, body paragraphs and conclusions (markup given raw). */
export function statement(lang: string, organ: string, preamble: string[], body: string[]): string {
	return `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRdate date="2019-12-18" name="adoption"/><FRBRauthor href="ga" as="author"/></FRBRWork>
<FRBRExpression><FRBRlanguage language="${lang}"/></FRBRExpression></identification></meta>
<coverPage><p class="upperRight"><docNumber refersTo="#symbol">A/RES/74/172</docNumber></p></coverPage>
<preface><p><docNumber>74/172.</docNumber> <docTitle refersTo="#resolutionTitle">Title</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p><span class="italic">${organ}</span>,</p></formula>
${preamble.map((p) => (/^<(?:container|blockList)\b/.test(p) ? p : `<container><p xml:space="preserve">${p}</p></container>`)).join('\n')}
</preamble>
<mainBody>${body.map((p) => `<paragraph><content><p xml:space="preserve">${p}</p></content></paragraph>`).join('\n')}</mainBody>
<conclusions><p><inline name="adoptionMeeting">50th plenary meeting</inline><eol/><docDate date="2019-12-18">18 December 2019</docDate></p></conclusions>
</statement></akomaNtoso>`;
}

