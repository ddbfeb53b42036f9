/** Dates as UN texts write them in English, French and Spanish, read into ISO `YYYY-MM-DD`. */

const MONTHS: Record<string, number> = {
	january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
	july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
	janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6,
	juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
	enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6,
	julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

const MONTH_WORD = Object.keys(MONTHS).join('|');

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
export function isoDate(day: number, monthWord: string, year: number): string | undefined {
	const month = MONTHS[monthWord.toLowerCase()];
	if (!month || day < 1 || day > 31) {
		return undefined;
	}
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (probe.getUTCMonth() !== month - 1) {
		return undefined;
	}
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
