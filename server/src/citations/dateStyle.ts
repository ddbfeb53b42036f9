/**
 * Dates written the way the document writes them: `21 November 2016`, `21 novembre 2016`, `1er décembre 2016`,
 * `21 de noviembre de 2016`. A date already in the text is rewritten token by token (day, month, year), so line
 * breaks, `de` and the ordinal style the drafter used are kept and a fix can restore a text exactly.
 */
import type { Lang, Span } from '../model/document';
import type { Edit } from '../model/edit';
import { formatDate, isoParts, MONTH_NAMES, monthWord, type DateLang, type DateStyle } from '../l10n/calendar';

export type { DateLang, DateStyle } from '../l10n/calendar';
export { formatDate } from '../l10n/calendar';

/** The language dates are written in: French and Spanish, else English. */
export function dateLang(lang: Lang | undefined): DateLang {
	return lang === 'fr' || lang === 'es' ? lang : 'en';
}

const FIRST_DAY = /\b1(\s?(?:er|\^er\^?|ᵉʳ)|\.?º|\.?°)\s+(?:de\s+)?([\p{L}]+)/gu;

/** The style of the document's dates, from the first `1er …` / `1.º de …` it writes; French defaults to `er`. */
export function documentDateStyle(text: string, lang: DateLang): DateStyle {
	if (lang === 'en') {
		return { firstDaySuffix: '' };
	}
	FIRST_DAY.lastIndex = 0;
	for (let m = FIRST_DAY.exec(text); m; m = FIRST_DAY.exec(text)) {
		if (monthWord(m[2], lang)) {
			return { firstDaySuffix: m[1] };
		}
	}
	return { firstDaySuffix: lang === 'fr' ? 'er' : '' };
}

/** `of 21 November 2016`, `du 1er décembre 2016`, `de 21 de noviembre de 2016`: a date after a cited symbol. */
export function datePhrase(iso: string, lang: DateLang, style?: DateStyle): string {
	const lead = lang === 'fr' ? 'du' : lang === 'es' ? 'de' : 'of';
	return `${lead} ${formatDate(iso, lang, style)}`;
}

// Day (+ ordinal), gap, month, gap, year, as `DATE_SOURCE` in the parser reads them.
const WRITTEN = /^(\d{1,2})((?:\s?(?:er|\^er\^?|ᵉʳ)|\.?º|\.?°)?)(\s+(?:de\s+)?)([\p{L}]+)(\s+(?:de\s+)?)(\d{4})$/iu;

/**
 * The edits that turn the date written at `span` into `iso`, changing only the tokens that differ and keeping the
 * written month's language and capitalisation. Undefined when the written text is not a date this module reads.
 */
export function rewriteDate(text: string, span: Span, iso: string, style?: DateStyle): Edit[] | undefined {
	const target = isoParts(iso);
	const m = WRITTEN.exec(text.slice(span.start, span.end));
	if (!target || !m) {
		return undefined;
	}
	const month = monthWord(m[4]);
	if (!month) {
		return undefined;
	}
	const lang = month.lang;
	const edits: Edit[] = [];
	let at = span.start;
	const dayEnd = at + m[1].length + m[2].length;
	const writtenDay = Number(m[1]);
	if (writtenDay !== target.d) {
		// The first of the month takes the ordinal the drafter uses; other days never do.
		const suffix = target.d === 1 ? (m[2] || (style?.firstDaySuffix ?? (lang === 'fr' ? 'er' : ''))) : '';
		edits.push({ span: { start: at, end: dayEnd }, newText: `${target.d}${suffix}` });
	}
	at = dayEnd + m[3].length;
	if (month.month !== target.m) {
		const name = MONTH_NAMES[lang][target.m - 1];
		const upper = m[4][0] !== m[4][0].toLowerCase();
		const shown = upper ? name[0].toUpperCase() + name.slice(1) : name.toLowerCase();
		edits.push({ span: { start: at, end: at + m[4].length }, newText: shown });
	}
	at += m[4].length + m[5].length;
	if (Number(m[6]) !== target.y) {
		edits.push({ span: { start: at, end: at + 4 }, newText: String(target.y) });
	}
	return edits;
}

/** The written date at `span` in the document's words, for messages: the text with its line breaks folded. */
export function writtenDate(text: string, span: Span): string {
	return text.slice(span.start, span.end).replace(/\s+/g, ' ');
}
