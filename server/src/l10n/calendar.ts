/**
 * The one calendar of unres: month names in English, French and Spanish, as UN texts write them, and the
 * checks and formats every layer shares (the parser reads dates, the catalogue validates them, messages and
 * fixes write them).
 */

export type DateLang = 'en' | 'fr' | 'es';

export const MONTH_NAMES: Readonly<Record<DateLang, readonly string[]>> = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
	es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** A written month word: its language and number (1–12). */
export interface MonthWord {
	readonly lang: DateLang;
	readonly month: number;
}

// Lower-case month word → language and month; unaccented and old spellings included (`fevrier`, `setiembre`).
const WORDS = new Map<string, MonthWord>();
for (const lang of ['en', 'fr', 'es'] as const) {
	MONTH_NAMES[lang].forEach((name, i) => WORDS.set(name.toLowerCase(), { lang, month: i + 1 }));
}
WORDS.set('fevrier', { lang: 'fr', month: 2 });
WORDS.set('aout', { lang: 'fr', month: 8 });
WORDS.set('decembre', { lang: 'fr', month: 12 });
WORDS.set('setiembre', { lang: 'es', month: 9 });

/** The month a word names (any case), in any of the three languages or only in `lang`. */
export function monthWord(word: string, lang?: DateLang): MonthWord | undefined {
	const found = WORDS.get(word.toLowerCase());
	return found && (!lang || found.lang === lang) ? found : undefined;
}

/** Every month word, lower case, for a regular expression's alternation. */
export const MONTH_WORDS: readonly string[] = [...WORDS.keys()];

/** `YYYY-MM-DD` for a real calendar date, undefined for an impossible one (31 February, month 13). */
export function isoDate(year: number, month: number, day: number): string | undefined {
	if (month < 1 || month > 12 || day < 1 || day > 31) {
		return undefined;
	}
	// setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
	const probe = new Date(0);
	probe.setUTCFullYear(year, month - 1, day);
	if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
		return undefined;
	}
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Year, month and day of an ISO date. */
export function isoParts(iso: string): { y: number; m: number; d: number } | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

/** How a document writes the first day of a month: `1er`, `1^er`, `1ᵉʳ` in French; `1.º`, `1º` or plain `1` in Spanish. */
export interface DateStyle {
	readonly firstDaySuffix: string;
}

/** `21 November 2016`, `1er décembre 2016`, `21 de noviembre de 2016`. */
export function formatDate(iso: string, lang: DateLang, style?: DateStyle): string {
	const p = isoParts(iso);
	if (!p) {
		return iso;
	}
	const month = MONTH_NAMES[lang][p.m - 1];
	const day = p.d === 1 ? `1${style?.firstDaySuffix ?? (lang === 'fr' ? 'er' : '')}` : String(p.d);
	return lang === 'es' ? `${day} de ${month} de ${p.y}` : `${day} ${month} ${p.y}`;
}
