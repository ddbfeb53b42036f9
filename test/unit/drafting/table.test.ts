import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
	closestForm, counterpart, entriesOf, formFor, kindsOf, LEAD_ENTRIES, LEAD_LANGS, matchLead, modifierPosition, withModifier, type LeadLang,
} from '../../../server/src/leadPhrases/index';
import { LEAD_ROWS } from '../../../server/src/leadPhrases/table';
import { parse } from '../../../server/src/parser/parse';
import { requireShared, SHARED } from '../../helpers/paths';

const VERBS = path.join(SHARED, 'research', 'verbs.tsv');

/** The text of every form of an entry in a language, both genders. */
const texts = (lang: LeadLang, e: (typeof LEAD_ENTRIES)[number]) => e.forms[lang].map((f) => f.text);

suite('lead-phrase table', () => {
	test('every entry has English, French and Spanish, a note and a unique id', () => {
		const ids = LEAD_ENTRIES.map((e) => e.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const e of LEAD_ENTRIES) {
			for (const lang of LEAD_LANGS) {
				assert.ok(e.forms[lang].length > 0, `${e.id} in ${lang}`);
			}
			assert.ok(e.note.length > 3, `${e.id} has a note`);
		}
	});

	test('size: preambular and operative entries, rows from verbs.tsv, the corpus and usage', () => {
		const count = (kind: string, src?: string) => LEAD_ROWS.filter((r) => r.kind === kind && (!src || r.src === src)).length;
		assert.equal(count('preambular', 'tsv'), 54);
		assert.equal(count('operative', 'tsv'), 51);
		assert.ok(count('preambular') >= 70 && count('operative') >= 70, `${count('preambular')} preambular, ${count('operative')} operative`);
	});

	test('every row of ../shared/research/verbs.tsv is in the table with its three renderings, and its uncertain rows stay marked', function () {
		requireShared(this, VERBS);
		const rows = readFileSync(VERBS, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
		assert.equal(rows.length, 105);
		let uncertain = 0;
		for (const [kind, en, fr, es, note] of rows) {
			const entry = LEAD_ENTRIES.find((e) => e.kind === kind && e.src === 'tsv' && texts('en', e).includes(en));
			assert.ok(entry, `${kind} ${en}`);
			assert.ok(texts('fr', entry).includes(fr), `${en}: FR ${fr} in ${texts('fr', entry).join(', ')}`);
			assert.ok(texts('es', entry).includes(es), `${en}: ES ${es} in ${texts('es', entry).join(', ')}`);
			if (/uncertain/i.test(note)) {
				uncertain++;
				assert.ok(entry.uncertain.length > 0, `${en} stays marked uncertain`);
			}
		}
		assert.equal(uncertain, 29);
		assert.equal(LEAD_ENTRIES.filter((e) => e.src === 'tsv' && e.uncertain.length > 0).length, 29, 'no tsv row is marked uncertain that the research did not mark');
	});

	test('French and Spanish forms that agree with the organ come in pairs: feminine for the Assembly, masculine for the Councils', () => {
		const concerned = LEAD_ENTRIES.find((e) => e.id === 'concerned')!;
		assert.equal(formFor(concerned, 'fr', 'f').text, 'Préoccupée');
		assert.equal(formFor(concerned, 'fr', 'm').text, 'Préoccupé');
		assert.equal(formFor(concerned, 'es', 'm').text, 'Preocupado');
		assert.equal(formFor(concerned, 'en', 'm').text, 'Concerned');
		for (const e of LEAD_ENTRIES) {
			for (const lang of LEAD_LANGS) {
				for (const f of e.forms[lang].filter((x) => x.gender)) {
					assert.ok(e.forms[lang].some((o) => o.text === f.other && o.gender !== f.gender), `${f.text} has its ${f.gender === 'f' ? 'masculine' : 'feminine'} ${f.other}`);
				}
			}
		}
	});

	test('reading lead phrases: also/further anywhere in the phrase, optional prepositions, long formulas by their opening', () => {
		const read = (text: string, lang: LeadLang) => {
			const m = matchLead(text, 0, lang)!;
			return { phrase: text.slice(m.span.start, m.span.end), key: m.key, modifier: m.modifier?.type, known: m.forms.length > 0 };
		};
		assert.deepEqual(read('*Rappelant également* l’Accord', 'fr'), { phrase: 'Rappelant également', key: 'rappelant', modifier: 'also', known: true });
		assert.deepEqual(read('Also requests the Secretary-General', 'en'), { phrase: 'Also requests', key: 'requests', modifier: 'also', known: true });
		assert.deepEqual(read('Commends once again the articles', 'en'), { phrase: 'Commends once again', key: 'commends', modifier: 'again', known: true });
		assert.deepEqual(read('Taking note also of the report', 'en'), { phrase: 'Taking note also of', key: 'taking note of', modifier: 'also', known: true });
		assert.deepEqual(read('Takes note of further progress', 'en'), { phrase: 'Takes note of', key: 'takes note of', modifier: undefined, known: true });
		assert.deepEqual(read('Prenant note des efforts', 'fr'), { phrase: 'Prenant note', key: 'prenant note', modifier: undefined, known: true });
		assert.deepEqual(read('Rappelant en outre toutes les résolutions', 'fr'), { phrase: 'Rappelant en outre', key: 'rappelant', modifier: 'further', known: true });
		assert.deepEqual(read('Acting under Chapter VII of the Charter,', 'en'), { phrase: 'Acting under Chapter VII of the Charter', key: 'acting under chapter vii of the charter', modifier: undefined, known: true });
		assert.deepEqual(read('Tomando nota también del informe', 'es'), { phrase: 'Tomando nota también', key: 'tomando nota', modifier: 'also', known: true });
		assert.deepEqual(read('We, the Heads of State', 'en'), { phrase: 'We', key: 'we', modifier: undefined, known: false });
		// `Consciente en outre` is the research's rendering of `Recognizing further`.
		assert.equal(entriesOf(matchLead('Consciente en outre que', 0, 'fr')!)[0].id, 'recognizing-further');
		assert.deepEqual([...kindsOf(matchLead('Souligne', 0, 'fr')!)], ['operative']);
	});

	test('also/further go where each language puts them', () => {
		assert.equal(withModifier('Recalling', 'en', 'preambular', 'also'), 'Recalling also');
		assert.equal(withModifier('Requests', 'en', 'operative', 'also'), 'Also requests');
		assert.equal(withModifier('Taking note of', 'en', 'preambular', 'also'), 'Taking note also of');
		assert.equal(withModifier('Deeply concerned', 'en', 'preambular', 'also'), 'Deeply concerned also');
		assert.equal(withModifier('Rappelant', 'fr', 'preambular', 'further'), 'Rappelant en outre');
		assert.equal(withModifier('Prie', 'fr', 'operative', 'also'), 'Prie également');
		assert.equal(withModifier('Se félicite de', 'fr', 'operative', 'also'), 'Se félicite également de');
		assert.equal(withModifier('Prenant note de', 'fr', 'preambular', 'also'), 'Prenant note également de');
		assert.equal(withModifier('Solicita', 'es', 'operative', 'also'), 'Solicita también');
		assert.equal(withModifier('Tomando nota de', 'es', 'preambular', 'also'), 'Tomando nota también de');
		assert.equal(withModifier('Acogiendo con beneplácito', 'es', 'preambular', 'further'), 'Acogiendo con beneplácito además');
		assert.equal(modifierPosition(['Recordando'], 'es', 'preambular'), 1);
	});

	test('a participle and its operative verb are counterparts', () => {
		const id = (x: string) => LEAD_ENTRIES.find((e) => e.id === x)!;
		assert.equal(counterpart(id('recalling'))?.id, 'recalls');
		assert.equal(counterpart(id('recalls'))?.id, 'recalling');
		assert.equal(counterpart(id('taking-note-of'))?.id, 'takes-note-of');
		assert.equal(counterpart(id('noting'))?.id, 'notes');
		assert.equal(counterpart(id('welcoming'))?.id, 'welcomes');
		assert.equal(counterpart(id('calling-upon'))?.id, 'calls-upon');
		assert.equal(counterpart(id('convinced')), undefined);
	});

	test('the closest known phrase to a misspelt one, of the right kind and gender', () => {
		assert.equal(closestForm(['Recaling'], 'en', 'preambular', undefined)?.words, 'Recalling');
		assert.equal(closestForm(['Requets'], 'en', 'operative', undefined)?.words, 'Requests');
		assert.equal(closestForm(['Convaicue'], 'fr', 'preambular', 'f')?.words, 'Convaincue');
		assert.equal(closestForm(['Convaicu'], 'fr', 'preambular', 'm')?.words, 'Convaincu');
		assert.equal(closestForm(['Banana'], 'en', 'operative', undefined), undefined);
	});
});

suite('lead phrases in the parsed document', () => {
	test('the verb after “once again” belongs to the lead (document outline)', () => {
		const doc = parse('The General Assembly,\n\nRecalling its resolution 79/1,\n\n1. Once again urges States to act;\n\n2. Decides to remain seized of the matter.\n');
		assert.deepEqual(doc.operativeParts[0].paragraphs.map((p) => p.lead?.value), ['Once again urges', 'Decides']);
	});
});
