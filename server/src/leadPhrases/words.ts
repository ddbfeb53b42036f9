// Words of a lead phrase: reading them from a text and normalising them for comparison.

const ASCII = /^[\x00-\x7f]*$/;
const COMBINING = /[\u0300-\u036f]/;

/** Normalises a word for comparison: NFC, lower case, typographic apostrophe. */
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

export function splitWords(phrase: string): string[] {
	return phrase.split(/\s+/).filter((w) => w.length > 0);
}

export function capitalize(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower-cases the first letter of a word unless it is an acronym or a name in capitals. */
export function lowerFirst(s: string): string {
	return /^\p{Lu}\p{Ll}/u.test(s) || /^\p{Lu}$/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
