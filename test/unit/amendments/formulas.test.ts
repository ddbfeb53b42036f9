import * as assert from 'node:assert/strict';
import { applyAmendment } from '../../../server/src/amendments/apply';
import { formula } from '../../../server/src/amendments/formulas';
import { parseAmendment } from '../../../server/src/amendments/instructions';
import type { Operation, ParaRef } from '../../../server/src/amendments/types';
import { DRAFTS, paragraphs } from './helpers';

/**
 * Every operation of the formula table (research/amendments.md §2: replace words, replace a whole paragraph, delete
 * words, delete paragraphs, insert words after and before, add at the end, insert a new preambular or operative
 * paragraph, renumber), with the references that name a sub-paragraph, a second-level one and a section, written in
 * English, French and Spanish, in the amendment and the oral form: the sentence expected (checked by reading), and
 * `unres amend` reads it back into the same operation.
 */
const OP = (index: number, subs: string[] = [], section?: string): ParaRef => ({ part: 'operative', index, subs, ...(section ? { section } : {}) });
const PP = (index: number): ParaRef => ({ part: 'preamble', index, subs: [] });

interface Words {
	a: string;
	b: string;
	p: string;
	c: string;
	i: string;
	anchor: string;
	law: string;
	end: string;
	pp: string;
	op: string;
	s1: string;
	s2: string;
}

const OPERATIONS: Record<string, (w: Words) => Operation> = {
	replaceWords: (w) => ({ kind: 'replaceWords', targets: [OP(1)], from: w.a, to: w.b }),
	replaceParagraph: (w) => ({ kind: 'replaceParagraph', targets: [OP(4)], text: w.p }),
	deleteWords: (w) => ({ kind: 'deleteWords', targets: [PP(2)], words: w.c }),
	deleteParagraphs: () => ({ kind: 'deleteParagraphs', targets: [PP(1), OP(1)] }),
	insertAfter: (w) => ({ kind: 'insertWords', targets: [OP(1)], words: w.i, anchor: w.anchor, position: 'after' }),
	insertBefore: (w) => ({ kind: 'insertWords', targets: [OP(1)], words: w.i, anchor: w.law, position: 'before' }),
	addAtEnd: (w) => ({ kind: 'addAtEnd', targets: [PP(3)], words: w.end }),
	newPreambular: (w) => ({ kind: 'insertParagraph', anchor: PP(3), position: 'after', part: 'preamble', texts: [w.pp] }),
	newOperative: (w) => ({ kind: 'insertParagraph', anchor: OP(1), position: 'before', part: 'operative', texts: [w.op] }),
	subParagraph: (w) => ({ kind: 'replaceWords', targets: [OP(2, ['b'])], from: w.s1, to: w.s2 }),
	secondLevel: () => ({ kind: 'deleteParagraphs', targets: [OP(3, ['c', 'i'])] }),
	section: (w) => ({ kind: 'deleteWords', targets: [OP(1, [], 'B')], words: w.c }),
	renumber: () => ({ kind: 'renumber' }),
};

const WORDS: Record<'en' | 'fr' | 'es', Words> = {
	en: { a: 'Urges', b: 'Encourages', p: 'Decides to continue its consideration of the matter.', c: 'with concern', i: 'and ensure respect for', anchor: 'respect', law: 'international law', end: 'on the matter', pp: 'Guided by the Charter of the United Nations,', op: 'Reaffirms its commitment;', s1: 'displaced persons', s2: 'internally displaced persons' },
	fr: { a: 'Exhorte', b: 'Encourage', p: 'Décide de poursuivre l’examen de la question.', c: 'avec préoccupation', i: 'et faire respecter', anchor: 'respecter', law: 'le droit', end: 'sur la question', pp: 'Guidée par la Charte des Nations Unies,', op: 'Réaffirme son engagement ;', s1: 'personnes déplacées', s2: 'déplacés internes' },
	es: { a: 'Exhorta', b: 'Alienta', p: 'Decide seguir examinando la cuestión.', c: 'con preocupación', i: 'y hagan respetar', anchor: 'respeten', law: 'el derecho', end: 'sobre la cuestión', pp: 'Guiada por la Carta de las Naciones Unidas,', op: 'Reafirma su compromiso;', s1: 'personas desplazadas', s2: 'desplazados internos' },
};

