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

/** `[\p{L}][\p{L}\p{M}'’-]*` (a word), read by hand: this runs on every paragraph, a regex per word was a measurable share. */
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
/** Per UTF-16 unit of the BMP: 0 not read yet, 1 a letter, 2 a combining mark, 3 neither. Filled on first sight. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
	CLASS[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 3;
}

function classOf(s: string): number {
	return LETTER_RE.test(s) ? 1 : MARK_RE.test(s) ? 2 : 3;
}

/** The class of the code point at `i` and its length in UTF-16 units (2 for a surrogate pair). */
function classAt(text: string, i: number): { cls: number; len: number } {
	const c = text.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff) {
		const d = text.charCodeAt(i + 1);
		if (d >= 0xdc00 && d <= 0xdfff) {
			return { cls: classOf(text.slice(i, i + 2)), len: 2 };
		}
	}
	let cls = CLASS[c];
	if (cls === 0) {
		cls = c >= 0xd800 && c <= 0xdfff ? 3 : classOf(String.fromCharCode(c));
		CLASS[c] = cls;
	}
	return { cls, len: 1 };
}

/** The class of the unit at `i` when it is no surrogate (most text): no object. */
function quickClass(text: string, i: number): number {
	const c = text.charCodeAt(i);
	if (c !== c || (c >= 0xd800 && c <= 0xdfff)) {
		return c !== c ? 3 : 0;
	}
	let cls = CLASS[c];
	if (cls === 0) {
		cls = classOf(String.fromCharCode(c));
		CLASS[c] = cls;
	}
	return cls;
}

/**
 * Where the blanks between two words of a lead phrase end: `(?:[ \t\u00a0\u202f*_]|\r?\n(?![ \t]*\r?\n))*` — blanks,
 * emphasis markers, one line break (hard-wrapped PDF text).
 */
function skipBetween(text: string, at: number): number {
	for (;;) {
		const c = text.charCodeAt(at);
		if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 42 || c === 95) {
			at++;
			continue;
		}
		const next = c === 10 ? at + 1 : c === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : -1;
		if (next < 0) {
			return at;
		}
		let k = next;
		while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) {
			k++;
		}
		const d = text.charCodeAt(k);
		if (d === 10 || (d === 13 && text.charCodeAt(k + 1) === 10)) {
			return at;
		}
		at = next;
	}
}

/** The end of the word at `start` (`[\p{L}][\p{L}\p{M}'’-]*`), or -1 when no letter starts there. */
function wordEnd(text: string, start: number): number {
	let cls = quickClass(text, start);
	let len = 1;
	if (cls === 0) {
		({ cls, len } = classAt(text, start));
	}
	if (cls !== 1) {
		return -1;
	}
	let at = start + len;
	for (;;) {
		const c = text.charCodeAt(at);
		if (c === 0x27 || c === 0x2019 || c === 0x2d) {
			at++;
			continue;
		}
		cls = quickClass(text, at);
		len = 1;
		if (cls === 0) {
			({ cls, len } = classAt(text, at));
		}
		if (cls !== 1 && cls !== 2) {
			return at;
		}
		at += len;
	}
}

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
	for (;;) {
		const start = skipBetween(text, at);
		if (out.length >= max || start >= limit) {
			break;
		}
		let end = wordEnd(text, start);
		if (end < 0 || end > limit) {
			break;
		}
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
