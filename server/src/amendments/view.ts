import type { Paragraph, Span, SubParagraph } from '../model/document';

/**
 * The words of a paragraph as a reader reads them (blanks collapsed, footnote calls and emphasis left out, PDF
 * hyphen breaks mended), with, for every character, where it stands in the original text. Quoted words of an
 * amendment are looked up here and the match is mapped back, so edits land in the tabled text untouched elsewhere.
 */
export interface ParagraphView {
	readonly text: string;
	/** Original offset of each character (a collapsed blank: where the run starts). */
	readonly starts: readonly number[];
	/** Original end offset of each character (a collapsed blank: where the run ends). */
	readonly ends: readonly number[];
	/** Segment index of each character (a paragraph split by a page break has several). */
	readonly segs: readonly number[];
}

const BLANK = /[\s\u00a0\u202f]/;

/** The text spans of a paragraph: its segments and its sub-paragraphs (which the parser keeps apart), in order. */
export function pieces(p: Paragraph): Span[] {
	const subs: Span[] = [];
	const walk = (list: readonly SubParagraph[]) => {
		for (const s of list) {
			subs.push(s.span);
			walk(s.children);
		}
	};
	walk(p.subParagraphs);
	const all = [...p.segments, ...subs].sort((a, b) => a.start - b.start);
	const out: Span[] = [];
	for (const s of all) {
		const last = out[out.length - 1];
		if (last && s.start <= last.end) {
			out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
		} else {
			out.push({ start: s.start, end: s.end });
		}
	}
	return out;
}

/** The view of a paragraph (with the pieces a page break cut off it, see {@link logicalParagraphs}). */
export function paragraphView(p: Paragraph, masked: string, more: readonly Paragraph[] = []): ParagraphView {
	const from = p.kind === 'operative' && p.numberToken ? p.numberToken.end : p.span.start;
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	const segs: number[] = [];
	[...pieces(p), ...more.flatMap(pieces)].forEach((seg, k) => {
		let pending: { start: number; end: number } | undefined = text.length > 0 ? { start: seg.start, end: seg.start } : undefined;
		for (let i = Math.max(seg.start, from); i < seg.end; i++) {
			const c = masked[i];
			if (BLANK.test(c)) {
				if (pending && pending.end === i) {
					pending.end = i + 1;
				} else if (!pending) {
					pending = { start: i, end: i + 1 };
				} else {
					pending.end = i + 1;
				}
				continue;
			}
			if (pending && text.length > 0) {
				// Hyphen broken at a line end in PDF text (`neo- Nazism`): the blank is not a word break.
				const mend = text.endsWith('-') && /\p{Ll}/u.test(text[text.length - 2] ?? '') && /\p{Ll}/u.test(c);
				if (!mend) {
					text += ' ';
					starts.push(pending.start);
					ends.push(pending.end);
					segs.push(k);
				}
			}
			pending = undefined;
			text += c;
			starts.push(i);
			ends.push(i + 1);
			segs.push(k);
		}
	});
	return { text, starts, ends, segs };
}

/** Characters compared alike: typographic and straight apostrophes and quotes, blanks. Same length as the input. */
export function matchKey(s: string): string {
	return s.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[\u00a0\u202f]/g, ' ');
}

/** A footnote call written in quoted words (`Court*`): in the draft it may be a number (`Court 11`) or nothing. */
export const CALL = '\u0001';

/** Quoted words made comparable with a view: blanks collapsed, footnote calls marked, hyphens mended. */
export function normalizeQuoted(s: string): string {
	return s.replace(/(\S)[*⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu, `$1${CALL}`).replace(/[\s\u00a0\u202f]+/g, ' ').replace(/(\p{Ll})- (?=\p{Ll})/gu, '$1-').trim();
}

/** Quoted words as they are inserted: footnote calls dropped (the amendment's note is not the draft's). */
export function insertedText(s: string): string {
	return normalizeQuoted(s).split(CALL).join('');
}

const WORDISH = /[\p{L}\p{N}]/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place `[start, end)` of `words` in `view.text[from, to)` that starts and ends on a word boundary. */
export function occurrences(view: ParagraphView, words: string, from = 0, to = view.text.length): [number, number][] {
	const hay = matchKey(view.text.slice(0, to));
	const needle = matchKey(words);
	const out: [number, number][] = [];
	if (!needle || needle === CALL) {
		return out;
	}
	const re = new RegExp(needle.split(CALL).map(escape).join('(?: ?\\d{1,3})?'), 'gu');
	re.lastIndex = from;
	for (let m = re.exec(hay); m; m = re.exec(hay)) {
		const i = m.index;
		const e = i + m[0].length;
		const okStart = !WORDISH.test(m[0][0]) || !WORDISH.test(hay[i - 1] ?? '');
		const okEnd = !WORDISH.test(m[0][m[0].length - 1]) || !WORDISH.test(view.text[e] ?? '');
		if (okStart && okEnd) {
			out.push([i, e]);
		}
		re.lastIndex = i + 1;
	}
	return out;
}

/** The original spans of view range `[s, e)`, one per segment it touches. */
export function originalSpans(view: ParagraphView, s: number, e: number): Span[] {
	const out: Span[] = [];
	for (let i = s; i < e; i++) {
		const last = out[out.length - 1];
		if (last && view.segs[i] === view.segs[i - 1]) {
			out[out.length - 1] = { start: last.start, end: view.ends[i] };
		} else {
			out.push({ start: view.starts[i], end: view.ends[i] });
		}
	}
	return out;
}

/** Original offset of the point before view character `i` (or after the last one). */
export function pointBefore(view: ParagraphView, i: number): number {
	return i < view.text.length ? view.starts[i] : view.ends[view.text.length - 1] ?? 0;
}

export function pointAfter(view: ParagraphView, i: number): number {
	return view.ends[i - 1] ?? view.starts[0] ?? 0;
}

/** The view range of a sub-paragraph given by its labels, outside in; undefined when there is none such. */
export function subRange(p: Paragraph, view: ParagraphView, labels: readonly string[]): { from: number; to: number; sub: SubParagraph } | undefined {
	let list: readonly SubParagraph[] = p.subParagraphs;
	let sub: SubParagraph | undefined;
	for (const l of labels) {
		sub = findSub(list, l);
		if (!sub) {
			return undefined;
		}
		list = sub.children;
	}
	if (!sub) {
		return undefined;
	}
	const { start, end } = sub.span;
	let from = view.starts.findIndex((o) => o >= start);
	if (from < 0) {
		return undefined;
	}
	let to = from;
	while (to < view.text.length && view.starts[to] < end) {
		to++;
	}
	// Start after the label itself.
	const labelEnd = sub.label.span.end;
	while (from < to && view.starts[from] < labelEnd) {
		from++;
	}
	while (from < to && view.text[from] === ' ') {
		from++;
	}
	return { from, to, sub };
}

function findSub(list: readonly SubParagraph[], label: string): SubParagraph | undefined {
	const l = label.toLowerCase();
	return list.find((s) => s.labelText.toLowerCase() === l) ?? list.flatMap((s) => s.children).find((s) => s.labelText.toLowerCase() === l);
}

/** A plain string as a view of itself (the writer tries its instructions on the paragraph's words). */
export function textView(text: string): ParagraphView {
	const idx = Array.from({ length: text.length }, (_, i) => i);
	return { text, starts: idx, ends: idx.map((i) => i + 1), segs: idx.map(() => 0) };
}
