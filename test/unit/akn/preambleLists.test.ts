import * as assert from 'node:assert/strict';
import { aknStructure, documentStructure, importAkn } from '../../../server/src/akn';
import { checkText } from '../../../server/src/check/check';
import { parse } from '../../../server/src/parser/parse';
import { statement } from '../../helpers/aknStatement';

/**
 * A `<blockList>` beside the preamble's containers (A/RES/74/176, 74/40, 75/55 in English, French and Spanish):
 * the points of the paragraph before it (“Reaffirming that the Global Plan of Action was developed:” / (a) … (f)).
 * The import used to leave them out, losing their text, and the paragraph's colon then ended it.
 */
const list = (labels: string[], items: string[]) =>
	`<blockList>${items.map((t, i) => `<item><num>${labels[i]}</num><p>${t}</p></item>`).join('')}</blockList>`;

const CASES = [
	{
		lang: 'eng', organ: 'The General Assembly', labels: ['(a)', '(b)'],
		preamble: ['<span class="italic">Recalling</span> its resolution 64/293 of 30 July 2010,', '<span class="italic">Reaffirming</span> that the Global Plan of Action was developed:'],
		items: ['To promote universal ratification of the Convention,', 'To help Member States to reinforce their political commitments,'],
		body: ['<span class="italic">Decides</span> to remain seized of the matter.'],
		words: 'To promote universal ratification',
	},
	{
		lang: 'fra', organ: 'L’Assemblée générale', labels: ['a)', 'b)'],
		preamble: ['<span class="italic">Rappelant</span> sa résolution 64/293 du 30 juillet 2010,', '<span class="italic">Réaffirmant</span> que le Plan d’action mondial a vocation à :'],
		items: ['Promouvoir la ratification universelle de la Convention,', 'Aider les États Membres à renforcer leurs engagements politiques,'],
		body: ['<span class="italic">Décide</span> de rester saisie de la question.'],
		words: 'Promouvoir la ratification universelle',
	},
	{
		lang: 'spa', organ: 'La Asamblea General', labels: ['a)', 'b)'],
		preamble: ['<span class="italic">Recordando</span> su resolución 64/293, de 30 de julio de 2010,', '<span class="italic">Reafirmando</span> que el Plan de Acción Mundial se elaboró para:'],
		items: ['Promover la ratificación universal de la Convención,', 'Ayudar a los Estados Miembros a reforzar sus compromisos políticos,'],
		body: ['<span class="italic">Decide</span> seguir ocupándose de la cuestión.'],
		words: 'Promover la ratificación universal',
	},
];

suite('AKN4UN import: a list beside the preamble\'s paragraphs', () => {
	for (const c of CASES) {
		test(`${c.lang}: its points are the sub-paragraphs of the paragraph before it, and its colon is right`, () => {
			const xml = statement(c.lang, c.organ, [...c.preamble.map((p) => `<container><p>${p}</p></container>`), list(c.labels, c.items)], c.body);
			const imported = importAkn(xml);
			const md = imported.markdown!;
			assert.ok(md.includes(c.words), md);
			const doc = parse(md);
			assert.deepEqual(documentStructure(doc), aknStructure(imported.resolution!));
			assert.equal(doc.preamble.length, 2);
			assert.equal(doc.preamble[1].subParagraphs.length, 2);
			const punctuation = checkText(md).results.filter((r) => r.rule.id.endsWith('-punctuation'));
			assert.deepEqual(punctuation.map((r) => r.rule.id), []);
		});
	}
});
