import type { Footnote, FootnoteMarker, Lang, Paragraph, ResolutionDocument } from '../model/document';
import { format, localeOf } from '../l10n/messages';
import { insertWithPlaceholder, type Edit } from './edits';
import { isLoneSlip } from './loneSlip';

/**
 * Footnote numbering: notes are numbered 1, 2, 3 … in order of their first marker, one text per number
 * (spec §1, domain "Footnotes"). Renumbering rewrites markers and texts together, in the style each is
 * written in (`⁴`, `[^4]`, a plain `4`), and puts the texts of one block back in order.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export type MarkStyle = 'superscript' | 'markdown' | 'plain';

export function markStyle(written: string): MarkStyle {
	if (written.startsWith('[^')) {
		return 'markdown';
	}
	return SUPERSCRIPT_DIGITS.includes(written[0]) ? 'superscript' : 'plain';
}

export function superscript(n: number): string {
	return String(n).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** A marker written in `style` for note `n`; `definition` gives the form that opens a footnote text. */
export function renderMark(n: number, style: MarkStyle, definition = false): string {
	switch (style) {
		case 'superscript':
			return superscript(n);
		case 'markdown':
			return definition ? `[^${n}]:` : `[^${n}]`;
		case 'plain':
			return String(n);
	}
}

const numeric = (label: string) => /^\d{1,4}$/.test(label);

export type FootnoteFault =
	| { readonly kind: 'start'; readonly marker: FootnoteMarker; readonly expected: number }
	| { readonly kind: 'missing'; readonly marker: FootnoteMarker; readonly previous: number; readonly from: number; readonly to: number }
	| { readonly kind: 'order'; readonly marker: FootnoteMarker; readonly previous: number; readonly expected: number }
	| { readonly kind: 'twoTexts'; readonly footnote: Footnote; readonly first: Footnote }
	| { readonly kind: 'textOrder'; readonly footnote: Footnote; readonly previous: Footnote }
	/** A lone wrong number between two right ones (`² ⁵ ⁴`): one fault, not a gap and a step back. */
	| { readonly kind: 'wrong'; readonly marker: FootnoteMarker; readonly previous: number; readonly next: number; readonly expected: number };

export interface FootnoteAnalysis {
	readonly faults: readonly FootnoteFault[];
	/** New number of each numbered marker and text. */
	readonly markerNumbers: ReadonlyMap<FootnoteMarker, number>;
	readonly textNumbers: ReadonlyMap<Footnote, number>;
	/** Runs of footnote texts with nothing but white space between them. */
	readonly blocks: readonly (readonly Footnote[])[];
	/**
	 * Whether renumbering can be trusted. Plain-text markers are bare digits found by their expected
	 * numbers, so they are renumbered only when every marker and every text is paired.
	 */
	readonly renumberSafe: boolean;
}

export function footnoteBlocks(doc: ResolutionDocument, text: string): Footnote[][] {
	const sorted = [...doc.footnotes].sort((a, b) => a.span.start - b.span.start);
	const blocks: Footnote[][] = [];
	for (const f of sorted) {
		const last = blocks[blocks.length - 1];
		if (last && text.slice(last[last.length - 1].span.end, f.span.start).trim() === '') {
			last.push(f);
		} else {
			blocks.push([f]);
		}
	}
	return blocks;
}