/** [amendment form, oral form] per language and operation. */
const SENTENCES: Record<'en' | 'fr' | 'es', Record<string, [string, string]>> = {
	en: {
		replaceWords: ["In operative paragraph 1, replace “Urges” with “Encourages”.", "In operative paragraph 1, the word “Urges” should be replaced by “Encourages”."],
		replaceParagraph: ["Amend operative paragraph 4 to read as follows: “Decides to continue its consideration of the matter.”", "Operative paragraph 4 should read as follows: “Decides to continue its consideration of the matter.”"],
		deleteWords: ["In the second preambular paragraph, delete “with concern”.", "In the second preambular paragraph, the words “with concern” should be deleted."],
		deleteParagraphs: ["Delete the first preambular paragraph and operative paragraph 1.", "The first preambular paragraph and operative paragraph 1 should be deleted."],
		insertAfter: ["In operative paragraph 1, after “respect” insert “and ensure respect for”.", "In operative paragraph 1, the words “and ensure respect for” should be inserted after “respect”."],
		insertBefore: ["In operative paragraph 1, before “international law” insert “and ensure respect for”.", "In operative paragraph 1, the words “and ensure respect for” should be inserted before “international law”."],
		addAtEnd: ["At the end of the third preambular paragraph, add “on the matter”.", "In the third preambular paragraph, the words “on the matter” should be added at the end."],
		newPreambular: ["After the third preambular paragraph, insert a new preambular paragraph reading: “Guided by the Charter of the United Nations,”", "A new preambular paragraph should be inserted after the third preambular paragraph, reading: “Guided by the Charter of the United Nations,”"],
		newOperative: ["Before operative paragraph 1, insert a new operative paragraph reading: “Reaffirms its commitment;”", "A new operative paragraph should be inserted before operative paragraph 1, reading: “Reaffirms its commitment;”"],
		subParagraph: ["In operative paragraph 2 (b), replace “displaced persons” with “internally displaced persons”.", "In operative paragraph 2 (b), the words “displaced persons” should be replaced by “internally displaced persons”."],
		secondLevel: ["Delete operative paragraph 3 (c) (i).", "Operative paragraph 3 (c) (i) should be deleted."],
		section: ["In section B, operative paragraph 1, delete “with concern”.", "In section B, operative paragraph 1, the words “with concern” should be deleted."],
		renumber: ["Renumber the subsequent paragraphs accordingly.", "Finally, it would be necessary to renumber all subsequent paragraphs."],
	},
	fr: {
		replaceWords: ["Au paragraphe 1 du dispositif, remplacer le mot «\u00a0Exhorte\u00a0» par le mot «\u00a0Encourage\u00a0».", "Au paragraphe 1 du dispositif, le mot «\u00a0Exhorte\u00a0» devrait être remplacé par le mot «\u00a0Encourage\u00a0»."],
		replaceParagraph: ["Remplacer le texte du paragraphe 4 du dispositif par le texte suivant : «\u00a0Décide de poursuivre l’examen de la question.\u00a0»", "Le paragraphe 4 du dispositif devrait se lire comme suit : «\u00a0Décide de poursuivre l’examen de la question.\u00a0»"],
		deleteWords: ["Au deuxième alinéa du préambule, supprimer les mots «\u00a0avec préoccupation\u00a0».", "Au deuxième alinéa du préambule, les mots «\u00a0avec préoccupation\u00a0» devraient être supprimés."],
		deleteParagraphs: ["Supprimer le premier alinéa du préambule et le paragraphe 1 du dispositif.", "Le premier alinéa du préambule et le paragraphe 1 du dispositif devraient être supprimés."],
		insertAfter: ["Au paragraphe 1 du dispositif, insérer, après le mot «\u00a0respecter\u00a0», les mots «\u00a0et faire respecter\u00a0».", "Au paragraphe 1 du dispositif, les mots «\u00a0et faire respecter\u00a0» devraient être insérés après le mot «\u00a0respecter\u00a0»."],
		insertBefore: ["Au paragraphe 1 du dispositif, insérer, avant les mots «\u00a0le droit\u00a0», les mots «\u00a0et faire respecter\u00a0».", "Au paragraphe 1 du dispositif, les mots «\u00a0et faire respecter\u00a0» devraient être insérés avant les mots «\u00a0le droit\u00a0»."],
		addAtEnd: ["À la fin du troisième alinéa du préambule, ajouter les mots «\u00a0sur la question\u00a0».", "À la fin du troisième alinéa du préambule, les mots «\u00a0sur la question\u00a0» devraient être ajoutés."],
		newPreambular: ["Après le troisième alinéa du préambule, insérer un nouvel alinéa ainsi libellé : «\u00a0Guidée par la Charte des Nations Unies,\u00a0»", "Un nouvel alinéa devrait être inséré après le troisième alinéa du préambule, ainsi libellé : «\u00a0Guidée par la Charte des Nations Unies,\u00a0»"],
		newOperative: ["Avant le paragraphe 1 du dispositif, insérer un nouveau paragraphe ainsi libellé : «\u00a0Réaffirme son engagement ;\u00a0»", "Un nouveau paragraphe devrait être inséré avant le paragraphe 1 du dispositif, ainsi libellé : «\u00a0Réaffirme son engagement ;\u00a0»"],
		subParagraph: ["Au paragraphe 2 b) du dispositif, remplacer les mots «\u00a0personnes déplacées\u00a0» par les mots «\u00a0déplacés internes\u00a0».", "Au paragraphe 2 b) du dispositif, les mots «\u00a0personnes déplacées\u00a0» devraient être remplacés par les mots «\u00a0déplacés internes\u00a0»."],
		secondLevel: ["Supprimer le paragraphe 3 c) i) du dispositif.", "Le paragraphe 3 c) i) du dispositif devrait être supprimé."],
		section: ["Dans la section B, au paragraphe 1 du dispositif, supprimer les mots «\u00a0avec préoccupation\u00a0».", "Dans la section B, au paragraphe 1 du dispositif, les mots «\u00a0avec préoccupation\u00a0» devraient être supprimés."],
		renumber: ["Renuméroter les paragraphes suivants en conséquence.", "Enfin, il conviendrait de renuméroter les paragraphes suivants."],
	},
	es: {
		replaceWords: ["En el párrafo 1 de la parte dispositiva, sustitúyase la palabra “Exhorta” por la palabra “Alienta”.", "En el párrafo 1 de la parte dispositiva, la palabra “Exhorta” debería sustituirse por “Alienta”."],
		replaceParagraph: ["Modifíquese el párrafo 4 de la parte dispositiva para que diga: “Decide seguir examinando la cuestión.”", "El párrafo 4 de la parte dispositiva debería leerse de la siguiente manera: “Decide seguir examinando la cuestión.”"],
		deleteWords: ["En el segundo párrafo del preámbulo, suprímanse las palabras “con preocupación”.", "En el segundo párrafo del preámbulo, las palabras “con preocupación” deberían suprimirse."],
		deleteParagraphs: ["Suprímanse el primer párrafo del preámbulo y el párrafo 1 de la parte dispositiva.", "El primer párrafo del preámbulo y el párrafo 1 de la parte dispositiva deberían suprimirse."],
		insertAfter: ["En el párrafo 1 de la parte dispositiva, después de la palabra “respeten”, insértense las palabras “y hagan respetar”.", "En el párrafo 1 de la parte dispositiva, las palabras “y hagan respetar” deberían insertarse después de la palabra “respeten”."],
		insertBefore: ["En el párrafo 1 de la parte dispositiva, antes de las palabras “el derecho”, insértense las palabras “y hagan respetar”.", "En el párrafo 1 de la parte dispositiva, las palabras “y hagan respetar” deberían insertarse antes de las palabras “el derecho”."],
		addAtEnd: ["Al final del tercer párrafo del preámbulo, añádanse las palabras “sobre la cuestión”.", "Al final del tercer párrafo del preámbulo, deberían añadirse las palabras “sobre la cuestión”."],
		newPreambular: ["Después del tercer párrafo del preámbulo, insértese un nuevo párrafo del preámbulo que diga: “Guiada por la Carta de las Naciones Unidas,”", "Después del tercer párrafo del preámbulo, debería insertarse un nuevo párrafo del preámbulo que diga: “Guiada por la Carta de las Naciones Unidas,”"],
		newOperative: ["Antes del párrafo 1 de la parte dispositiva, insértese un nuevo párrafo de la parte dispositiva que diga: “Reafirma su compromiso;”", "Antes del párrafo 1 de la parte dispositiva, debería insertarse un nuevo párrafo de la parte dispositiva que diga: “Reafirma su compromiso;”"],
		subParagraph: ["En el apartado b) del párrafo 2 de la parte dispositiva, sustitúyanse las palabras “personas desplazadas” por las palabras “desplazados internos”.", "En el apartado b) del párrafo 2 de la parte dispositiva, las palabras “personas desplazadas” deberían sustituirse por “desplazados internos”."],
		secondLevel: ["Suprímase el inciso i) del apartado c) del párrafo 3 de la parte dispositiva.", "El inciso i) del apartado c) del párrafo 3 de la parte dispositiva debería suprimirse."],
		section: ["En el párrafo 1 de la parte dispositiva de la sección B, suprímanse las palabras “con preocupación”.", "En el párrafo 1 de la parte dispositiva de la sección B, las palabras “con preocupación” deberían suprimirse."],
		renumber: ["Renumérense los párrafos siguientes en consecuencia.", "Por último, sería necesario renumerar los párrafos siguientes."],
	},
};

