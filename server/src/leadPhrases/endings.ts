import type { Lang, ResolutionDocument, Span, SubParagraph } from '../model/document';

// How a paragraph ends: its last mark, before closing quotes, emphasis and footnote markers, and what it ends.

export const MARK = /[*_]/;
/** Blanks, and the invisible marks Word leaves in official texts (left-to-right mark, zero-width space, word joiner). */
export const BLANK = /[\s\u00a0\u202f\ufeff\u200b-\u200f\u2060]/;
const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;
/** `;^1–17`, `.^7,8`: note numbers written as a superscript (`^…`) right after a mark, a range or a list (A/RES/74/249). */
const NOTE_RANGE = /[.,;:]\^\d{1,3}(?:[–-]\d{1,3}|(?:, ?\d{1,3})+)?$/;

/** Where a piece of text really ends: its last character once footnote markers, emphasis and blanks are set aside. */
export interface Ending {
	/** Offset of the last significant character (-1 if none). */
	readonly at: number;
	readonly char: string;
	/** Where punctuation goes when it is missing, for the language (English before a footnote marker, French and Spanish after it). */
	readonly insertAt: number;
	/** Offset of the blank before a `;` or `:` (French typography), if any. */
	readonly spaceAt?: number;
}

export class Ends {
	readonly #markerStart = new Map<number, number>();
	readonly #markerEnd = new Map<number, number>();

	constructor(readonly text: string, doc: ResolutionDocument, readonly lang: Lang) {
		for (const m of doc.footnoteMarkers) {
			this.#markerStart.set(m.span.end, m.span.start);
			this.#markerEnd.set(m.span.start, m.span.end);
		}
	}

	/** Moves `end` forward over footnote markers and emphasis glued to it: paragraph spans stop before a final marker. */
	#skipForward(end: number): number {
		const t = this.text;
		let i = end;
		for (;;) {
			const marker = this.#markerEnd.get(i);
			if (marker !== undefined) {
				i = marker;
			} else if (i < t.length && (MARK.test(t[i]) || SUPERSCRIPT.test(t[i]))) {
				i++;
			} else if (t.startsWith('[^', i) && /^\[\^[^\]\s]{1,20}\]/.test(t.slice(i, i + 24))) {
				i = t.indexOf(']', i) + 1;
			} else {
				return i;
			}
		}
	}

	/** Skips back over blanks, emphasis and footnote markers from `end`; stops at `from`. */
	#skipBack(from: number, end: number, markers: boolean): number {
		const t = this.text;
		let i = end;
		for (;;) {
			const before = i;
			while (i > from && (BLANK.test(t[i - 1]) || MARK.test(t[i - 1]))) {
				i--;
			}
			if (!markers) {
				return i;
			}
			const marker = this.#markerStart.get(i);
			if (marker !== undefined && marker >= from) {
				i = marker;
			} else if (i > from && SUPERSCRIPT.test(t[i - 1])) {
				while (i > from && SUPERSCRIPT.test(t[i - 1])) {
					i--;
				}
			} else if (t[i - 1] === ']' && /\[\^[^\]\s]{1,20}\]$/.test(t.slice(Math.max(from, i - 24), i))) {
				i = t.lastIndexOf('[^', i);
			} else if (/\d/.test(t[i - 1] ?? '') && NOTE_RANGE.test(t.slice(Math.max(from, i - 16), i))) {
				// `…Board of Auditors;^1–17`: the notes called again after the mark, a range the import keeps as written.
				i = t.lastIndexOf('^', i - 1);
			} else if (/\d/.test(t[i - 1] ?? '')) {
				// Plain text from a PDF keeps footnote numbers after punctuation (`1972, 61`) even with no footnote block.
				const m = /[.,;:]\s?\d{1,3}$/.exec(t.slice(Math.max(from, i - 6), i));
				if (m) {
					i -= m[0].length - 1;
				}
			}
			if (i === before) {
				return i;
			}
		}
	}

	/** The ending of `[from, end)`. */
	of(from: number, end: number): Ending {
		const t = this.text;
		const last = this.#skipBack(from, end, true);
		const at = last - 1;
		const char = at >= from ? t[at] : '';
		let spaceAt: number | undefined;
		if ((char === ';' || char === ':') && at > from && /[ \u00a0\u202f]/.test(t[at - 1])) {
			spaceAt = at - 1;
		}
		// English puts the missing mark before the footnote marker (`Secretary-General;⁴`), French and Spanish after it (`rapport⁴ ;`).
		let insertAt: number;
		if (this.lang === 'en') {
			insertAt = last;
			while (insertAt < end && MARK.test(t[insertAt])) {
				insertAt++;
			}
		} else {
			insertAt = this.#skipBack(from, this.#skipForward(end), false);
		}
		return { at, char, insertAt, ...(spaceAt !== undefined ? { spaceAt } : {}) };
	}
}

/** Non-inline sub-paragraphs, which stand on their own lines and carry their own punctuation. */
export function blockSubs(subs: readonly SubParagraph[]): SubParagraph[] {
	return subs.filter((s) => !s.inline);
}

/** End of a paragraph's own words: before its first sub-paragraph on a line of its own. */
export function ownEnd(p: { span: Span; segments: readonly Span[]; subParagraphs: readonly SubParagraph[] }): number {
	const first = blockSubs(p.subParagraphs)[0];
	return first ? first.span.start : p.segments[p.segments.length - 1].end;
}

