import { ordinalWord, type AmendLang } from './ordinals';
import { quote } from './quotes';
import type { Operation, ParaRef } from './types';

/**
 * The standard formulas of amendments (`amendment`, the L-document form) and oral revisions (`oral`, as read out),
 * per language — research/amendments.md §2. Every sentence written here is read back by instructions.ts.
 */
export type Style = 'amendment' | 'oral';

type Case = 'in' | 'the' | 'after' | 'before';

/** A reference in its grammatical setting: "In the third preambular paragraph", "Au paragraphe 2 du dispositif". */
export function refText(r: ParaRef, lang: AmendLang, setting: Case): string {
	const subs = (open: string) => r.subs.map((s) => (lang === 'en' ? ` (${s})` : ` ${s})`)).join('') + open;
	// A section (texts whose sections each number from 1) as in "in section III, paragraph 9" (A/RES/79/248).
	const section = r.part === 'operative' && r.section ? r.section : undefined;
	if (lang === 'fr') {
		const noun = r.part === 'preamble' ? `${ordinalWord(r.index, 'fr')} alinéa du préambule` : `paragraphe ${r.index}${subs('')} du dispositif`;
		if (section) {
			const of = `${noun} de la section ${section}`;
			return { in: `dans la section ${section}, au ${noun}`, the: `le ${of}`, after: `après le ${of}`, before: `avant le ${of}` }[setting];
		}
		return { in: `au ${noun}`, the: `le ${noun}`, after: `après le ${noun}`, before: `avant le ${noun}` }[setting];
	}
	if (lang === 'es') {
		let noun = r.part === 'preamble' ? `${ordinalWord(r.index, 'es')} párrafo del preámbulo` : `párrafo ${r.index} de la parte dispositiva`;
		if (r.part === 'operative' && r.subs.length > 0) {
			const [a, i] = r.subs;
			noun = `${i ? `inciso ${i}) del ` : ''}apartado ${a}) del ${noun}`;
		}
		noun += section ? ` de la sección ${section}` : '';
		return { in: `en el ${noun}`, the: `el ${noun}`, after: `después del ${noun}`, before: `antes del ${noun}` }[setting];
	}
	const noun = r.part === 'preamble' ? `the ${ordinalWord(r.index, 'en')} preambular paragraph` : `operative paragraph ${r.index}${subs('')}`;
	if (section) {
		const of = `${noun} of section ${section}`;
		return { in: `in section ${section}, ${noun}`, the: of, after: `after ${of}`, before: `before ${of}` }[setting];
	}
	return { in: `in ${noun}`, the: noun, after: `after ${noun}`, before: `before ${noun}` }[setting];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function list(items: string[], lang: AmendLang): string {
	const and = lang === 'fr' ? 'et' : lang === 'es' ? 'y' : 'and';
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** One sentence for one operation. */
export function formula(op: Operation, lang: AmendLang, style: Style): string {
	const q = (s: string) => quote(s, lang);
	const oral = style === 'oral';
	if (op.kind === 'renumber') {
		return oral
			? { en: 'Finally, it would be necessary to renumber all subsequent paragraphs.', fr: 'Enfin, il conviendrait de renuméroter les paragraphes suivants.', es: 'Por último, sería necesario renumerar los párrafos siguientes.' }[lang]
			: { en: 'Renumber the subsequent paragraphs accordingly.', fr: 'Renuméroter les paragraphes suivants en conséquence.', es: 'Renumérense los párrafos siguientes en consecuencia.' }[lang];
	}
	if (op.kind === 'deleteParagraphs') {
		const refs = list(op.targets.map((r) => refText(r, lang, 'the')), lang);
		const many = op.targets.length > 1;
		if (oral) {
			return cap(refs) + { en: ' should be deleted.', fr: many ? ' devraient être supprimés.' : ' devrait être supprimé.', es: many ? ' deberían suprimirse.' : ' debería suprimirse.' }[lang];
		}
		return { en: `Delete ${refs}.`, fr: `Supprimer ${refs}.`, es: `${many ? 'Suprímanse' : 'Suprímase'} ${refs}.` }[lang];
	}
	if (op.kind === 'insertParagraph') {
		const where = refText(op.anchor, lang, op.position);
		const pre = op.part === 'preamble';
		return op.texts.map((t) => {
			if (lang === 'fr') {
				const noun = pre ? 'un nouvel alinéa' : 'un nouveau paragraphe';
				return oral ? `${cap(noun)} devrait être inséré ${where}, ainsi libellé : ${q(t)}` : `${cap(where)}, insérer ${noun} ainsi libellé : ${q(t)}`;
			}
			if (lang === 'es') {
				const noun = `un nuevo párrafo ${pre ? 'del preámbulo' : 'de la parte dispositiva'}`;
				return oral ? `${cap(where)}, debería insertarse ${noun} que diga: ${q(t)}` : `${cap(where)}, insértese ${noun} que diga: ${q(t)}`;
			}
			const noun = `a new ${pre ? 'preambular' : 'operative'} paragraph`;
			return oral ? `${cap(noun)} should be inserted ${where}, reading: ${q(t)}` : `${cap(where)}, insert ${noun} reading: ${q(t)}`;
		}).join('\n');
	}
	const target = op.targets[0];
	if (op.kind === 'replaceParagraph') {
		const the = refText(target, lang, 'the');
		if (oral) {
			return `${cap(the)}${{ en: ' should read as follows:', fr: ' devrait se lire comme suit :', es: ' debería leerse de la siguiente manera:' }[lang]} ${q(op.text)}`;
		}
		return { en: `Amend ${the} to read as follows: ${q(op.text)}`, fr: `Remplacer le texte d${the.startsWith('le ') ? `u ${the.slice(3)}` : `e ${the}`} par le texte suivant : ${q(op.text)}`, es: `Modifíquese ${the} para que diga: ${q(op.text)}` }[lang];
	}
	const In = cap(refText(target, lang, 'in'));
	const words = (s: string) => (lang === 'fr' ? (/\s/.test(s) ? 'les mots' : 'le mot') : lang === 'es' ? (/\s/.test(s) ? 'las palabras' : 'la palabra') : /\s/.test(s) ? 'the words' : 'the word');
	const plural = (s: string) => /\s/.test(s);
	if (op.kind === 'replaceWords') {
		const { from, to } = op;
		if (oral) {
			return {
				en: `${In}, ${words(from)} ${q(from)} should be replaced by ${q(to)}.`,
				fr: `${In}, ${words(from)} ${q(from)} ${plural(from) ? 'devraient être remplacés' : 'devrait être remplacé'} par ${words(to)} ${q(to)}.`,
				es: `${In}, ${words(from)} ${q(from)} ${plural(from) ? 'deberían sustituirse' : 'debería sustituirse'} por ${q(to)}.`,
			}[lang];
		}
		return {
			en: `${In}, replace ${q(from)} with ${q(to)}.`,
			fr: `${In}, remplacer ${words(from)} ${q(from)} par ${words(to)} ${q(to)}.`,
			es: `${In}, ${plural(from) ? 'sustitúyanse' : 'sustitúyase'} ${words(from)} ${q(from)} por ${words(to)} ${q(to)}.`,
		}[lang];
	}
	if (op.kind === 'deleteWords') {
		const w = op.words;
		if (oral) {
			return {
				en: `${In}, ${words(w)} ${q(w)} should be deleted.`,
				fr: `${In}, ${words(w)} ${q(w)} ${plural(w) ? 'devraient être supprimés' : 'devrait être supprimé'}.`,
				es: `${In}, ${words(w)} ${q(w)} ${plural(w) ? 'deberían suprimirse' : 'debería suprimirse'}.`,
			}[lang];
		}
		return { en: `${In}, delete ${q(w)}.`, fr: `${In}, supprimer ${words(w)} ${q(w)}.`, es: `${In}, ${plural(w) ? 'suprímanse' : 'suprímase'} ${words(w)} ${q(w)}.` }[lang];
	}
	if (op.kind === 'addAtEnd') {
		const w = op.words;
		return {
			en: oral ? `${In}, ${words(w)} ${q(w)} should be added at the end.` : `At the end of ${refText(target, lang, 'the')}, add ${q(w)}.`,
			fr: oral
				? `À la fin d${refText(target, lang, 'the').replace(/^le /, 'u ')}, ${words(w)} ${q(w)} ${plural(w) ? 'devraient être ajoutés' : 'devrait être ajouté'}.`
				: `À la fin d${refText(target, lang, 'the').replace(/^le /, 'u ')}, ajouter ${words(w)} ${q(w)}.`,
			es: oral
				? `Al final d${refText(target, lang, 'the').replace(/^el /, 'el ')}, ${plural(w) ? 'deberían añadirse' : 'debería añadirse'} ${words(w)} ${q(w)}.`
				: `Al final d${refText(target, lang, 'the').replace(/^el /, 'el ')}, ${plural(w) ? 'añádanse' : 'añádase'} ${words(w)} ${q(w)}.`,
		}[lang];
	}
	const { anchor, position } = op;
	const w = op.words;
	const pos = { en: position, fr: position === 'after' ? 'après' : 'avant', es: position === 'after' ? 'después de' : 'antes de' }[lang];
	if (oral) {
		return {
			en: `${In}, ${words(w)} ${q(w)} should be inserted ${pos} ${q(anchor)}.`,
			fr: `${In}, ${words(w)} ${q(w)} ${plural(w) ? 'devraient être insérés' : 'devrait être inséré'} ${pos} ${words(anchor)} ${q(anchor)}.`,
			es: `${In}, ${words(w)} ${q(w)} ${plural(w) ? 'deberían insertarse' : 'debería insertarse'} ${pos} ${words(anchor)} ${q(anchor)}.`,
		}[lang];
	}
	return {
		en: `${In}, ${pos} ${q(anchor)} insert ${q(w)}.`,
		fr: `${In}, insérer, ${pos} ${words(anchor)} ${q(anchor)}, ${words(w)} ${q(w)}.`,
		es: `${In}, ${pos} ${words(anchor)} ${q(anchor)}, ${plural(w) ? 'insértense' : 'insértese'} ${words(w)} ${q(w)}.`,
	}[lang];
}