suite('amendments: every operation of the formula table, written and read back', () => {
	for (const lang of ['en', 'fr', 'es'] as const) {
		for (const [name, make] of Object.entries(OPERATIONS)) {
			const op = make(WORDS[lang]);
			(['amendment', 'oral'] as const).forEach((style, k) => {
				test(`${lang} ${style}: ${name}`, () => {
					const sentence = formula(op, lang, style);
					assert.equal(sentence, SENTENCES[lang][name][k]);
					const read = parseAmendment(sentence);
					assert.equal(read.length, 1, 'one instruction');
					assert.equal(read[0].lang, lang, 'the language is recognised');
					assert.deepEqual(read[0].op, op);
				});
			});
		}
	}

	test('the table is complete: every operation in every language and style', () => {
		for (const lang of ['en', 'fr', 'es'] as const) {
			assert.deepEqual(Object.keys(SENTENCES[lang]), Object.keys(OPERATIONS));
		}
	});

	// The sentences applied to the small drafts of helpers.ts: what each does to the paragraphs.
	const EFFECT: Record<string, (lang: 'en' | 'fr' | 'es', p: { preamble: string[]; operative: string[] }) => void> = {
		replaceWords: (l, p) => assert.ok(p.operative[0].startsWith(WORDS[l].b)),
		replaceParagraph: (l, p) => assert.equal(p.operative[3], WORDS[l].p),
		deleteWords: (l, p) => assert.ok(!p.preamble[1].includes(WORDS[l].c) && p.preamble.length === 3),
		deleteParagraphs: (_, p) => assert.deepEqual([p.preamble.length, p.operative.length], [2, 3]),
		insertAfter: (l, p) => assert.ok(p.operative[0].includes(`${WORDS[l].anchor} ${WORDS[l].i}`)),
		insertBefore: (l, p) => assert.ok(p.operative[0].includes(`${WORDS[l].i} ${WORDS[l].law}`)),
		addAtEnd: (l, p) => assert.ok(p.preamble[2].endsWith(`${WORDS[l].end},`)),
		newPreambular: (l, p) => assert.equal(p.preamble[3], WORDS[l].pp),
		newOperative: (l, p) => assert.deepEqual([p.operative[0], p.operative.length], [WORDS[l].op, 5]),
		subParagraph: (l, p) => assert.ok(p.operative[1].includes(WORDS[l].s2)),
	};
	for (const lang of ['en', 'fr', 'es'] as const) {
		for (const [name, effect] of Object.entries(EFFECT)) {
			test(`${lang}: ${name} applied to the draft, in both forms`, () => {
				for (const sentence of SENTENCES[lang][name]) {
					const r = applyAmendment(DRAFTS[lang], sentence);
					assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), ['applied'], sentence);
					effect(lang, paragraphs(r.text));
				}
			});
		}
	}
});
