import * as assert from 'node:assert/strict';
import { applyAmendment } from '../../../server/src/amendments/apply';
import { COMPOSITE, DRAFTS, numbers, paragraphs } from './helpers';

/**
 * Every operation of the formula table (research/amendments.md §2) in English, French and Spanish, applied to a
 * small draft in that language: the paragraphs after the amendment, and the numbers and references renumbered.
 */
interface Case {
	readonly name: string;
	readonly amendment: string;
	readonly check: (p: { preamble: string[]; operative: string[] }, text: string) => void;
}

const CASES: Record<'en' | 'fr' | 'es', Case[]> = {
	en: [
		{ name: 'replace words', amendment: 'In operative paragraph 1, replace “Urges” with “Encourages”.', check: (p) => assert.equal(p.operative[0], 'Encourages all States to respect international law;') },
		{ name: 'replace, 1948 form', amendment: 'Substitute the word “seized” for “remain” in paragraph 4 so that the paragraph will read: “Decides to seized …”', check: (p) => assert.equal(p.operative[3], 'Decides to seized seized of the matter.') },
		{ name: 'delete words', amendment: 'In the second preambular paragraph, delete “with concern”.', check: (p) => assert.equal(p.preamble[1], 'Noting the situation of persons displaced by conflict,') },
		{ name: 'insert after', amendment: 'In operative paragraph 1, after “respect” insert “and ensure respect for”.', check: (p) => assert.equal(p.operative[0], 'Urges all States to respect and ensure respect for international law;') },
		{ name: 'insert before', amendment: 'In operative paragraph 1, before “international law” insert “applicable”.', check: (p) => assert.equal(p.operative[0], 'Urges all States to respect applicable international law;') },
		{ name: 'add at the end', amendment: 'At the end of the third preambular paragraph, add “on the matter”.', check: (p) => assert.equal(p.preamble[2], 'Welcoming the report of the Secretary-General on the matter,') },
		{ name: 'sub-paragraph target', amendment: 'In operative paragraph 2 (b), replace “displaced persons” with “internally displaced persons”.', check: (p) => assert.match(p.operative[1], /\(b\) Data collection on internally displaced persons;$/) },
		{ name: 'whole paragraph', amendment: 'Amend operative paragraph 4 to read as follows: “Decides to continue its consideration of the matter.”', check: (p) => assert.equal(p.operative[3], 'Decides to continue its consideration of the matter.') },
		{
			name: 'delete paragraphs of both parts in one sentence',
			amendment: 'Delete the first preambular paragraph and operative paragraph 1.',
			check: (p, t) => {
				assert.equal(p.preamble.length, 2);
				assert.deepEqual(numbers(t), [1, 2, 3]);
				assert.equal(p.operative[1], 'Requests the Secretary-General to report on the implementation of paragraph 1 above;');
			},
		},
		{
			name: 'new operative paragraph, unquoted block',
			amendment: 'After operative paragraph 1, insert a new operative paragraph, reading:\n\nCalls upon States to cooperate;\n',
			check: (p, t) => {
				assert.equal(p.operative[1], 'Calls upon States to cooperate;');
				assert.deepEqual(numbers(t), [1, 2, 3, 4, 5]);
				assert.match(p.operative[3], /paragraph 3 above;$/);
			},
		},
		{ name: 'new preambular paragraph before', amendment: 'Before the first preambular paragraph, insert a new preambular paragraph reading: “Guided by the Charter of the United Nations,”', check: (p) => assert.equal(p.preamble[0], 'Guided by the Charter of the United Nations,') },
		{ name: 'renumbering sentence', amendment: 'Finally, it would be necessary to renumber all subsequent paragraphs.', check: (p) => assert.equal(p.operative.length, 4) },
	],
	fr: [
		{ name: 'remplacer', amendment: 'Au paragraphe 1 du dispositif, remplacer le mot « Exhorte » par le mot « Encourage ».', check: (p) => assert.equal(p.operative[0], 'Encourage tous les États à respecter le droit international ;') },
		{ name: 'supprimer des mots', amendment: 'Au deuxième alinéa du préambule, supprimer les mots « avec préoccupation ».', check: (p) => assert.equal(p.preamble[1], 'Notant la situation des personnes déplacées par les conflits,') },
		{ name: 'insérer après', amendment: 'Au paragraphe 1 du dispositif, insérer, après le mot « respecter », les mots « et faire respecter ».', check: (p) => assert.equal(p.operative[0], 'Exhorte tous les États à respecter et faire respecter le droit international ;') },
		{ name: 'insérer avant', amendment: 'Au paragraphe 1 du dispositif, insérer, avant les mots « le droit », le mot « pleinement ».', check: (p) => assert.equal(p.operative[0], 'Exhorte tous les États à respecter pleinement le droit international ;') },
		{ name: 'ajouter à la fin', amendment: 'À la fin du troisième alinéa du préambule, ajouter les mots « sur la question ».', check: (p) => assert.equal(p.preamble[2], 'Se félicitant du rapport du Secrétaire général sur la question,') },
		{ name: 'alinéa d’un paragraphe', amendment: 'Au paragraphe 2 b) du dispositif, remplacer les mots « personnes déplacées » par les mots « déplacés internes ».', check: (p) => assert.match(p.operative[1], /b\) La collecte de données sur les déplacés internes ;$/) },
		{ name: 'texte entier', amendment: 'Remplacer le texte du paragraphe 4 du dispositif par le texte suivant : « Décide de poursuivre l’examen de la question. »', check: (p) => assert.equal(p.operative[3], 'Décide de poursuivre l’examen de la question.') },
		{
			name: 'supprimer des paragraphes',
			amendment: 'Supprimer le premier alinéa du préambule et le paragraphe 1 du dispositif.',
			check: (p, t) => {
				assert.equal(p.preamble.length, 2);
				assert.deepEqual(numbers(t), [1, 2, 3]);
				assert.match(p.operative[1], /du paragraphe 1 ci-dessus ;$/);
			},
		},
		{ name: 'nouveau paragraphe', amendment: 'Après le paragraphe 1 du dispositif, insérer un nouveau paragraphe ainsi libellé : « Demande aux États de coopérer ; »', check: (p, t) => { assert.equal(p.operative[1], 'Demande aux États de coopérer ;'); assert.deepEqual(numbers(t), [1, 2, 3, 4, 5]); } },
		{ name: 'nouvel alinéa', amendment: 'Après le troisième alinéa du préambule, insérer un nouvel alinéa ainsi libellé : « Guidée par la Charte des Nations Unies, »', check: (p) => assert.equal(p.preamble[3], 'Guidée par la Charte des Nations Unies,') },
		{ name: 'révision orale', amendment: 'Au paragraphe 1 du dispositif, le mot « Exhorte » devrait être remplacé par le mot « Invite ».\nEnfin, il conviendrait de renuméroter les paragraphes suivants.', check: (p) => assert.match(p.operative[0], /^Invite tous/) },
	],
	es: [
		{ name: 'sustitúyase', amendment: 'En el párrafo 1 de la parte dispositiva, sustitúyase la palabra “Exhorta” por la palabra “Alienta”.', check: (p) => assert.equal(p.operative[0], 'Alienta a todos los Estados a que respeten el derecho internacional;') },
		{ name: 'suprímanse palabras', amendment: 'En el segundo párrafo del preámbulo, suprímanse las palabras “con preocupación”.', check: (p) => assert.equal(p.preamble[1], 'Observando la situación de las personas desplazadas por los conflictos,') },
		{ name: 'insértense después', amendment: 'En el párrafo 1 de la parte dispositiva, después de la palabra “respeten”, insértense las palabras “y hagan respetar”.', check: (p) => assert.equal(p.operative[0], 'Exhorta a todos los Estados a que respeten y hagan respetar el derecho internacional;') },
		{ name: 'añádase al final', amendment: 'Al final del tercer párrafo del preámbulo, añádanse las palabras “sobre la cuestión”.', check: (p) => assert.equal(p.preamble[2], 'Acogiendo con beneplácito el informe del Secretario General sobre la cuestión,') },
		{ name: 'apartado de un párrafo', amendment: 'En el apartado b) del párrafo 2 de la parte dispositiva, sustitúyanse las palabras “personas desplazadas” por las palabras “desplazados internos”.', check: (p) => assert.match(p.operative[1], /b\) Recopilación de datos sobre las desplazados internos;$/) },
		{ name: 'texto entero', amendment: 'Modifíquese el párrafo 4 de la parte dispositiva para que diga: “Decide seguir examinando la cuestión.”', check: (p) => assert.equal(p.operative[3], 'Decide seguir examinando la cuestión.') },
		{
			name: 'suprímanse párrafos',
			amendment: 'Suprímanse el primer párrafo del preámbulo y el párrafo 1 de la parte dispositiva.',
			check: (p, t) => {
				assert.equal(p.preamble.length, 2);
				assert.deepEqual(numbers(t), [1, 2, 3]);
				assert.match(p.operative[1], /del párrafo 1 supra;$/);
			},
		},
		{ name: 'nuevo párrafo antes', amendment: 'Antes del párrafo 1 de la parte dispositiva, insértese un nuevo párrafo de la parte dispositiva que diga: “Reafirma su compromiso;”', check: (p, t) => { assert.equal(p.operative[0], 'Reafirma su compromiso;'); assert.deepEqual(numbers(t), [1, 2, 3, 4, 5]); } },
		{ name: 'nuevo párrafo del preámbulo', amendment: 'Después del decimocuarto párrafo del preámbulo, insértese un nuevo párrafo del preámbulo que diga: “Guiada por la Carta,”', check: () => undefined },
		{ name: 'revisión oral, párrafo preambular 3', amendment: 'En el párrafo preambular 3, la palabra “informe” debería sustituirse por “informe anual”.', check: (p) => assert.match(p.preamble[2], /el informe anual del/) },
	],
};

