/** Dates as UN texts write them in English, French and Spanish, read into ISO `YYYY-MM-DD`. */
import { isoDate as calendarDate, MONTH_WORDS, monthWord } from '../l10n/calendar';

const MONTH_WORD = MONTH_WORDS.join('|');

/**
 * A date: `21 November 2016`, `1er décembre 2016`, `1 er décembre`, `18 de diciembre de 1992`, `1.º de enero de 2020`.
 * Groups: 1 day, 2 month, 3 year. Whitespace may be a line break in hard-wrapped PDF text.
 */
export const DATE_SOURCE = `(\\d{1,2})(?:\\s?(?:er|\\^er|ᵉʳ|\\.?º|\\.?°))?\\s+(?:de\\s+)?(${MONTH_WORD})\\s+(?:de\\s+)?(\\d{4})`;

const DATE_AT = new RegExp(DATE_SOURCE, 'iy');
const DATE_LINE = new RegExp(`^\\W*${DATE_SOURCE}\\W*$`, 'i');

export interface DateMatch {
	readonly iso: string;
	readonly start: number;
	readonly end: number;
}

/** Builds an ISO date, or undefined for an impossible one (31 February). */
export function isoDate(day: number, word: string, year: number): string | undefined {
	const month = monthWord(word)?.month;
	return month ? calendarDate(year, month, day) : undefined;
}

/** Reads a date starting exactly at `offset`. */
export function dateAt(text: string, offset: number): DateMatch | undefined {
	DATE_AT.lastIndex = offset;
	const m = DATE_AT.exec(text);
	if (!m) {
		return undefined;
	}
	const iso = isoDate(Number(m[1]), m[2], Number(m[3]));
	return iso ? { iso, start: offset, end: offset + m[0].length } : undefined;
}

/** Finds the first date inside `text[start, end)`. */
export function findDate(text: string, start: number, end: number): DateMatch | undefined {
	const re = new RegExp(DATE_SOURCE, 'ig');
	re.lastIndex = start;
	for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
		if (m.index + m[0].length > end) {
			return undefined;
		}
		const iso = isoDate(Number(m[1]), m[2], Number(m[3]));
		if (iso) {
			return { iso, start: m.index, end: m.index + m[0].length };
		}
	}
	return undefined;
}

/** True when a whole line is just a date (with emphasis or punctuation around it). */
export function isDateLine(line: string): boolean {
	return DATE_LINE.test(line);
}
