import type { Body, Span } from '../model/document';
import { LEAD_ROWS, type LeadKind, type LeadLang, type LeadRow, type LeadSource } from './table';

export type { LeadKind, LeadLang, LeadSource } from './table';
export const LEAD_LANGS: readonly LeadLang[] = ['en', 'fr', 'es'];

/** Which form of a French or Spanish word agrees with the organ: the Assembly is feminine, the Councils masculine. */
export type Gender = 'f' | 'm';
export type ModifierType = 'also' | 'further' | 'again';

/** One way of writing an entry in one language. */
export interface LeadForm {
	readonly entry: LeadEntry;
	readonly lang: LeadLang;
	/** As in the table: `Préoccupée par`, `Bearing in mind`. */
	readonly text: string;
	/** Set when the form agrees with the organ and the other gender is written differently. */
	readonly gender?: Gender;
	/** The same form in the other gender. */
	readonly other?: string;
	/** The entry's first rendering in this language (or its counterpart of the other gender). */
	readonly main: boolean;
	/** Normalised words without also/further: what a text is matched against. */
	readonly core: readonly string[];
	/** An also/further written in the table form itself (`Recalling also`). */
	readonly modifier?: ModifierType;
}

export interface LeadEntry {
	readonly id: string;
	readonly kind: LeadKind;
	readonly note: string;
	readonly src: LeadSource;
	readonly uncertain: readonly LeadLang[];
	readonly sc: boolean;
	readonly forms: Readonly<Record<LeadLang, readonly LeadForm[]>>;
	/** The modifier written in the English form, when the entry is an also/further variant. */
	readonly modifier?: ModifierType;
}

const FEMININE_BODIES: readonly Body[] = ['GA'];

/** The gender a French or Spanish lead word takes in a text of this organ (unknown organ: no preference). */
export function genderOf(body: Body | undefined): Gender | undefined {
	return body === undefined ? undefined : FEMININE_BODIES.includes(body) ? 'f' : 'm';
}

// ---------------------------------------------------------------------------------------------
// Words

/** Normalises a word for comparison: NFC, lower case, typographic apostrophe. */
const ASCII = /^[\x00-\x7f]*$/;
const COMBINING = /[\u0300-\u036f]/;

