import * as assert from 'node:assert/strict';
import { aknStructure, importAkn } from '../../../server/src/akn';
import { parse } from '../../../server/src/parser/parse';
import { akn, compare, conclusions, para } from '../../helpers/aknXml';

/**
 * A resolution that adopts a text (a declaration, an agenda) whose paragraphs follow its enacting paragraph in the
 * main body (issue 17): both sides read the adopted text's parts the same way. Each case names its official file.
 */
const MEETING_ES = conclusions('2ª sesión plenaria', '2021-09-22', '22 de septiembre de 2021');

suite('AKN4UN import: texts adopted by a resolution', () => {
	test('`Aprueba la siguiente declaración …[^1]:`, a heading, `Los Jefes de Estado …,` then 1., 2. (A/RES/76/1 S)', () => {
		const note = '<authorialNote marker="1" placement="bottom"><p>Véanse A/CONF.189/12 y A/CONF.189/12/Corr.1, cap. I.</p></authorialNote>';
		const body = para(`<span class="italic">Aprueba</span> la siguiente declaración política de la reunión de alto nivel para conmemorar el 20º aniversario de la Declaración y el Programa de Acción de Durban${note}:`)
			+ '<paragraph><heading>Unidos contra el racismo, la discriminación racial, la xenofobia y las formas conexas de intolerancia</heading></paragraph>'
			+ para('Los Jefes de Estado y de Gobierno y los representantes de Estados y Gobiernos reunidos en la Sede de las Naciones Unidas, ')
			+ para('Reafirmamos que la Declaración y el Programa de Acción de Durban proporcionan un marco amplio;', '1.')
			+ para('Proclamamos de consuno nuestra firme determinación.', '2.');
		const xml = akn('spa', 'La Asamblea General', '', body, MEETING_ES, 'A/RES/76/1', '2021-09-22');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		// The opening words of the declaration are its own preamble, under its title, as unres reads a section's preamble.
		assert.deepEqual(aknStructure(importAkn(xml).resolution!), { ...aknStructure(importAkn(xml).resolution!), preambular: 1, operative: 3, footnotes: 1 });
		// The call before the colon is a call, the colon stays: the enacting paragraph is no heading, nothing is lost.
		const doc = parse(markdown);
		assert.equal(doc.footnotes[0]?.markers.length, 1);
		assert.equal(doc.operativeParts[0].paragraphs[0].lead?.value, 'Aprueba');
	});

	test('`Decides … on the following question:`, the quoted question, its points (a), (b): one operative paragraph, in the XML\'s order (A/RES/77/276)', () => {
		const recognizing = '<container><p><span class="italic">Recognizing</span> that climate change is an unprecedented challenge,</p></container>';
		const point = (num: string, inner: string) => `<point><num>${num}</num><content><p>${inner}</p></content></point>`;
		const body = para('<span class="italic">Decides</span>, in accordance with Article 96 of the Charter, to request the International Court of Justice to render an advisory opinion on the following question: ')
			+ para('“Having particular regard to the Charter of the United Nations and the duty of due diligence,')
			+ para('What are the obligations of States under international law to ensure the protection of the climate system;', '(a)')
			+ `<paragraph><num>(b)</num><list><intro><p>What are the legal consequences under these obligations for States, with respect to:</p></intro>`
			+ point('(i)', 'States which are specially affected by the adverse effects of climate change?') + point('(ii)', 'Peoples and individuals of the present and future generations?”') + '</list></paragraph>';
		const meeting = conclusions('64th plenary meeting', '2023-03-29', '29 March 2023');
		const xml = akn('eng', 'The General Assembly,', recognizing, body, meeting, 'A/RES/77/276', '2023-03-29');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).operative, 1);
		assert.match(markdown, /question:\n\n“Having particular regard .*,\n\n\(a\) What are/);
	});

	test('an agenda of points `1.`, `2.` in operative paragraph 11: lines of paragraph 11, no paragraphs nor sub-paragraphs (A/RES/78/223)', () => {
		const point = (num: string, inner: string) => `<point><num>${num}</num><content><p>${inner}</p></content></point>`;
		const body = para('<span class="italic">Requests</span> the Secretary-General to encourage the participation of the United Nations system;', '10.')
			+ `<paragraph><num>11.</num><list><intro><p><span class="italic">Approves</span> the following provisional agenda for the Fifteenth Congress:</p></intro>`
			+ point('1.', 'Opening of the Congress.') + point('2.', 'Organizational matters.') + point('3.', 'Adoption of the report of the Congress.') + '</list></paragraph>'
			+ `<paragraph><num>12.</num><list><intro><p><span class="italic">Decides</span> that the following issues shall be considered in workshops:</p></intro>`
			+ point('(a)', 'Building resilient societies;') + point('(b)', 'Ensuring equal access to justice for all;') + '</list></paragraph>'
			+ para('<span class="italic">Requests</span> the Secretary-General to report to it at its seventy-ninth session.', '13.');
		const meeting = conclusions('76th plenary meeting', '2023-12-19', '19 December 2023');
		const xml = akn('eng', 'The General Assembly,', '<container><p><span class="italic">Recalling</span> its resolution 56/119,</p></container>', body, meeting, 'A/RES/78/223', '2023-12-19');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.deepEqual([aknStructure(importAkn(xml).resolution!).operative, aknStructure(importAkn(xml).resolution!).subParagraphs], [4, 2]);
		assert.match(markdown, /Congress:\n\n1\. Opening of the Congress\.\n\n2\. Organizational matters\./);
	});

	test('`Adopts the following document:` over the document\'s titles, items numbered `1.1` whose full stop is in the words (A/RES/76/3)', () => {
		const body = para('<span class="italic">Adopts</span> the following document:')
			+ '<paragraph><heading>The “Space2030” Agenda: space as a driver of sustainable development</heading></paragraph><paragraph><heading>I. Introduction</heading></paragraph>'
			+ para('The United Nations has been at the centre of international cooperation in space activities.', '1.')
			+ '<paragraph><subheading>Overarching objective 1: Enhance space-derived economic benefits</subheading></paragraph>'
			+ para('.\tRaise awareness of the importance of space science and technology.', '1.1') + para('.\tFacilitate the integration of the space sector with other sectors.', '1.2');
		const meeting = conclusions('3rd plenary meeting', '2021-10-25', '25 October 2021');
		const xml = akn('eng', 'The General Assembly,', '<container><p><span class="italic">Recalling</span> its resolution 73/6,</p></container>', body, meeting, 'A/RES/76/3', '2021-10-25');
		const { diff, markdown } = compare(xml);
		assert.deepEqual(diff, []);
		assert.deepEqual([aknStructure(importAkn(xml).resolution!).preambular, aknStructure(importAkn(xml).resolution!).operative], [1, 4]);
		// The numbers `1.1`, `1.2` are kept, not lost with the `<num>` no paragraph takes.
		assert.match(markdown, /\n1\.1\.\s+Raise awareness/);
		assert.match(markdown, /\n1\.2\.\s+Facilitate/);
		assert.match(parse(markdown).layout?.enacting?.value ?? '', /Adopts\* the following document:$/);
	});

	test('a quotation marked up apart after a preambular paragraph\'s colon is that paragraph\'s, on both sides (A/RES/80/116 F)', () => {
		const preamble = '<container><p><span class="italic">Rappelant</span> sa résolution 79/232, dans laquelle elle a décidé de demander un avis consultatif sur la question ci-après :</p></container>'
			+ '<container><p>« Quelles sont les obligations d’Israël en ce qui concerne la présence des Nations Unies ? »</p></container>'
			+ '<container><p><span class="italic">Ayant reçu</span> l’avis consultatif rendu le 22 octobre 2025,</p></container>';
		const meeting = conclusions('40e séance plénière', '2025-12-03', '3 décembre 2025');
		const xml = akn('eng', 'L’Assemblée générale,', preamble, para('<span class="italic">Affirme</span> que l’avis doit être respecté.', '1.'), meeting, 'A/RES/80/116', '2025-12-03').replace('language="eng"', 'language="fra"');
		assert.deepEqual(compare(xml).diff, []);
		assert.equal(aknStructure(importAkn(xml).resolution!).preambular, 2);
	});

	test('a plain line after a numbered paragraph\'s colon is the paragraph\'s, no heading, on both sides (A/RES/76/239 F, 78/318)', () => {
		const body = para('<span class="italic">Décide</span> que les quotes-parts des États suivants seront calculées ainsi :', '11.')
			+ para('États classés dans la catégorie C dans la liste figurant en annexe à la résolution 55/235')
			+ para('<span class="italic">Encourage</span> les États Membres à passer volontairement à un taux plus élevé.', '12.');
		const xml = akn('eng', 'L’Assemblée générale,', '<container><p><span class="italic">Rappelant</span> sa résolution 55/235,</p></container>', body, MEETING_ES, 'A/RES/76/239', '2021-09-22').replace('language="eng"', 'language="fra"');
		assert.deepEqual(compare(xml).diff, []);
		const res = importAkn(xml).resolution!;
		assert.equal(aknStructure(res).operative, 2);
		assert.equal(res.parts.length, 1);
	});
});
