import { format, localeOf } from '../l10n/messages';
import { defineQuery, factOf, type DocumentVersion } from '../model/analysis';
import type { Footnote, FootnoteMarker, Lang, Paragraph } from '../model/document';
import { insertWithPlaceholder, type Edit } from './edits';
import { markStyle, renderMark, type MarkStyle } from './footnoteMarks';
import { footnoteBlocks } from './footnotes';

// Quick fixes on footnote texts: a stub text for a marker without one, and removing a text no marker calls.

const numeric = (label: string) => /^\d{1,4}$/.test(label);

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

/** Paragraphs in text order, and footnote blocks, computed once per document version. */
interface Layout {
	readonly paragraphs: Paragraph[];
	readonly blocks: Footnote[][];
	readonly blockOf: Map<Footnote, Footnote[]>;
	readonly byStyle: Map<MarkStyle, Footnote[]>;
}

const LAYOUT = defineQuery('fixes.footnoteLayout', (doc, text): Layout => {
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
	return { paragraphs, blocks, blockOf, byStyle };
});

/** The document's line breaks, found once per version: a scan per marker was quadratic when many markers share one long line. */
const LINE_BREAKS = defineQuery('fixes.lineBreaks', (_doc, text): number[] => {
	const breaks: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			breaks.push(i);
		}
	}
	return breaks;
});

/** `lineEnd` by binary search in the document's line breaks. */
function lineEndIn(src: DocumentVersion, at: number): number {
	const breaks = factOf(src, LINE_BREAKS);
	const { text } = src;
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
function paragraphEndAt(src: DocumentVersion, at: number): number {
	const { paragraphs } = factOf(src, LAYOUT);
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
		return lineEndIn(src, segment && segment !== p.segments[p.segments.length - 1] ? segment.end : p.span.end);
	}
	return lineEndIn(src, at);
}

/** The line break the document writes, looked up once per version: a search of the whole text per marker was quadratic. */
const NEWLINE = defineQuery('fixes.newline', (_doc, text) => (text.includes('\r\n') ? '\r\n' : '\n'));

function docLocale(lang: Lang) {
	return localeOf(lang);
}

/** Inserts a stub text for a marker that has none: after its paragraph, or in the footnote block, in order. */
export function addFootnoteTextEdit(src: DocumentVersion, marker: FootnoteMarker): Edit {
	const { doc, text } = src;
	const style = markStyle(text.slice(marker.span.start, marker.span.end));
	const n = Number(marker.label);
	const label = numeric(marker.label) ? n : NaN;
	const mark = Number.isNaN(label) ? `[^${marker.label}]:` : renderMark(label, style, true);
	const placeholder = format('footnote.placeholder', [marker.label], docLocale(doc.lang));
	const nl = factOf(src, NEWLINE);
	if (style === 'superscript') {
		return insertWithPlaceholder(paragraphEndAt(src, marker.span.start), `${nl}${nl}${mark} `, placeholder);
	}
	const { blockOf, byStyle } = factOf(src, LAYOUT);
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
