/**
 * Dates written the way the document writes them: `21 November 2016`, `21 novembre 2016`, `1er décembre 2016`,
 * `21 de noviembre de 2016`. A date already in the text is rewritten token by token (day, month, year), so line
 * breaks, `de` and the ordinal style the drafter used are kept and a fix can restore a text exactly.
 */
import type { Lang, Span } from '../model/document';
import type { Edit } from '../fixes/edits';

export type DateLang = 'en' | 'fr' | 'es';

const MONTH_NAMES: Readonly<Record<DateLang, readonly string[]>> = {
	en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
	fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
	es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

// Written month word → language and month; unaccented and old spellings included (`fevrier`, `setiembre`).
const MONTH_WORDS = new Map<string, { lang: DateLang; month: number }>();
for (const lang of ['en', 'fr', 'es'] as const) {
	MONTH_NAMES[lang].forEach((name, i) => MONTH_WORDS.set(name.toLowerCase(), { lang, month: i + 1 }));
}
MONTH_WORDS.set('fevrier', { lang: 'fr', month: 2 });
MONTH_WORDS.set('aout', { lang: 'fr', month: 8 });
MONTH_WORDS.set('decembre', { lang: 'fr', month: 12 });
MONTH_WORDS.set('setiembre', { lang: 'es', month: 9 });

/** The language dates are written in: French and Spanish, else English. */
export function dateLang(lang: Lang | undefined): DateLang {
	return lang === 'fr' || lang === 'es' ? lang : 'en';
}

/** How a document writes the first day of a month: `1er`, `1^er`, `1ᵉʳ` in French; `1.º`, `1º` or plain `1` in Spanish. */
export interface DateStyle {
	readonly firstDaySuffix: string;
}

const FIRST_DAY = /\b1(\s?(?:er|\^er\^?|ᵉʳ)|\.?º|\.?°)\s+(?:de\s+)?([\p{L}]+)/gu;

/** The style of the document's dates, from the first `1er …` / `1.º de …` it writes; French defaults to `er`. */
export function documentDateStyle(text: string, lang: DateLang): DateStyle {
	if (lang === 'en') {
		return { firstDaySuffix: '' };
	}
	FIRST_DAY.lastIndex = 0;
	for (let m = FIRST_DAY.exec(text); m; m = FIRST_DAY.exec(text)) {
		if (MONTH_WORDS.get(m[2].toLowerCase())?.lang === lang) {
			return { firstDaySuffix: m[1] };
		}
	}
	return { firstDaySuffix: lang === 'fr' ? 'er' : '' };
}

function parts(iso: string): { y: number; m: number; d: number } | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

/** `21 November 2016`, `1er décembre 2016`, `21 de noviembre de 2016`. */
export function formatDate(iso: string, lang: DateLang, style?: DateStyle): string {
	const p = parts(iso);
	if (!p) {
		return iso;
	}
	const month = MONTH_NAMES[lang][p.m - 1];
	const day = p.d === 1 ? `1${style?.firstDaySuffix ?? (lang === 'fr' ? 'er' : '')}` : String(p.d);
	return lang === 'es' ? `${day} de ${month} de ${p.y}` : `${day} ${month} ${p.y}`;
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
	const target = parts(iso);
	const m = WRITTEN.exec(text.slice(span.start, span.end));
	if (!target || !m) {
		return undefined;
	}
	const month = MONTH_WORDS.get(m[4].toLowerCase());
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