export function analyseFootnotes(doc: ResolutionDocument, text: string): FootnoteAnalysis {
	const faults: FootnoteFault[] = [];
	const markerNumbers = new Map<FootnoteMarker, number>();
	const textNumbers = new Map<Footnote, number>();
	const markers = doc.footnoteMarkers.filter((m) => numeric(m.label));

	// Notes in order of first appearance: a note is its text, or its label when it has none.
	const groupOf = (m: FootnoteMarker) => (m.footnote !== undefined ? `text:${m.footnote}` : `label:${m.label}`);
	const groupNumber = new Map<string, number>();
	const seenLabels = new Map<number, FootnoteMarker>();
	// The number of the next note to appear, after each marker that opens a note: a lone slip is judged by it.
	const nextNumber = new Map<FootnoteMarker, number>();
	const openers: FootnoteMarker[] = [];
	const opened = new Set<string>();
	for (const m of markers) {
		if (!opened.has(groupOf(m))) {
			opened.add(groupOf(m));
			openers.push(m);
		}
	}
	openers.forEach((m, i) => i + 1 < openers.length && nextNumber.set(m, openers[i + 1].number));
	const slipped = new Set<string>();
	let prev = 0;
	for (const m of markers) {
		const group = groupOf(m);
		if (!groupNumber.has(group)) {
			groupNumber.set(group, groupNumber.size + 1);
			const a = m.number;
			if (!seenLabels.has(a) && prev > 0 && isLoneSlip(prev, a, nextNumber.get(m))) {
				faults.push({ kind: 'wrong', marker: m, previous: prev, next: prev + 2, expected: groupNumber.get(group)! });
				slipped.add(m.label);
				prev++;
			} else if (!seenLabels.has(a)) {
				if (a !== prev + 1) {
					if (a > prev + 1) {
						if (prev === 0) {
							faults.push({ kind: 'start', marker: m, expected: 1 });
						} else {
							const unseen: number[] = [];
							for (let n = prev + 1; n < a && unseen.length < 1000; n++) {
								if (!seenLabels.has(n)) {
									unseen.push(n);
								}
							}
							if (unseen.length > 0) {
								faults.push({ kind: 'missing', marker: m, previous: prev, from: unseen[0], to: unseen[unseen.length - 1] });
							}
						}
					} else {
						faults.push({ kind: 'order', marker: m, previous: prev, expected: groupNumber.get(group)! });
					}
				}
				seenLabels.set(a, m);
				prev = a;
			}
		}
		markerNumbers.set(m, groupNumber.get(group)!);
	}
	doc.footnotes.forEach((f, i) => {
		const n = groupNumber.get(`text:${i}`);
		if (n !== undefined && numeric(f.label)) {
			textNumbers.set(f, n);
		}
	});
	// Texts no marker points to go after the others, in the order they are written.
	let next = groupNumber.size;
	for (const f of [...doc.footnotes].sort((a, b) => a.span.start - b.span.start)) {
		if (numeric(f.label) && !textNumbers.has(f)) {
			textNumbers.set(f, ++next);
		}
	}

	// One text per number.
	const firstText = new Map<string, Footnote>();
	for (const f of [...doc.footnotes].sort((a, b) => a.span.start - b.span.start)) {
		const first = firstText.get(f.label);
		if (first) {
			faults.push({ kind: 'twoTexts', footnote: f, first });
		} else {
			firstText.set(f.label, f);
		}
	}
	// Texts of one block in numerical order.
	const blocks = footnoteBlocks(doc, text);
	for (const block of blocks) {
		for (let i = 1; i < block.length; i++) {
			const a = block[i];
			const b = block[i - 1];
			// The text of a lone slip is out of place for the same reason: that fault is reported once, on its marker.
			if (numeric(a.label) && numeric(b.label) && a.number < b.number && !slipped.has(a.label) && !slipped.has(b.label)) {
				faults.push({ kind: 'textOrder', footnote: a, previous: b });
			}
		}
	}
	const paired = doc.footnoteMarkers.every((m) => m.footnote !== undefined) && doc.footnotes.every((f) => f.markers.length > 0);
	const renumberSafe = doc.footnoteStyle !== 'plain' || paired;
	return { faults, markerNumbers, textNumbers, blocks, renumberSafe };
}

