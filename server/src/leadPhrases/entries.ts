import type { Body } from '../model/document';
import { stripModifiers, type ModifierType } from './modifiers';
import { LEAD_ROWS, type LeadKind, type LeadLang, type LeadRow, type LeadSource } from './table';
import { normWord, splitWords } from './words';

// The table of lead phrases, compiled: one entry per row, its forms per language with their core words.

export const LEAD_LANGS: readonly LeadLang[] = ['en', 'fr', 'es'];

/** Which form of a French or Spanish word agrees with the organ: the Assembly is feminine, the Councils masculine. */
export type Gender = 'f' | 'm';

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

/** Trailing words that belong to the formula but need not be written for the text to match it. */
export const OPTIONAL_TAIL = new Set(['of', 'to', 'by', 'for', 'de', 'à', 'par', 'sur', 'a', 'por', 'con']);

export const PLACEHOLDER = /\s*\[[^\]]*\].*$/;

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
