import type { Span } from '../model/document';
import { hunks, trailingCall } from './calls';
import type { TextEdit } from './draft';
import type { Operation, Problem } from './types';
import { insertedText, normalizeQuoted, occurrences, originalSpans, pieces, pointAfter, pointBefore, type ParagraphView } from './view';
import type { Logical } from './paragraphs';

// The edits of each kind of instruction inside one paragraph of the tabled text, found through its view.

const PUNCT_START = /^[,.;:)\]’”»]/;
const PUNCT_END = /[(\[‘“«]$/;

/**
 * A paragraph (or sub-paragraph) to read as `text`, changed word by word where it differs: what stays keeps its
 * place in the tabled text, with the note calls and line breaks around it.
 */
export function rewrite(original: string, view: ParagraphView, from: number, to: number, text: string, next: () => number): TextEdit[] {
	const edits: TextEdit[] = [];
	const replace = (s: number, e: number, newText: string) => {
		const spans = originalSpans(view, s, e);
		// The note call that ends the last piece moves with the words to the first one.
		const call = spans.length > 1 && e === view.text.length ? trailingCall(original, spans[spans.length - 1].end) : '';
		if (call) {
			spans[spans.length - 1] = { start: spans[spans.length - 1].start, end: spans[spans.length - 1].end + call.length };
		}
		spans.forEach((sp, i) => edits.push({ span: sp, newText: i === 0 ? newText + call.trim() : '', seq: next() }));
	};
	for (const h of hunks(view.text.slice(from, to), text)) {
		const newText = text.slice(h.bStart, h.bEnd);
		const s = from + h.aStart;
		const e = from + h.aEnd;
		if (s === e) {
			// At a page break, at the end of the piece before it: the piece after still opens as it did.
			const point = s < to && view.segs[s] === view.segs[s - 1] ? pointBefore(view, s) : pointAfter(view, s);
			edits.push({ span: { start: point, end: point }, newText, seq: next() });
		} else if (view.segs[s] !== view.segs[e - 1] || (s > 0 && view.segs[s] !== view.segs[s - 1])) {
			// A change across a page break, or at the start of the piece after one: from there on, the text goes in
			// one piece (the pieces after it emptied), so that no piece opens like a paragraph of its own.
			replace(s, to, text.slice(h.bStart));
			break;
		} else {
			replace(s, e, newText);
		}
	}
	return edits;
}

export type WordOperation = Extract<Operation, { kind: 'replaceWords' | 'deleteWords' | 'insertWords' | 'addAtEnd' }>;

/** The edits of a word-level instruction in view range `[from, to)` of one paragraph, or why it cannot apply. */
export function wordEdits(view: ParagraphView, from: number, to: number, op: WordOperation, label: string, next: () => number): TextEdit[] | Problem {
	const edits: TextEdit[] = [];
	const find = (words: string): [number, number] | Problem => {
		const w = normalizeQuoted(words);
		const hits = occurrences(view, w, from, to);
		if (hits.length === 0) {
			return { kind: 'notFound', words, ref: label };
		}
		return hits.length > 1 ? { kind: 'foundTwice', words, ref: label, count: hits.length } : hits[0];
	};
	if (op.kind === 'addAtEnd') {
		let end = to;
		while (end > from && /[\s,;.:]/.test(view.text[end - 1])) {
			end--;
		}
		const words = insertedText(op.words);
		const at = pointAfter(view, end);
		edits.push({ span: { start: at, end: at }, newText: (PUNCT_START.test(words) ? '' : ' ') + words, seq: next() });
		return edits;
	}
	const target = op.kind === 'replaceWords' ? op.from : op.kind === 'deleteWords' ? op.words : op.anchor;
	const found = find(target);
	if (!Array.isArray(found)) {
		return found;
	}
	const [at, atEnd] = found;
	if (op.kind === 'insertWords') {
		const words = insertedText(op.words);
		if (op.position === 'after') {
			const point = pointAfter(view, atEnd);
			edits.push({ span: { start: point, end: point }, newText: (PUNCT_START.test(words) ? '' : ' ') + words, seq: next() });
		} else {
			const point = pointBefore(view, at);
			edits.push({ span: { start: point, end: point }, newText: words + (PUNCT_END.test(words) ? '' : ' '), seq: next() });
		}
		return edits;
	}
	let s0 = at;
	let e0 = atEnd;
	const replacement = op.kind === 'replaceWords' ? insertedText(op.to) : '';
	if (replacement === '') {
		// Deleting words between two blanks takes one blank with them; at the start, the blank after.
		if (view.text[e0] === ' ' && (s0 === from || view.text[s0 - 1] === ' ' || view.text[s0 - 1] === '(')) {
			e0++;
		} else if (view.text[s0 - 1] === ' ' && (e0 >= to || /[,.;:)]/.test(view.text[e0]))) {
			s0--;
		}
	}
	const spans = originalSpans(view, s0, e0);
	if (spans.length === 0) {
		const point = pointBefore(view, s0);
		spans.push({ start: point, end: point });
	}
	spans.forEach((sp, i) => edits.push({ span: sp, newText: i === 0 ? replacement : '', seq: next() }));
	return edits;
}

/** The lines of a paragraph, indentation and the blank lines after it included; footnote blocks in between kept. */
export function paragraphDeletion(text: string, l: Logical): Span[] {
	const segments = [l.head, ...l.rest].flatMap(pieces);
	return segments.map((seg, i) => {
		let start = i === 0 ? Math.min(seg.start, l.head.span.start) : seg.start;
		while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
			start--;
		}
		// A note call glued to the end goes with the words (`Framework;41`).
		let end = seg.end + trailingCall(text, seg.end).length;
		const rest = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)*/.exec(text.slice(end, end + 400));
		end += rest ? rest[0].length : 0;
		// Keep the line break that ends the line before the next text.
		const ownEnd = end;
		while (end > ownEnd && text[end - 1] !== '\n') {
			end--;
		}
		return { start, end };
	});
}
