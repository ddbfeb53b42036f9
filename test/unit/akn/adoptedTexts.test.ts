import * as assert from 'node:assert/strict';
import { aknStructure, importAkn } from '../../../server/src/akn';
import { parse } from '../../../server/src/parser/parse';
import { akn, compare, para } from '../../helpers/aknXml';

/**
 * A resolution that adopts a text (a declaration, an agenda) whose paragraphs follow its enacting paragraph in the
 * main body (issue 17): both sides read the adopted text's parts the same way. Each case names its official file.
 */
const MEETING_ES = '<p><inline name="adoptionMeeting">2ª sesión plenaria</inline></p><p><docDate date="2021-09-22">22 de septiembre de 2021</docDate></p>';

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
});
