import * as assert from 'node:assert/strict';
import { aknStructure, importAkn } from '../../../server/src/akn';
import { checkText } from '../../../server/src/check/check';
import { parse } from '../../../server/src/parser/parse';
import { akn, compare, conclusions, container, para } from '../../helpers/aknXml';

/**
 * Structure agreement on small hand-made AKN4UN files shaped like the official ones the conformance run found
 * (issue 17): each names the official file it stands for.
 */
suite('AKN4UN import: structure agreement on the conformance run\'s shapes', () => {
	test('an enacting sentence (`Resolves that:`) is the body\'s first paragraph on both sides (A/RES/74/266, Working Capital Fund)', () => {
		const body = para('<span class="italic">Resolves</span> that:')
			+ para('The Working Capital Fund shall be established for the year 2020 in the amount of 150 million United States dollars;', '1.')
			+ para('Member States shall make advances to the Working Capital Fund in accordance with the scale of assessments.', '2.');
		const closing = conclusions('52nd plenary meeting', '2019-12-27', '27 December 2019');
		const xml = akn('eng', 'The General Assembly', '', body, closing);
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

	test('a part heading marked up as the last point of a sub-list heads the next part (E/RES/2024/15)', () => {
		const point = (num: string, inner: string) => `<point><num>${num}</num><content><p>${inner}</p></content></point>`;
		const body = para('<span class="bold">Actions related to the trust fund</span>', 'E.')
			+ `<paragraph><num>13.</num><list><intro><p><span class="italic">Invites</span> members of the Forum in a position to do so:</p></intro>`
			+ point('(a)', 'To provide voluntary funds to the trust fund;') + point('(b)', 'To explore options to attract further voluntary contributions;')
			+ `<sublist>${point('F.', '<span class="bold">Actions related to the strategic plan for forests </span>')}</sublist></list></paragraph>`
			+ para('<span class="italic">Invites</span> members of the Forum to accelerate implementation of the strategic plan.', '14.');
		const closing = conclusions('52nd plenary meeting', '2019-12-27', '27 December 2019');
		const xml = akn('eng', 'The Economic and Social Council,', container('<span class="italic">Recalling</span> its resolution 2023/14,'), body, closing, 'E/RES/2024/15');
		const { diff } = compare(xml);
		assert.deepEqual(diff, []);
		const res = importAkn(xml).resolution!;
		assert.deepEqual(res.parts.map((p) => p.heading), ['E. Actions related to the trust fund', 'F. Actions related to the strategic plan for forests']);
		assert.equal(aknStructure(res).subParagraphs, 2);
	});

	test('an item without a number after the points closes the list: on the last point\'s next line, no point of its own (A/RES/77/177)', () => {
		const item = (num: string, inner: string) => `<item>${num ? `<num>${num}</num>` : ''}<p>${inner}</p></item>`;
		const preamble = `<container><blockList><listIntroduction><span class="italic">Affirming also</span> that the Programme of Action is grounded in two focus areas:</listIntroduction>`
			+ item('(a)', 'Investing in people in least developed countries,') + item('(b)', 'Supporting structural transformation as a driver of prosperity,')
			+ item('', 'and in the commitments and targets contained therein, ') + '</blockList></container>'
			+ container('<span class="italic">Affirming further</span> the purposes and principles of the Charter,');
		const body = para('<span class="italic">Decides</span> to remain seized of the matter.', '1.');
		const closing = conclusions('52nd plenary meeting', '2019-12-27', '27 December 2019');
		const xml = akn('eng', 'The General Assembly,', preamble, body, closing);
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).preambular, 2);
		assert.match(markdown, /\(b\) Supporting structural transformation as a driver of prosperity,\nand in the commitments and targets contained therein,/);
	});

	test('a section\'s number and title marked up above its preamble are headings, no preambular paragraphs (A/RES/80/237)', () => {
		const bold = (t: string) => para(`<span class="bold">${t}</span>`);
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
<meta><identification source="#DGACM"><FRBRWork><FRBRdate date="2025-12-24" name="adoption"/></FRBRWork><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
<coverPage><p><docNumber>A/RES/80/237</docNumber></p></coverPage>
<preface><p><docNumber>80/237.</docNumber><docTitle refersTo="#resolutionTitle">Report on the activities of the Office of Internal Oversight Services</docTitle></p></preface>
<preamble><formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula></preamble>
<mainBody>${bold('I')}${bold('Activities of the Office of Internal Oversight Services')}</mainBody>
<preamble>${container('<span class="italic">Recalling</span> its resolutions 48/218 B and 54/244,')}${container('<span class="italic">Having considered</span> the report of the Office,')}</preamble>
<mainBody>${para('<span class="italic">Reaffirms</span> its primary role in the consideration of reports submitted to it;', '1.')}${para('<span class="italic">Takes note</span> of the report.', '2.')}</mainBody>
<conclusions><p><inline name="adoptionMeeting">66th plenary meeting</inline></p><p><docDate date="2025-12-24">24 December 2025</docDate></p></conclusions>
</statement></akomaNtoso>`;
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).preambular, 2);
		assert.match(markdown, /The General Assembly,\n\nI\n\nActivities of the Office of Internal Oversight Services\n\n\*Recalling\*/);
	});

	test('a bold line alone among the preambular paragraphs stays one, as unres reads it (A/RES/80/131, 78/148)', () => {
		const preamble = container('<span class="italic">Recalling</span> its resolution 78/148,') + para('<span class="bold">Countries in special situations</span>')
			+ container('<span class="italic">Underlining</span> the needs of landlocked developing countries,');
		const body = para('<span class="italic">Encourages</span> continued international cooperation.', '1.');
		const closing = conclusions('52nd plenary meeting', '2019-12-27', '27 December 2019');
		const xml = akn('eng', 'The General Assembly,', preamble, body, closing);
		assert.deepEqual(compare(xml).diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).preambular, 3);
	});

	test('a section whose subheading holds its number without the full stop (`I Deuxième rapport …`) is part I (A/RES/74/259 F)', () => {
		const section = `<section><subheading>\t\tI Deuxième rapport sur l’exécution du budget du Mécanisme</subheading>`
			+ `<crossHeading refersTo="#preamble"><span class="italic">Ayant examiné</span> le deuxième rapport du Secrétaire général,</crossHeading>`
			+ para('<span class="italic">Prend acte</span> du deuxième rapport du Secrétaire général ;', '1.') + para('<span class="italic">Décide</span> de rester saisie de la question.', '2.') + '</section>';
		const closing = conclusions('52e séance plénière', '2019-12-27', '27 décembre 2019');
		const xml = akn('eng', 'L’Assemblée générale,', '', section, closing).replace('language="eng"', 'language="fra"');
		const { diff } = compare(xml);
		assert.deepEqual(diff, []);
		const res = importAkn(xml).resolution!;
		assert.equal(res.parts[0].heading, 'I. Deuxième rapport sur l’exécution du budget du Mécanisme');
		assert.equal(aknStructure(res).preambular, 1);
	});

	test('numbers typed into the text between left-to-right marks, no `<num>`, are the paragraphs\' numbers (A/RES/74/172 S)', () => {
		const typed = (n: number, lead: string, rest: string) => para(`\u200e ${n}.\u200e <span class="italic">${lead}</span> ${rest}`);
		const body = typed(1, 'Reitera su invitación', 'a los Gobiernos a que formulen políticas;') + typed(2, 'Recuerda', 'la Agenda 2030 para el Desarrollo Sostenible;')
			+ typed(3, 'Decide', 'seguir ocupándose de la cuestión.');
		const preamble = container('<span class="italic">Reafirmando</span> su compromiso con los propósitos de la Carta,');
		const closing = conclusions('48ª sesión plenaria', '2019-12-27', '27 de diciembre de 2019');
		const xml = akn('spa', 'La Asamblea General,', preamble, body, closing);
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).operative, 3);
		assert.match(markdown, /\n2\. \*Recuerda\* la Agenda 2030/);
		assert.ok(!markdown.includes('\u200e'));
	});
	test('a quoted statute keeps its article headings and the order of its lists (A/RES/77/256 A, A/RES/79/280 F)', () => {
		const closing = conclusions('53rd plenary meeting', '2022-12-30', '30 December 2022');
		const body = para('<span class="italic">Decides</span> to amend articles 10 and 11 of the statute to read as follows:', '1.')
			+ '<paragraph><subheading>Article 10</subheading><content><p>The Commission shall make recommendations to the General Assembly on:</p></content></paragraph>'
			+ para('The broad principles for the determination of the conditions of service;', '(a)') + para('Staff assessment.', '(b)')
			+ '<paragraph><subheading>Article 11</subheading><content><p>The Commission shall establish:</p></content></paragraph>'
			+ para('The methods by which the principles should be applied;', '(a)') + para('The post adjustment.', '(b)')
			+ para('<span class="italic">Recalls</span> that rule 3.3 continues to read as follows:', '2.')
			+ para('“(a) On appointment, a staff member shall normally be placed at the first step of the level.')
			+ para('On promotion, a staff member shall be placed at the lowest step of the new level.”;', '(b)')
			+ para('<span class="italic">Decides</span> to remain seized of the matter.', '3.');
		const xml = akn('eng', 'The General Assembly,', container('<span class="italic">Recalling</span> its resolution 3357 (XXIX),'), body, closing, 'A/RES/77/256', '2022-12-30');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		const order = ['Article 10', 'on:', '(a) The broad', '(b) Staff', 'Article 11', 'establish:', '(a) The methods', '(b) The post', '2. *Recalls*', '“(a) On appointment', '(b) On promotion', '3. *Decides*'];
		const at = order.map((s) => markdown.indexOf(s));
		assert.ok(at.every((n, i) => n >= 0 && (i === 0 || n > at[i - 1])), `in order: ${JSON.stringify(at)}\n${markdown}`);
	});
	test('a budget resolution\'s sections alternating <preamble> and <mainBody> stay in order, each preamble in its section (A/RES/80/243)', () => {
		const closing = conclusions('60th plenary meeting', '2025-12-30', '30 December 2025');
		const section = (n: string, title: string, note: number) => `${para(`<span class="bold">${n}</span>`)}${para(`<span class="bold">${title}</span>`)}</mainBody><preamble>`
			+ container(`<span class="italic">Having considered</span> the report of the Secretary-General,<authorialNote marker="${note}"><p>A/80/${note}.</p></authorialNote>`)
			+ `</preamble><mainBody>${para('<span class="italic">Approves</span> the proposals of the Secretary-General;', '1.')}${para('<span class="italic">Decides</span> to consider the question again.', '2.')}`;
		const body = section('I', 'Strategic heritage plan of the United Nations Office at Geneva', 1) + section('II', 'Request for a subvention to the Residual Special Court for Sierra Leone', 2);
		const xml = akn('eng', 'The General Assembly,', '', body, closing, 'A/RES/80/243', '2025-12-30');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		const order = ['Strategic heritage', ',[^1]', '1. *Approves*', 'II. Request', ',[^2]', '1. *Approves*'];
		let from = 0;
		for (const s of order) {
			const at = markdown.indexOf(s, from);
			assert.ok(at >= from, `“${s}” in order\n${markdown}`);
			from = at + 1;
		}
		assert.deepEqual(checkText(markdown, { lang: 'en' }).results.filter((r) => r.rule.id.startsWith('footnote')).map((r) => r.rule.id), []);
	});
});
