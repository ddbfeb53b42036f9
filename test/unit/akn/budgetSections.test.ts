import * as assert from 'node:assert/strict';
import { aknStructure, importAkn } from '../../../server/src/akn';
import { akn, compare, conclusions, para } from '../../helpers/aknXml';

/** Budget resolutions divided into sections, each with a preamble of its own (issue 17); each case names its official file. */
const MEETING_FR = conclusions('50e séance plénière', '2019-12-27', '27 décembre 2019');
const cross = (inner: string) => `<crossHeading refersTo="#preamble"><span class="italic">Ayant examiné</span> ${inner}</crossHeading>`;

suite('AKN4UN import: budget sections', () => {
	test('a section\'s preambular `<crossHeading>` is its preamble, not its title; the formula keeps its comma (A/RES/74/263 F, S)', () => {
		const section = (n: string, title: string, body: string) => `<section>${para('', undefined).replace('<content><p></p></content>', `<num>\t\t${n}</num>`)}<paragraph><subheading>${title}</subheading></paragraph>${body}</section>`;
		const body = section('I', 'Demande de subvention pour l’Institut des Nations Unies pour la recherche sur le désarmement', cross('la note du Secrétaire général,') + para('<span class="italic">Prend acte</span> de la note du Secrétaire général ;', '1.'))
			+ section('II', 'Prévisions révisées comme suite aux résolutions du Conseil économique et social', cross('le rapport du Secrétaire général,') + para('<span class="italic">Prend note</span> du rapport du Secrétaire général.', '1.'));
		const xml = akn('eng', 'L’Assemblée générale,', '', body, MEETING_FR).replace('language="eng"', 'language="fra"');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		const res = importAkn(xml).resolution!;
		assert.deepEqual(res.parts.map((p) => p.heading), ['I. Demande de subvention pour l’Institut des Nations Unies pour la recherche sur le désarmement', 'II. Prévisions révisées comme suite aux résolutions du Conseil économique et social']);
		assert.equal(aknStructure(res).preambular, 2);
		assert.match(markdown, /L’Assemblée générale,\n\nI\. Demande/);
	});

	test('a section\'s number and long title in one bold line without the number\'s full stop is part I (A/RES/75/253 F)', () => {
		const title = 'I Demande de subvention pour l’Institut des Nations Unies pour la recherche sur le désarmement présentée suivant les recommandations de son conseil d’administration concernant le programme de travail de l’Institut pour 2021';
		const body = `<section>${para(`<span class="bold">\t\t${title}</span>`)}${cross('la note du Secrétaire général,')}${para('<span class="italic">Prend acte</span> de la note du Secrétaire général.', '1.')}</section>`;
		const xml = akn('eng', 'L’Assemblée générale,', '', body, MEETING_FR).replace('language="eng"', 'language="fra"');
		assert.ok(title.length > 200);
		assert.deepEqual(compare(xml).diff, []);
		const res = importAkn(xml).resolution!;
		assert.equal(res.parts[0].heading, title.replace(/^I /, 'I. '));
		assert.deepEqual([aknStructure(res).preambular, aknStructure(res).operative], [1, 1]);
	});

	test('a section\'s `Noting with satisfaction:` (a crossHeading) then paragraphs (a), (b) in the body: its points, in the XML\'s order (E/RES/2023/5)', () => {
		const crossEn = (lead: string, rest: string) => `<crossHeading refersTo="#preamble"><span class="italic">${lead}</span>${rest}</crossHeading>`;
		const body = '<paragraph><heading>B. Work of the Committee regarding the Globally Harmonized System</heading></paragraph>'
			+ crossEn('Noting with satisfaction', ':') + para('That the Economic Commission for Europe has taken steps to implement the System,', '(a)')
			+ para('That many Member States have already issued national legislation implementing the System,', '(b)')
			+ crossEn('Aware', ' that effective implementation will require further cooperation,')
			+ para('<span class="italic">Commends</span> the Secretary-General on the publication of the ninth revised edition.', '1.');
		const meeting = conclusions('25th plenary meeting', '2023-06-08', '8 June 2023');
		const xml = akn('eng', 'The Economic and Social Council,', '<container><p><span class="italic">Recalling</span> its resolution 1999/65,</p></container>', body, meeting, 'E/RES/2023/5', '2023-06-08');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.deepEqual([aknStructure(importAkn(xml).resolution!).preambular, aknStructure(importAkn(xml).resolution!).subParagraphs], [3, 2]);
		assert.match(markdown, /\*Noting with satisfaction\*:\n\n\(a\) That the Economic Commission/);
	});
});
