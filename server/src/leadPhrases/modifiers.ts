import type { LeadKind, LeadLang } from './table';
import { capitalize, lowerFirst, normWord, splitWords } from './words';

// also / further / once again: recognised inside a phrase, and put in their place when a fix writes one.

export type ModifierType = 'also' | 'further' | 'again';

interface ModifierWords {
	readonly type: ModifierType;
	readonly words: readonly string[];
}

/** also = également = también; further = en outre = además; once again = de nouveau = nuevamente. */
const MODIFIERS: Readonly<Record<LeadLang, readonly ModifierWords[]>> = {
	en: [
		{ type: 'again', words: ['once', 'again'] },
		{ type: 'also', words: ['also'] },
		{ type: 'further', words: ['further'] },
		{ type: 'again', words: ['again'] },
	],
	fr: [
		{ type: 'further', words: ['en', 'outre'] },
		{ type: 'again', words: ['de', 'nouveau'] },
		{ type: 'again', words: ['à', 'nouveau'] },
		{ type: 'also', words: ['également'] },
		{ type: 'also', words: ['aussi'] },
	],
	es: [
		{ type: 'again', words: ['una', 'vez', 'más'] },
		{ type: 'again', words: ['de', 'nuevo'] },
		{ type: 'also', words: ['también'] },
		{ type: 'also', words: ['asimismo'] },
		{ type: 'further', words: ['además'] },
		{ type: 'again', words: ['nuevamente'] },
	],
};

/** How each language writes the modifier the fixes and completions add. */
export const MODIFIER_WORD: Readonly<Record<LeadLang, Readonly<Record<ModifierType, string>>>> = {
	en: { also: 'also', further: 'further', again: 'once again' },
	fr: { also: 'également', further: 'en outre', again: 'de nouveau' },
	es: { also: 'también', further: 'además', again: 'nuevamente' },
};

/** Whether a word may open an also/further at a phrase's start (a quick test before the phrase is read). */
export function mayOpenModifier(norm: string, lang: LeadLang): boolean {
	return MODIFIERS[lang].some((m) => m.words[0] === norm);
}

export function modifierAt(norms: readonly string[], i: number, lang: LeadLang): ModifierWords | undefined {
	for (const m of MODIFIERS[lang]) {
		let k = 0;
		while (k < m.words.length && norms[i + k] === m.words[k]) {
			k++;
		}
		if (k === m.words.length) {
			return m;
		}
	}
	return undefined;
}

/** Removes also/further words: the core words and the modifiers found, by position. */
export function stripModifiers(norms: readonly string[], lang: LeadLang): { core: number[]; mods: { type: ModifierType; from: number; to: number }[] } {
	const core: number[] = [];
	const mods: { type: ModifierType; from: number; to: number }[] = [];
	for (let i = 0; i < norms.length;) {
		// `de`/`en` only count as a modifier when the whole modifier is there (`en outre`, `de nouveau`).
		const m = i > 0 || lang === 'en' || lang === 'es' ? modifierAt(norms, i, lang) : undefined;
		if (m) {
			mods.push({ type: m.type, from: i, to: i + m.words.length });
			i += m.words.length;
		} else {
			core.push(i);
			i++;
		}
	}
	return { core, mods };
}


/** Words at the start of a phrase after which also/further goes (`Taking note` | `also of`). */
const HEADS: Readonly<Record<LeadLang, readonly string[]>> = {
	en: ['taking note', 'bearing in mind', 'taking into account', 'taking into consideration', 'having regard', 'fully aware', 'deeply concerned', 'gravely concerned', 'seriously concerned', 'deeply convinced', 'strongly convinced', 'strongly condemning'],
	fr: ['prenant note', 'tenant compte', 'ayant à l\'esprit', 'eu égard', 'prend note', 'prend acte', 'prenant acte'],
	es: ['tomando nota', 'toma nota', 'teniendo presente', 'teniendo presentes', 'teniendo en cuenta', 'acogiendo con beneplácito', 'acoge con beneplácito', 'poniendo de relieve', 'pone de relieve', 'haciendo notar', 'hace suyo', 'hace suya', 'hace suyos', 'hace suyas'],
};
const LEADING_ADVERBS = new Set([
	'deeply', 'gravely', 'seriously', 'strongly', 'firmly', 'fully', 'profondément', 'gravement', 'sérieusement', 'fermement', 'vivement', 'pleinement',
	'profundamente', 'gravemente', 'seriamente', 'firmemente', 'plenamente', 'se', "s'",
]);

/**
 * How many of a phrase's words come before also/further: English operative verbs take it in front
 * (`Also requests`), everything else after the participle or verb (`Recalling also`, `Prie également`,
 * `Taking note also of`, `Tomando nota también de`, `Se félicitant également`).
 */
export function modifierPosition(words: readonly string[], lang: LeadLang, kind: LeadKind): number {
	if (lang === 'en' && kind === 'operative') {
		return 0;
	}
	const norms = words.map(normWord);
	const joined = norms.join(' ');
	for (const head of HEADS[lang]) {
		if (joined === head || joined.startsWith(`${head} `)) {
			return Math.min(splitWords(head).length, norms.length);
		}
	}
	let n = 1;
	while (n < norms.length && LEADING_ADVERBS.has(norms[n - 1])) {
		n++;
	}
	return Math.min(n, norms.length);
}

/** Writes a phrase with also/further in its place for the language: `Recalling` → `Recalling also`, `Requests` → `Also requests`. */
export function withModifier(phrase: string, lang: LeadLang, kind: LeadKind, type: ModifierType): string {
	const words = splitWords(phrase);
	const at = modifierPosition(words, lang, kind);
	const mod = MODIFIER_WORD[lang][type];
	if (at === 0) {
		return [capitalize(mod), lowerFirst(words[0]), ...words.slice(1)].join(' ');
	}
	return [...words.slice(0, at), mod, ...words.slice(at)].join(' ');
}