suite('amendments: apply every formula', () => {
	for (const lang of ['en', 'fr', 'es'] as const) {
		for (const c of CASES[lang]) {
			test(`${lang}: ${c.name}`, () => {
				const r = applyAmendment(DRAFTS[lang], c.amendment);
				assert.ok(r.results.length > 0, 'an instruction is read');
				if (c.name === 'nuevo párrafo del preámbulo') {
					// The draft has three preambular paragraphs: the fourteenth is reported, nothing changes.
					assert.equal(r.results[0].applied, false);
					assert.deepEqual(r.results[0].problem, { kind: 'noParagraph', ref: 'PP14' });
					assert.equal(r.text, DRAFTS[lang]);
					return;
				}
				assert.deepEqual(r.results.filter((x) => !x.applied).map((x) => x.problem), []);
				c.check(paragraphs(r.text), r.text);
			});
		}
	}

	test('words found twice or not at all are reported, and the other instructions still apply', () => {
		const r = applyAmendment(DRAFTS.en, '1. In operative paragraph 2, replace “on” with “about”.\n2. In operative paragraph 1, delete “never”.\n3. In operative paragraph 9, delete “all”.\n4. In operative paragraph 1, replace “Urges” with “Invites”.');
		assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), ['foundTwice', 'notFound', 'noParagraph', 'applied']);
		const p = paragraphs(r.text);
		assert.match(p.operative[0], /^Invites all States/);
		assert.match(p.operative[1], /on displacement/);
	});

	test('two instructions on the same words: the second is refused', () => {
		const r = applyAmendment(DRAFTS.en, '1. In operative paragraph 1, replace “Urges” with “Invites”.\n2. In operative paragraph 1, delete “Urges all”.');
		assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), ['applied', 'conflict']);
	});

	test('the last operative paragraph deleted: the one before ends with a full stop', () => {
		const r = applyAmendment(DRAFTS.en, 'Delete operative paragraph 4.');
		assert.equal(paragraphs(r.text).operative[2], 'Requests the Secretary-General to report on the implementation of paragraph 2 above.');
	});

	test('second-level targets: el inciso i) del apartado b) del párrafo 2; a deleted one is relabelled away', () => {
		const draft = DRAFTS.es.replace('b) Recopilación de datos sobre las personas desplazadas;', 'b) Recopilación de datos:\n\ni) Sobre las personas desplazadas;\n\nii) Sobre las comunidades de acogida;');
		const words = applyAmendment(draft, 'En el inciso ii) del apartado b) del párrafo 2 de la parte dispositiva, sustitúyase la palabra “acogida” por las palabras “acogida y origen”.');
		assert.match(paragraphs(words.text).operative[1], /ii\) Sobre las comunidades de acogida y origen;$/);
		const gone = applyAmendment(draft, 'Suprímase el inciso i) del apartado b) del párrafo 2 de la parte dispositiva.');
		assert.deepEqual(gone.results.map((x) => x.applied), [true]);
		assert.match(paragraphs(gone.text).operative[1], /b\) Recopilación de datos: i\) Sobre las comunidades de acogida;$/);
	});

	test('an amendment text with no instruction changes nothing', () => {
		const r = applyAmendment(DRAFTS.en, 'United Nations\nA/C.3/80/L.99\nGeneral Assembly\n');
		assert.equal(r.results.length, 0);
		assert.equal(r.text, DRAFTS.en);
	});
});

