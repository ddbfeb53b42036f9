import * as assert from 'node:assert/strict';
import { aknStructure, differences, documentStructure, importAkn } from '../../../server/src/akn';
import { parse } from '../../../server/src/parser/parse';

/**
 * `<subsection>` inside a `<section>` (A/RES/74/255, United Nations common system: section II's parts A to E), or
 * `<title>` (A/RES/79/252, its number `A.` with the full stop): the import keeps their words, each under its heading
 * `A. Base/floor salary scale`, as the printed text has them.
 */
const para = (inner: string, num?: string) => `<paragraph>${num ? `<num>${num}</num>` : ''}<content><p>${inner}</p></content></paragraph>`;
const common = (sub: string, dot: string) => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRdate date="2019-12-27" name="adoption"/></FRBRWork><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
<coverPage><p><docNumber>A/RES/74/255</docNumber></p></coverPage>
<preface><p><docNumber>74/255.</docNumber><docTitle refersTo="#resolutionTitle">United Nations common system</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
<container><p><span class="italic">Recalling</span> its resolutions 44/198 and 51/216,</p></container></preamble>
<mainBody>${para('<span class="italic">Takes note</span> of the report of the Commission;', '1.')}
<section><num>I</num><subheading>Conditions of service applicable to both categories of staff</subheading>
<crossHeading refersTo="#preamble"><span class="italic">Reaffirming</span> paragraph 1 of section I.B of its resolution 72/255,</crossHeading>
${para('<span class="italic">Urges</span> the organizations to continue to abide by these principles;')}</section>
<section><num>II</num><subheading>Conditions of service of staff in the Professional and higher categories</subheading>
<${sub}><num>A${dot}</num><subheading>Base/floor salary scale</subheading>
<crossHeading refersTo="#preamble"><span class="italic">Recalling</span> its resolution 44/198,</crossHeading>
${para('<span class="italic">Approves</span> the revised unified base/floor salary scale;')}</${sub}>
<${sub}><num>B${dot}</num><subheading>Evolution of the margin</subheading>
${para('<span class="italic">Reaffirms</span> the range of 110 to 120 for the margin;', '1.')}${para('<span class="italic">Notes</span> the decision of the Commission.', '2.')}</${sub}></section></mainBody>
<conclusions><p><inline name="adoptionMeeting">52nd (resumed) plenary meeting</inline></p><p><docDate date="2019-12-27">27 December 2019</docDate></p></conclusions>
</statement></akomaNtoso>`;

suite('AKN4UN import: subsections', () => {
	for (const [sub, dot, symbol] of [['subsection', '', 'A/RES/74/255'], ['title', '.', 'A/RES/79/252']]) {
		test(`a section's <${sub}> elements keep their words under their headings (${symbol})`, () => {
			const imported = importAkn(common(sub, dot));
			assert.ok(imported.resolution && imported.markdown);
			const md = imported.markdown;
			for (const words of ['A. Base/floor salary scale', 'Approves', 'B. Evolution of the margin', '1. *Reaffirms* the range', '2. *Notes* the decision']) {
				assert.ok(md.includes(words), words);
			}
			assert.ok(md.indexOf('II. Conditions of service') < md.indexOf('A. Base/floor') && md.indexOf('A. Base/floor') < md.indexOf('B. Evolution'));
			assert.ok(!md.includes('A..'), 'one full stop after the number');
			assert.deepEqual(differences(aknStructure(imported.resolution), documentStructure(parse(md))), []);
		});
	}

	test('a subsection headed by a paragraph of its number and title, its preamble after it (A/RES/74/255 F)', () => {
		const fr = common('subsection', '').replace('<subsection><num>A</num><subheading>Base/floor salary scale</subheading>', '<subsection><paragraph><num>A.</num><subheading>Base/floor salary scale</subheading></paragraph>');
		assert.notEqual(fr, common('subsection', ''));
		const md = importAkn(fr).markdown!;
		assert.ok(md.includes('A. Base/floor salary scale\n\n*Recalling* its resolution 44/198,'), md);
		assert.ok(!/^Recalling its resolution 44\/198/m.test(md));
	});
});