/** Edits that renumber every marker and text and reorder the texts of each block; empty when nothing changes. */
export function renumberFootnoteEdits(text: string, analysis: FootnoteAnalysis): Edit[] {
	if (!analysis.renumberSafe) {
		return [];
	}
	const edits: Edit[] = [];
	for (const [m, n] of analysis.markerNumbers) {
		if (m.number !== n) {
			edits.push({ span: m.span, newText: renderMark(n, markStyle(text.slice(m.span.start, m.span.end))) });
		}
	}
	const rewrite = (f: Footnote, n: number) => {
		const written = text.slice(f.markerSpan.start, f.markerSpan.end);
		return renderMark(n, markStyle(written), true);
	};
	for (const block of analysis.blocks) {
		const numbers = block.map((f) => analysis.textNumbers.get(f));
		const sortable = numbers.every((n) => n !== undefined);
		const sorted = sortable && numbers.every((n, i) => i === 0 || n! > numbers[i - 1]!);
		if (!sortable || sorted || block.length < 2) {
			for (const f of block) {
				const n = analysis.textNumbers.get(f);
				if (n !== undefined && f.number !== n) {
					edits.push({ span: f.markerSpan, newText: rewrite(f, n) });
				}
			}
			continue;
		}
		// Reorder: the texts change places, the white space between them stays where it was.
		const order = block.map((f, i) => ({ f, n: numbers[i]! })).sort((a, b) => a.n - b.n);
		const gaps = block.slice(1).map((f, i) => text.slice(block[i].span.end, f.span.start));
		let out = '';
		order.forEach(({ f, n }, i) => {
			out += rewrite(f, n) + text.slice(f.markerSpan.end, f.span.end);
			if (i < gaps.length) {
				out += gaps[i];
			}
		});
		edits.push({ span: { start: block[0].span.start, end: block[block.length - 1].span.end }, newText: out });
	}
	return edits;
}

function lineStart(text: string, at: number): number {
	let i = at;
	while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') {
		i--;
	}
	return i;
}

function lineEnd(text: string, at: number): number {
	let i = at;
	while (i < text.length && text[i] !== '\n' && text[i] !== '\r') {
		i++;
	}
	return i;
}

/** Paragraphs in text order, and footnote blocks, computed once per parsed document. */
interface Layout {
	readonly paragraphs: Paragraph[];
	readonly blocks: Footnote[][];
	readonly blockOf: Map<Footnote, Footnote[]>;
	readonly byStyle: Map<MarkStyle, Footnote[]>;
}
const layoutCache = new WeakMap<ResolutionDocument, Layout>();

function layout(doc: ResolutionDocument, text: string): Layout {
	let hit = layoutCache.get(doc);
	if (!hit) {
		const paragraphs = [
			...doc.preamble, ...doc.operativeParts.flatMap((p) => p.paragraphs),
			...doc.annexes.flatMap((a) => [...a.paragraphs, ...a.parts.flatMap((p) => p.paragraphs)]),
		].sort((a, b) => a.span.start - b.span.start);
		const blocks = footnoteBlocks(doc, text);
		const blockOf = new Map<Footnote, Footnote[]>();
		const byStyle = new Map<MarkStyle, Footnote[]>();
		for (const block of blocks) {
			for (const f of block) {
				blockOf.set(f, block);
				const style = markStyle(text.slice(f.markerSpan.start, f.markerSpan.end));
				const list = byStyle.get(style);
				if (list) {
					list.push(f);
				} else {
					byStyle.set(style, [f]);
				}
			}
		}
		hit = { paragraphs, blocks, blockOf, byStyle };
		layoutCache.set(doc, hit);
	}
	return hit;
}

const breaksCache = new WeakMap<ResolutionDocument, number[]>();

/**
 * `lineEnd` by binary search in the document's line breaks, found once per parse: a scan per marker was quadratic
 * when many markers share one long line.
 */
function lineEndIn(doc: ResolutionDocument, text: string, at: number): number {
	let breaks = breaksCache.get(doc);
	if (!breaks) {
		breaks = [];
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 10 || c === 13) {
				breaks.push(i);
			}
		}
		breaksCache.set(doc, breaks);
	}
	let lo = 0;
	let hi = breaks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (breaks[mid] < at) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	return lo < breaks.length ? breaks[lo] : text.length;
}

/** The end of the paragraph (or line) that holds `at`. */
function paragraphEndAt(doc: ResolutionDocument, text: string, at: number): number {
	const { paragraphs } = layout(doc, text);
	let lo = 0;
	let hi = paragraphs.length - 1;
	let p: Paragraph | undefined;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const q = paragraphs[mid];
		if (q.span.end <= at) {
			lo = mid + 1;
		} else if (q.span.start > at) {
			hi = mid - 1;
		} else {
			p = q;
			break;
		}
	}
	if (p) {
		// A paragraph split by a page break ends with the segment that holds the marker, when a footnote block follows it.
		const segment = p.segments.find((s) => s.start <= at && at <= s.end);
		return lineEndIn(doc, text, segment && segment !== p.segments[p.segments.length - 1] ? segment.end : p.span.end);
	}
	return lineEndIn(doc, text, at);
}

