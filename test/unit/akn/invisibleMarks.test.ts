import * as assert from 'node:assert/strict';
import { aknStructure, documentStructure, importAkn } from '../../../server/src/akn';
import { checkText } from '../../../server/src/check/check';
import { parse } from '../../../server/src/parser/parse';
import { statement } from '../../helpers/aknStatement';

/**
 * Left-to-right marks (U+200E) the Word conversion left in official files (108 files of the archives, most of them
 * Spanish: A/RES/74/172, 74/170 …): around paragraph numbers written in the text (`\u200e\t1.\u200e\t`) and after
 * the closing comma or semicolon (`sostenible,\u200e`). Imported as they were, they hid the numbers from the parser
 * (12 operative paragraphs read as preambular) and the punctuation from the rules.
 */
const LRM = '\u200e';

const CASES = [
	{
		lang: 'spa', organ: 'La Asamblea General',
		preamble: [`<span class="italic">Reafirmando</span> su compromiso con la Carta de las Naciones Unidas,${LRM}`, `<span class="italic">Reconociendo</span> la contribución de la juventud, ${LRM}`],
		body: [`${LRM}\t1.${LRM}\t<span class="italic">Reitera su invitación</span> a los Gobiernos;${LRM}`, `${LRM}\t2.${LRM}\t<span class="italic">Decide</span> seguir examinando la cuestión.${LRM}`],
	},
	{
		lang: 'fra', organ: 'L’Assemblée générale',
		preamble: [`<span class="italic">Réaffirmant</span> son attachement à la Charte des Nations Unies,${LRM}`, `<span class="italic">Reconnaissant</span> la contribution des jeunes,${LRM}`],
		body: [`${LRM}\t1.${LRM}\t<span class="italic">Réitère son invitation</span> aux gouvernements ;${LRM}`, `${LRM}\t2.${LRM}\t<span class="italic">Décide</span> de rester saisie de la question.${LRM}`],
	},
	{
		lang: 'eng', organ: 'The General Assembly',
		preamble: [`<span class="italic">Reaffirming</span> its commitment to the Charter of the United Nations,${LRM}`, `<span class="italic">Recognizing</span> the contribution of youth,${LRM}`],
		body: [`${LRM}\t1.${LRM}\t<span class="italic">Reiterates its invitation</span> to Governments;${LRM}`, `${LRM}\t2.${LRM}\t<span class="italic">Decides</span> to remain seized of the matter.${LRM}`],
	},
];

suite('AKN4UN import: left-to-right marks of the Word conversion', () => {
	for (const c of CASES) {
		test(`${c.lang}: numbers behind marks are paragraph numbers, and the punctuation rules see the endings`, () => {
			const imported = importAkn(statement(c.lang, c.organ, c.preamble, c.body));
			const md = imported.markdown!;
			assert.ok(!md.includes(LRM), md);
			assert.match(md, /^1\. \*/m);
			const doc = parse(md);
			assert.deepEqual(documentStructure(doc), aknStructure(imported.resolution!));
			assert.equal(doc.preamble.length, 2);
			assert.deepEqual(doc.operativeParts.flatMap((p) => p.paragraphs).map((p) => p.number?.value), [1, 2]);
			const punctuation = checkText(md).results.filter((r) => r.rule.id.endsWith('-punctuation'));
			assert.deepEqual(punctuation.map((r) => r.rule.id), []);
		});
	}
});