export function normWord(w: string): string {
	// Most words are ASCII: no normalisation or apostrophe to change (a measurable share of the analysis).
	if (ASCII.test(w)) {
		return w.toLowerCase();
	}
	// Text typed or pasted is nearly always composed already: normalise only where a combining mark says otherwise.
	const lower = (COMBINING.test(w) ? w.normalize('NFC') : w).toLowerCase();
	return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/uy;
/** Between two words of a lead phrase: blanks, emphasis markers, one line break (hard-wrapped PDF text). */
const BETWEEN = /(?:[ \t\u00a0\u202f*_]|\r?\n(?![ \t]*\r?\n))*/y;

/** `-`, `'`, `’`. */
const TRAILING = new Set([0x2d, 0x27, 0x2019]);

export interface Token {
	readonly word: string;
	readonly norm: string;
	readonly start: number;
	readonly end: number;
}

/** The first words at `from` (after blanks and emphasis markers), up to `max`, stopping at anything else. */
export function tokensAt(text: string, from: number, limit = text.length, max = 16): Token[] {
	const out: Token[] = [];
	let at = from;
	// Sticky `test` moves lastIndex without building match arrays: this runs on every paragraph.
	for (;;) {
		BETWEEN.lastIndex = at;
		BETWEEN.test(text);
		const start = BETWEEN.lastIndex;
		if (out.length >= max || start >= limit) {
			break;
		}
		WORD.lastIndex = start;
		if (!WORD.test(text) || WORD.lastIndex > limit) {
			break;
		}
		let end = WORD.lastIndex;
		// `d'inscrire` stays one word; a trailing hyphen or apostrophe does not belong to it.
		while (TRAILING.has(text.charCodeAt(end - 1))) {
			end--;
		}
		const word = text.slice(start, end);
		out.push({ word, norm: normWord(word), start, end });
		at = end;
	}
	return out;
}

function splitWords(phrase: string): string[] {
	return phrase.split(/\s+/).filter((w) => w.length > 0);
}

// ---------------------------------------------------------------------------------------------
// also / further

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

function modifierAt(norms: readonly string[], i: number, lang: LeadLang): ModifierWords | undefined {
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
function stripModifiers(norms: readonly string[], lang: LeadLang): { core: number[]; mods: { type: ModifierType; from: number; to: number }[] } {
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

// ---------------------------------------------------------------------------------------------
// The table, compiled

/** Trailing words that belong to the formula but need not be written for the text to match it. */
const OPTIONAL_TAIL = new Set(['of', 'to', 'by', 'for', 'de', 'à', 'par', 'sur', 'a', 'por', 'con']);

const PLACEHOLDER = /\s*\[[^\]]*\].*$/;

function idOf(en: string): string {
	return normWord(en).replace(PLACEHOLDER, '').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
}

function compile(rows: readonly LeadRow[]): LeadEntry[] {
	const seen = new Map<string, number>();
	return rows.map((row) => {
		let id = idOf(Array.isArray(row.en) ? row.en[0] : (row.en as string));
		const n = seen.get(id) ?? 0;
		seen.set(id, n + 1);
		if (n > 0) {
			id = `${id}-${n + 1}`;
		}
		const forms: Record<LeadLang, LeadForm[]> = { en: [], fr: [], es: [] };
		const enFirst = splitWords(Array.isArray(row.en) ? row.en[0] : (row.en as string)).map(normWord);
		const entryModifier = stripModifiers(enFirst, 'en').mods[0]?.type;
		const entry: LeadEntry = {
			id, kind: row.kind, note: row.note, src: row.src, uncertain: row.uncertain ?? [], sc: row.sc === true, forms,
			...(entryModifier ? { modifier: entryModifier } : {}),
		};
		for (const lang of LEAD_LANGS) {
			const list = (Array.isArray(row[lang]) ? row[lang] : [row[lang]]) as readonly string[];
			list.forEach((spec, i) => {
				const [f, m] = spec.split('|');
				const make = (text: string, gender?: Gender, other?: string): LeadForm => {
					const words = splitWords(text.replace(PLACEHOLDER, '')).map(normWord);
					const { core, mods } = stripModifiers(words, lang);
					return {
						entry, lang, text, main: i === 0, core: core.map((k) => words[k]),
						...(gender ? { gender, other } : {}),
						...(mods[0] ? { modifier: mods[0].type } : {}),
					};
				};
				if (m !== undefined) {
					forms[lang].push(make(f, 'f', m), make(m, 'm', f));
				} else {
					forms[lang].push(make(f));
				}
			});
		}
		return entry;
	});
}

export const LEAD_ENTRIES: readonly LeadEntry[] = compile(LEAD_ROWS);

/** A word trie per language: a text is matched word by word and stops at the first word no formula has there. */
interface TrieNode {
	/** Forms whose core (or core without its optional tail, or a long prefix) ends here. */
	forms?: LeadForm[];
	readonly next: Map<string, TrieNode>;
}

let index: Record<LeadLang, TrieNode> | undefined;

function getIndex(): Record<LeadLang, TrieNode> {
	if (index) {
		return index;
	}
	const roots: Record<LeadLang, TrieNode> = { en: { next: new Map() }, fr: { next: new Map() }, es: { next: new Map() } };
	const add = (lang: LeadLang, words: readonly string[], form: LeadForm) => {
		let node = roots[lang];
		for (const w of words) {
			let child = node.next.get(w);
			if (!child) {
				child = { next: new Map() };
				node.next.set(w, child);
			}
			node = child;
		}
		if (!node.forms) {
			node.forms = [form];
		} else if (!node.forms.includes(form)) {
			node.forms.push(form);
		}
	};
	for (const entry of LEAD_ENTRIES) {
		for (const lang of LEAD_LANGS) {
			for (const form of entry.forms[lang]) {
				const core = form.core;
				add(lang, core, form);
				if (core.length > 1 && OPTIONAL_TAIL.has(core[core.length - 1])) {
					add(lang, core.slice(0, -1), form);
				}
				// `Acting under Chapter VII of the Charter,`: a long formula matches from its first four words.
				for (let k = 4; core.length >= 6 && k < core.length; k++) {
					add(lang, core.slice(0, k), form);
				}
			}
		}
	}
	index = roots;
	return index;
}

// ---------------------------------------------------------------------------------------------
// Matching a text

export interface LeadMatch {
	/** The phrase as written: from its first word to its last, modifiers inside included. */
	readonly span: Span;
	/** The words matched, modifiers excluded, in order. */
	readonly coreTokens: readonly Token[];
	/** All the words read at the paragraph start (the phrase and what follows). */
	readonly tokens: readonly Token[];
	/** Index in {@link tokens} after the phrase (and a modifier right after it). */
	readonly endToken: number;
	/** Normalised core words joined by a space: two paragraphs open alike when their keys are equal. */
	readonly key: string;
	/** Table forms with this core; empty when the phrase is not in the table. */
	readonly forms: readonly LeadForm[];
	/** The also/further of the text, if any. */
	readonly modifier?: { readonly type: ModifierType; readonly span: Span };
	readonly lang: LeadLang;
}

/**
 * Reads the lead phrase at `from` in a text of language `lang`: the longest table formula the opening words
 * match, also/further set aside (`Rappelant également`, `Also requests`, `Commends once again`). When no
 * formula matches, the first word stands for the phrase (`forms` is empty).
 */
export function matchLead(text: string, from: number, lang: LeadLang, limit = text.length): LeadMatch | undefined {
	// Most phrases are settled by their first words: read a few, and all sixteen only when the phrase may go on
	// (a modifier or a two-word lookahead could sit past what was read).
	const few = tokensAt(text, from, limit, FEW);
	const first = matchTokens(few, lang);
	// Settled when the text ended, or when the words that decide it (the walk's stop and a three-word modifier
	// after it) were all read. An unknown phrase reads on: its first plain words feed the spelling suggestion.
	if (few.length < FEW || (first.reach + 3 <= few.length && (first.match?.forms.length ?? 0) > 0)) {
		return first.match;
	}
	return matchTokens(tokensAt(text, from, limit), lang).match;
}

const FEW = 6;

function matchTokens(tokens: Token[], lang: LeadLang): { match: LeadMatch | undefined; reach: number } {
	if (tokens.length === 0) {
		return { match: undefined, reach: 0 };
	}
	const norms = tokens.map((t) => t.norm);
	const { core, mods } = stripModifiers(norms, lang);
	// The longest formula: walk the trie while the words go on, keep the last node that ends a formula.
	let matched = 0;
	let forms: LeadForm[] = [];
	let node: TrieNode | undefined = getIndex()[lang];
	let reach = tokens.length;
	for (let k = 0; k < core.length; k++) {
		node = node.next.get(norms[core[k]]);
		if (!node) {
			reach = core[k];
			break;
		}
		if (node.forms) {
			matched = k + 1;
			forms = node.forms;
		}
	}
	const count = Math.max(matched, 1);
	if (core.length === 0) {
		return { match: undefined, reach };
	}
	const lastCore = core[count - 1];
	// A modifier belongs to the phrase when it sits before its last word or right after it, not after a
	// preposition that ends the phrase (`Takes note of further progress`).
	const endsOpen = matched > 1 && OPTIONAL_TAIL.has(norms[lastCore]);
	const mod = mods.find((m) => m.from < lastCore || (m.from === lastCore + 1 && !endsOpen));
	const endToken = mod && mod.from > lastCore ? mod.to : lastCore + 1;
	const first = Math.min(core[0], mod?.from ?? core[0]);
	const coreTokens = core.slice(0, count).map((i) => tokens[i]);
	const match: LeadMatch = {
		span: { start: tokens[first].start, end: tokens[endToken - 1].end },
		coreTokens,
		tokens,
		endToken,
		key: coreTokens.map((t) => t.norm).join(' '),
		forms,
		...(mod ? { modifier: { type: mod.type, span: { start: tokens[mod.from].start, end: tokens[mod.to - 1].end } } } : {}),
		lang,
	};
	return { match, reach };
}

export function kindsOf(match: LeadMatch): Set<LeadKind> {
	return new Set(match.forms.map((f) => f.entry.kind));
}

/**
 * The entries a match stands for, best first: the one whose own modifier is the text's (`Recognizing further`
 * for `Consciente en outre`), then those whose main rendering the text is.
 */
export function entriesOf(match: LeadMatch, kind?: LeadKind): LeadEntry[] {
	const want = match.modifier?.type;
	const isMain = (e: LeadEntry) => e.forms[match.lang].some((f) => f.main && f.core.join(' ').startsWith(match.key));
	const rank = (e: LeadEntry) => (e.modifier === want ? 0 : e.modifier === undefined ? 2 : 4) + (isMain(e) ? 0 : 1);
	const entries = [...new Set(match.forms.filter((f) => !kind || f.entry.kind === kind).map((f) => f.entry))];
	return entries.sort((a, b) => rank(a) - rank(b));
}

// ---------------------------------------------------------------------------------------------
// Forms for writing

/** The form of an entry to write in `lang` for an organ: the main rendering, in the organ's gender. */
export function formFor(entry: LeadEntry, lang: LeadLang, gender: Gender | undefined): LeadForm {
	const forms = entry.forms[lang];
	const main = forms.filter((f) => f.main);
	return main.find((f) => f.gender === (gender ?? 'f')) ?? main.find((f) => !f.gender) ?? main[0] ?? forms[0];
}

/** A formula as a drafter types it: French and Spanish drop a trailing `de`/`à`/`a`, which contracts with what follows. */
export function typedText(form: LeadForm): string {
	const t = form.text.replace(PLACEHOLDER, '');
	return form.lang === 'en' ? t : t.replace(/\s+(?:de|à|a)$/u, '');
}

/** Writes `phrase` with or without its trailing preposition, as the text it replaces had it (`Takes note` | `of`). */
export function matchTail(phrase: string, match: LeadMatch): string {
	const last = match.coreTokens[match.coreTokens.length - 1]?.norm ?? '';
	const words = splitWords(phrase);
	const hasTail = words.length > 1 && OPTIONAL_TAIL.has(normWord(words[words.length - 1]));
	return hasTail && !OPTIONAL_TAIL.has(last) ? words.slice(0, -1).join(' ') : phrase;
}

/** The words of a match that are not its also/further. */
export function plainTokens(match: LeadMatch): Token[] {
	const mod = match.modifier?.span;
	return match.tokens.filter((t) => !mod || t.end <= mod.start || t.start >= mod.end);
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

export function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter of a word unless it is an acronym or a name in capitals. */
export function lowerFirst(s: string): string {
	return /^\p{Lu}\p{Ll}/u.test(s) || /^\p{Lu}$/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

// ---------------------------------------------------------------------------------------------
// Counterparts and suggestions

/** English stem of a lead word for pairing a participle with its verb: `Recalling`/`Recalls` → `recall`. */
function stems(word: string): string[] {
	const w = normWord(word);
	if (w.endsWith('ing')) {
		return [w.slice(0, -3), `${w.slice(0, -3)}e`];
	}
	if (w.endsWith('es')) {
		return [w.slice(0, -2), w.slice(0, -1)];
	}
	return w.endsWith('s') ? [w.slice(0, -1)] : [w];
}

let counterparts: Map<LeadEntry, LeadEntry> | undefined;

/** The operative verb of a preambular participle and the reverse: `Recalling` ↔ `Recalls`, `Taking note of` ↔ `Takes note of`. */
export function counterpart(entry: LeadEntry): LeadEntry | undefined {
	if (!counterparts) {
		counterparts = new Map();
		const keyOf = (e: LeadEntry) => {
			const words = splitWords(e.forms.en[0].text.replace(PLACEHOLDER, '')).map(normWord);
			return { first: stems(words[0]), rest: words.slice(1).join(' ') };
		};
		const operative = LEAD_ENTRIES.filter((e) => e.kind === 'operative' && !e.modifier);
		for (const pre of LEAD_ENTRIES.filter((e) => e.kind === 'preambular' && !e.modifier)) {
			const a = keyOf(pre);
			const op = operative.find((o) => {
				const b = keyOf(o);
				return b.rest === a.rest && b.first.some((s) => a.first.includes(s));
			});
			if (op) {
				counterparts.set(pre, op);
				if (!counterparts.has(op)) {
					counterparts.set(op, pre);
				}
			}
		}
	}
	return counterparts.get(entry);
}

function distance(a: string, b: string, cap: number): number {
	if (Math.abs(a.length - b.length) > cap) {
		return cap + 1;
	}
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			best = Math.min(best, row[j]);
		}
		if (best > cap) {
			return cap + 1;
		}
		prev = row;
	}
	return prev[b.length];
}

/**
 * The known phrase of `kind` closest to the opening words of an unknown lead (`Recaling` → `Recalling`,
 * `Requets` → `Requests`): a small spelling distance over as many words as the phrase has (its trailing
 * preposition aside). `count` is that number of words; `words` the phrase's own words to write instead.
 */
export function closestForm(words: readonly string[], lang: LeadLang, kind: LeadKind, gender: Gender | undefined): { form: LeadForm; count: number; words: string } | undefined {
	// The search compares with every form of the table: remembered, as a draft repeats its unknown openings.
	const key = `${lang}|${kind}|${gender ?? ''}|${words.join(' ')}`;
	if (closest.has(key)) {
		return closest.get(key);
	}
	if (closest.size > 5000) {
		closest.clear();
	}
	const found = searchClosest(words, lang, kind, gender);
	closest.set(key, found);
	return found;
}

const closest = new Map<string, ReturnType<typeof closestForm>>();

function searchClosest(words: readonly string[], lang: LeadLang, kind: LeadKind, gender: Gender | undefined): ReturnType<typeof closestForm> {
	const norms = words.map(normWord);
	let best: { form: LeadForm; d: number; count: number } | undefined;
	for (const entry of LEAD_ENTRIES) {
		if (entry.kind !== kind || entry.modifier) {
			continue;
		}
		for (const form of entry.forms[lang]) {
			if ((form.gender && gender && form.gender !== gender) || form.modifier) {
				continue;
			}
			const core = form.core.length > 1 && OPTIONAL_TAIL.has(form.core[form.core.length - 1]) ? form.core.slice(0, -1) : form.core;
			if (core.length > norms.length) {
				continue;
			}
			const target = core.join(' ');
			const typed = norms.slice(0, core.length).join(' ');
			const cap = Math.min(3, Math.floor(target.length / 4));
			const d = distance(typed, target, cap);
			if (d > 0 && d <= cap && (!best || d < best.d || (d === best.d && form.main && !best.form.main))) {
				best = { form, d, count: core.length };
			}
		}
	}
	return best && { form: best.form, count: best.count, words: splitWords(best.form.text).slice(0, best.count).join(' ') };
}