suite('amendments: more forms of the table, sections and announcements', () => {
	test('"operative paragraph 1" in a text of two sections is ambiguous; naming the section resolves it (EN, FR, ES)', () => {
		const bare = applyAmendment(COMPOSITE.en, 'Delete operative paragraph 1.');
		assert.deepEqual(bare.results.map((x) => x.problem), [{ kind: 'ambiguous', ref: 'OP1' }]);
		assert.equal(bare.text, COMPOSITE.en);
		const cases = [
			['en', 'In section B, operative paragraph 1, replace “Welcomes” with “Commends”.', /^Commends the work/],
			['en', 'Delete operative paragraph 1 of section A.', /^Requests the Secretary-General/],
			['fr', 'Dans la section B, au paragraphe 1 du dispositif, remplacer le mot « Salue » par le mot « Félicite ».', /^Félicite le travail/],
			['fr', 'Supprimer le paragraphe 1 du dispositif de la section A.', /^Prie le Secrétaire général/],
			['es', 'En el párrafo 1 de la parte dispositiva de la sección B, sustitúyanse las palabras “Acoge con beneplácito” por la palabra “Encomia”.', /^Encomia la labor/],
			['es', 'Suprímase el párrafo 1 de la parte dispositiva de la sección A.', /^Solicita al Secretario General/],
		] as const;
		for (const [lang, amendment, expected] of cases) {
			const r = applyAmendment(COMPOSITE[lang], amendment);
			assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), ['applied'], amendment);
			const p = paragraphs(r.text).operative;
			assert.ok(p.some((t) => expected.test(t)), `${amendment} → ${p.join(' | ')}`);
		}
		// Deleting A's first paragraph renumbers A only: B still starts at 1.
		assert.deepEqual(numbers(applyAmendment(COMPOSITE.en, 'Delete operative paragraph 1 of section A.').text), [1, 1, 2]);
	});

	test('a sub-paragraph named before its paragraph: "l’alinéa b) du paragraphe 2", "subparagraph (b) of operative paragraph 2"', () => {
		for (const [lang, amendment] of [['fr', 'Supprimer l’alinéa b) du paragraphe 2 du dispositif.'], ['en', 'Delete subparagraph (b) of operative paragraph 2.'], ['es', 'Suprímase el apartado b) del párrafo 2 de la parte dispositiva.']] as const) {
			const r = applyAmendment(DRAFTS[lang], amendment);
			assert.deepEqual(r.results.map((x) => x.instruction.op), [{ kind: 'deleteParagraphs', targets: [{ part: 'operative', index: 2, subs: ['b'] }] }]);
			const p = paragraphs(r.text);
			assert.equal(p.operative.length, 4, 'the paragraph stays, without its sub-paragraph (b)');
			assert.doesNotMatch(p.operative[1], /\(?b\)/);
		}
	});

	test('the sentence that announces oral revisions is no instruction (EN, ES), and the one after it applies', () => {
		const en = applyAmendment(DRAFTS.en, 'At the same meeting, the representative of Liberia orally revised the draft resolution as follows:\n\nIn operative paragraph 1, replace “Urges” with “Encourages”.');
		assert.deepEqual(en.results.map((x) => x.problem?.kind ?? 'applied'), ['applied']);
		const es = applyAmendment(DRAFTS.es, 'En la misma sesión, el representante de Liberia revisó oralmente el proyecto de resolución de la manera que se indica a continuación:\n\nEn el párrafo 1 de la parte dispositiva, sustitúyase la palabra “Exhorta” por la palabra “Alienta”.');
		assert.deepEqual(es.results.map((x) => x.problem?.kind ?? 'applied'), ['applied']);
		assert.match(paragraphs(es.text).operative[0], /^Alienta a todos/);
	});

	test('whole paragraph in the spoken forms: "el párrafo preambular 3 debe leerse de la siguiente manera:" (Cuba), "devrait se lire comme suit"', () => {
		const es = applyAmendment(DRAFTS.es, 'El párrafo preambular 3 debe leerse de la siguiente manera:\n\nAcogiendo con beneplácito el informe anual del Secretario General,');
		assert.deepEqual(es.results.map((x) => x.problem?.kind ?? 'applied'), ['applied']);
		assert.equal(es.results[0].instruction.lang, 'es');
		assert.equal(paragraphs(es.text).preamble[2], 'Acogiendo con beneplácito el informe anual del Secretario General,');
		const fr = applyAmendment(DRAFTS.fr, 'Modifier le paragraphe 4 du dispositif comme suit : « Décide de poursuivre l’examen de la question. »');
		assert.equal(paragraphs(fr.text).operative[3], 'Décide de poursuivre l’examen de la question.');
	});

	test('1948: "Delete the first and second paragraphs of the preamble and substitute therefor the following:"', () => {
		const r = applyAmendment(DRAFTS.en, 'Delete the first and second paragraphs of the preamble and substitute therefor the following: “Guided by the Charter of the United Nations,”');
		assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), ['applied']);
		assert.deepEqual(paragraphs(r.text).preamble, ['Guided by the Charter of the United Nations,', 'Welcoming the report of the Secretary-General,']);
	});

	test('a whole paragraph rewritten keeps its note calls and line breaks where its words stay', () => {
		const draft = 'The General Assembly,\n\nRecalling the Paris Agreement,4 adopted under the\nUnited Nations Framework Convention on Climate Change,\n\n1. Decides to remain seized of the matter.\n\n__________________\n4 FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.\n';
		const r = applyAmendment(draft, 'Amend the first preambular paragraph to read as follows: “Recalling the Paris Agreement, adopted under the United Nations Framework Convention on Climate Change, and its goals,”');
		assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), ['applied']);
		assert.match(r.text, /Recalling the Paris Agreement,4 adopted under the\nUnited Nations Framework Convention on Climate Change, and its goals,\n/);
	});
});