const newlineCache = new WeakMap<ResolutionDocument, string>();

/** The line break the document writes, looked up once per parse: a search of the whole text per marker was quadratic. */
function newlineOf(doc: ResolutionDocument, text: string): string {
	let nl = newlineCache.get(doc);
	if (nl === undefined) {
		nl = text.includes('\r\n') ? '\r\n' : '\n';
		newlineCache.set(doc, nl);
	}
	return nl;
}

function docLocale(lang: Lang) {
	return localeOf(lang);
}

/** Inserts a stub text for a marker that has none: after its paragraph, or in the footnote block, in order. */
export function addFootnoteTextEdit(doc: ResolutionDocument, text: string, marker: FootnoteMarker): Edit {
	const style = markStyle(text.slice(marker.span.start, marker.span.end));
	const n = Number(marker.label);
	const label = numeric(marker.label) ? n : NaN;
	const mark = Number.isNaN(label) ? `[^${marker.label}]:` : renderMark(label, style, true);
	const placeholder = format('footnote.placeholder', [marker.label], docLocale(doc.lang));
	const nl = newlineOf(doc, text);
	if (style === 'superscript') {
		return insertWithPlaceholder(paragraphEndAt(doc, text, marker.span.start), `${nl}${nl}${mark} `, placeholder);
	}
	const { blockOf, byStyle } = layout(doc, text);
	const texts = byStyle.get(style) ?? [];
	if (texts.length > 0) {
		let before: Footnote | undefined;
		for (let i = texts.length - 1; i >= 0 && !before; i--) {
			before = texts[i].number < label ? texts[i] : undefined;
		}
		const block = blockOf.get(before ?? texts[0])!;
		const i = block.indexOf(before ?? texts[0]);
		const gap = block.length > 1 ? text.slice(block[0].span.end, block[1].span.start) : nl;
		if (before) {
			return insertWithPlaceholder(block[i].span.end, `${gap}${mark} `, placeholder);
		}
		return insertWithPlaceholder(lineStart(text, texts[0].span.start), `${mark} `, placeholder, gap);
	}
	const end = text.length;
	const tail = text.endsWith('\n') || text.endsWith('\r') ? '' : nl;
	if (style === 'plain') {
		return insertWithPlaceholder(end, `${tail}__________________${nl}${mark} `, placeholder, nl);
	}
	return insertWithPlaceholder(end, `${tail}${nl}${mark} `, placeholder, nl);
}

/** The line break just before `at` (`\r\n`, `\n` or `\r`), or '' at the start of the text. */
function breakBefore(text: string, at: number): string {
	if (at >= 2 && text[at - 2] === '\r' && text[at - 1] === '\n') {
		return '\r\n';
	}
	return at >= 1 && (text[at - 1] === '\n' || text[at - 1] === '\r') ? text[at - 1] : '';
}

/** Removes a footnote text with its lines, and one of the blank lines around it when it stood between two. */
export function removeFootnoteTextEdit(text: string, footnote: Footnote): Edit {
	const start = lineStart(text, footnote.span.start);
	const eol = lineEnd(text, footnote.span.end);
	let end = eol + (text.startsWith('\r\n', eol) ? 2 : eol < text.length ? 1 : 0);
	const previousEnd = start - breakBefore(text, start).length;
	const blankBefore = start === 0 || text.slice(lineStart(text, previousEnd), previousEnd).trim() === '';
	const blankAfter = /^[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(end, end + 200));
	const NON_BLANK = /\S/g;
	NON_BLANK.lastIndex = end;
	const nothingAfter = NON_BLANK.exec(text) === null;
	if (blankBefore && blankAfter) {
		end += blankAfter[0].length;
	} else if (blankBefore && start > 0 && nothingAfter) {
		// The last text of the file: the blank line before it goes too.
		return { span: { start: start - breakBefore(text, start).length, end }, newText: '' };
	} else if (eol === text.length && start > 0) {
		// The last line of the file: take the line break before it instead.
		return { span: { start: start - breakBefore(text, start).length, end }, newText: '' };
	}
	return { span: { start, end }, newText: '' };
}
