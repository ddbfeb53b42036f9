import type { ParagraphLabel } from '../model/negotiation';

/** Latin ordinals of inserted paragraphs, in order: `bis` is the second paragraph of that number. */
const ORDINALS = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];
const SUFFIX = '(bis|ter|quater|quat|quinquies|sexies|septies|octies|novies|decies)';

/** The rank of a suffix: `bis` 2, `ter` 3, `quat`/`quater` 4 …; 0 when it is none. */
export function rankOf(suffix: string | undefined): number {
	if (!suffix) {
		return 0;
	}
	const s = suffix.toLowerCase();
	const i = ORDINALS.indexOf(s === 'quat' ? 'quater' : s);
	return i < 0 ? 0 : i + 2;
}

/** The suffix of a rank, for messages and snippets: 2 → `bis`. */
export function suffixOf(rank: number): string {
	return ORDINALS[rank - 2] ?? `${rank}`;
}

// `PP2bis`, `OP 7 ter`, `PP.1`, `OP6alt`, `OP5 Alt2`: the part letters, then the number and an optional suffix.
const PART_LABEL = new RegExp(`^(PP|OP)\\.?[ \\t]?(\\d{1,3})(?:[ \\t]?${SUFFIX}|[ \\t]?(alt)[ \\t]?(\\d{0,2}))?\\.?(?=[ \\t\\u00a0:]|$)`, 'i');
// `5 bis.`, `2.bis`, `2. bis`, `8 ter`, `41. Alt1`, `41 alt`: a number with a suffix (a plain `5.` is no label).
const NUMBER_LABEL = new RegExp(`^(\\d{1,3})(?:\\.[ \\t]?|[ \\t])(?:${SUFFIX}|(alt)[ \\t]?(\\d{0,2}))\\.?(?=[ \\t\\u00a0]|$)`, 'i');
/** A plain numbered paragraph `5.` at line start. */
export const PLAIN_NUMBER = /^(\d{1,3})\.(?=[ \t\u00a0])/;

/** Reads a paragraph label at `at` (line start, indentation and `**` already skipped), if there is one. */
export function readLabel(text: string, at: number, lineEnd: number): Omit<ParagraphLabel, 'position'> | undefined {
	const line = text.slice(at, Math.min(lineEnd, at + 40));
	let m = PART_LABEL.exec(line);
	let part: 'PP' | 'OP' | undefined;
	let number: string;
	let suffix: string | undefined;
	let alt: string | undefined;
	let altN: string | undefined;
	if (m && /^(PP|OP)$/.test(m[1])) {
		part = m[1] as 'PP' | 'OP';
		[, , number, suffix, alt, altN] = m;
	} else if ((m = NUMBER_LABEL.exec(line))) {
		[, number, suffix, alt, altN] = m;
	} else {
		return undefined;
	}
	let end = at + m[0].length;
	while (text[end] === '*' || text[end] === '_') {
		end++;
	}
	let textStart = end;
	while (textStart < lineEnd && /[ \t\u00a0:]/.test(text[textStart])) {
		textStart++;
	}
	return {
		span: { start: at, end },
		text: text.slice(at, end),
		...(part ? { part } : {}),
		number: Number(number),
		...(suffix ? { suffix } : {}),
		rank: rankOf(suffix),
		...(alt ? { alt: altN ? Number(altN) : 1 } : {}),
		textStart,
	};
}

/** `OP5bis` for messages: the label in a canonical spelling. */
export function labelKey(l: Pick<ParagraphLabel, 'number' | 'rank' | 'alt'>): string {
	return `${l.number}${l.rank > 0 ? ` ${suffixOf(l.rank)}` : ''}${l.alt ? ` alt${l.alt > 1 ? l.alt : ''}` : ''}`;
}

/** Compares two labels of one part: number, then insertion rank, then alternative. */
export function compareLabels(a: Pick<ParagraphLabel, 'number' | 'rank' | 'alt'>, b: Pick<ParagraphLabel, 'number' | 'rank' | 'alt'>): number {
	return a.number - b.number || a.rank - b.rank || (a.alt ?? 0) - (b.alt ?? 0);
}
