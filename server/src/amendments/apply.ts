import type { ResolutionDocument, Span } from '../model/document';
import { applyEdits } from '../fixes/edits';
import { planRenumber } from '../fixes/renumber';
import { parse, parseVersion } from '../parser/parse';
import { createContext } from '../rules/types';
import { MASKED } from '../parser/mask';
import { blankFurniture } from '../versions/furniture';
import { hunks, trailingCall } from './calls';
import { parseAmendment } from './instructions';
import { renumberEdits } from './numbering';
import { refLabel } from './references';
import type { Instruction, InstructionResult, Operation, ParaRef, PartName, Problem } from './types';
import { findParagraph, insertedText, pieces, logicalParagraphs, normalizeQuoted, occurrences, originalSpans, paragraphView, pointAfter, pointBefore, subRange, type Logical, type ParagraphView } from './view';

/** A change to the tabled text: a span replaced, or new paragraphs at a point (numbered at the end). */
export interface TextEdit {
	readonly span: Span;
	readonly newText: string;
	/** Order among edits at the same point. */
	readonly seq: number;
}

/** New paragraphs waiting for their number, beside a paragraph of the tabled draft. */
export interface Insertion {
	readonly anchor: Logical;
	readonly position: 'after' | 'before';
	readonly part: PartName;
	readonly texts: readonly string[];
	readonly seq: number;
}

export interface Amended {
	readonly text: string;
	readonly results: readonly InstructionResult[];
}

export interface Draft {
	readonly text: string;
	readonly doc: ResolutionDocument;
	readonly masked: string;
	readonly units: { preamble: Logical[]; operative: Logical[] };
	readonly views: Map<Logical, ParagraphView>;
}

/** Reads the tabled draft once: every reference is resolved against it, before anything changes. */
export function readDraft(text: string): Draft {
	// The parser's own masked text: furniture and note calls blanked as it read them.
	const facts = parseVersion(blankFurniture(text));
	const { doc } = facts;
	const masked = facts.get(MASKED);
	return { text, doc, masked, units: logicalParagraphs(doc, masked, text), views: new Map() };
}

export function viewOf(d: Draft, p: Logical): ParagraphView {
	let v = d.views.get(p);
	if (!v) {
		v = paragraphView(p.head, d.masked, p.rest);
		d.views.set(p, v);
	}
	return v;
}

type Planned = { edits: TextEdit[]; insertions: Insertion[]; deleted: Logical[] } | Problem;

const isProblem = (x: Planned): x is Problem => 'kind' in x;

/** Applies amendment instructions to a draft. Instructions that cannot apply are reported and left out. Never throws. */
export function applyAmendment(draftText: string, amendmentText: string, langHint?: string): Amended {
	return applyInstructions(draftText, parseAmendment(amendmentText, langHint));
}

export function applyInstructions(draftText: string, instructions: readonly Instruction[]): Amended {
	const d = readDraft(draftText);
	const results: InstructionResult[] = [];
	const edits: TextEdit[] = [];
	const insertions: Insertion[] = [];
	const deleted = new Set<Logical>();
	let seq = 0;
	let subDeleted = false;
	for (const instruction of instructions) {
		if (!instruction.op) {
			results.push({ instruction, applied: false, problem: { kind: 'unreadable' } });
			continue;
		}
		const planned = plan(d, instruction.op, () => seq++);
		if (isProblem(planned)) {
			results.push({ instruction, applied: false, problem: planned });
			continue;
		}
		const clash = planned.edits.some((e) => edits.some((o) => overlaps(e.span, o.span))) || planned.deleted.some((p) => deleted.has(p));
		if (clash) {
			results.push({ instruction, applied: false, problem: { kind: 'conflict', ref: describe(instruction.op) } });
			continue;
		}
		edits.push(...planned.edits);
		insertions.push(...planned.insertions);
		planned.deleted.forEach((p) => deleted.add(p));
		subDeleted ||= instruction.op.kind === 'deleteParagraphs' && instruction.op.targets.some((t) => t.subs.length > 0);
		results.push({ instruction, applied: true });
	}
	const all = [...edits, ...renumberEdits(d, deleted, insertions, edits), ...finalStop(d, deleted, insertions, edits)];
	const text = applyTextEdits(draftText, all);
	// A deleted sub-paragraph leaves a gap in the labels: the relabel plan closes it (references included).
	return { text: subDeleted ? relabel(text) : text, results };
}

/**
 * When the last operative paragraph goes, the one that now ends the text ends with a full stop, not a semicolon:
 * amendments do not say so, editors do it (research/amendments.md §4).
 */
function finalStop(d: Draft, deleted: ReadonlySet<Logical>, insertions: readonly Insertion[], taken: readonly TextEdit[]): TextEdit[] {
	const ops = d.units.operative;
	const last = ops[ops.length - 1];
	if (!last || !deleted.has(last) || insertions.some((i) => i.part === 'operative')) {
		return [];
	}
	const survivor = [...ops].reverse().find((l) => !deleted.has(l));
	if (!survivor) {
		return [];
	}
	const v = viewOf(d, survivor);
	const i = v.text.length - 1;
	if (v.text[i] !== ';' || !viewOf(d, last).text.endsWith('.')) {
		return [];
	}
	const span = { start: v.starts[i], end: v.ends[i] };
	return taken.some((t) => overlaps(t.span, span)) ? [] : [{ span, newText: '.', seq: 0 }];
}

function relabel(text: string): string {
	const doc = parse(blankFurniture(text));
	const plan = planRenumber(createContext(doc, text), { labels: true });
	return plan.edits.length > 0 ? applyEdits(text, plan.edits) : text;
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.seq - b.seq);
	let out = '';
	let at = 0;
	for (const e of sorted) {
		if (e.span.start < at) {
			// New paragraphs after a deleted one go where it was; other overlaps were refused when planned.
			if (e.span.start === e.span.end && e.newText !== '') {
				out += e.newText;
			}
			continue;
		}
		out += text.slice(at, e.span.start) + e.newText;
		at = e.span.end;
	}
	return out + text.slice(at);
}

function describe(op: Operation): string {
	if (op.kind === 'renumber') {
		return '';
	}
	if (op.kind === 'insertParagraph') {
		return refLabel(op.anchor);
	}
	return op.targets.map(refLabel).join(', ');
}

function resolve(d: Draft, ref: ParaRef): Logical | Problem {
	const p = findParagraph(d.units, ref.part, ref.index);
	return typeof p === 'string' ? { kind: 'noParagraph', ref: refLabel(ref) } : p;
}

const isLogical = (x: Logical | Problem): x is Logical => 'head' in x;

/** The view range an instruction works in: the whole paragraph, or one of its sub-paragraphs. */
function scope(d: Draft, ref: ParaRef): { p: Logical; view: ParagraphView; from: number; to: number } | Problem {
	const para = resolve(d, ref);
	if (!isLogical(para)) {
		return para;
	}
	const view = viewOf(d, para);
	if (ref.subs.length === 0) {
		return { p: para, view, from: 0, to: view.text.length };
	}
	const r = subRange(para.head, view, ref.subs);
	return r ? { p: para, view, from: r.from, to: r.to } : { kind: 'noSubParagraph', ref: refLabel(ref) };
}

const PUNCT_START = /^[,.;:)\]’”»]/;
const PUNCT_END = /[(\[‘“«]$/;

function plan(d: Draft, op: Operation, next: () => number): Planned {
	const out = { edits: [] as TextEdit[], insertions: [] as Insertion[], deleted: [] as Logical[] };
	if (op.kind === 'renumber') {
		return out;
	}
	if (op.kind === 'insertParagraph') {
		const anchor = resolve(d, op.anchor);
		if (!isLogical(anchor)) {
			return anchor;
		}
		out.insertions.push({ anchor, position: op.position, part: op.part, texts: op.texts.map(insertedText), seq: next() });
		return out;
	}
	if (op.kind === 'deleteParagraphs' || op.kind === 'replaceParagraph') {
		for (const [k, ref] of op.targets.entries()) {
			const s = scope(d, ref);
			if (!('view' in s)) {
				return s;
			}
			const replacing = op.kind === 'replaceParagraph' && k === 0;
			if (replacing) {
				out.edits.push(...rewrite(d.text, s.view, s.from, s.to, insertedText(op.text), next));
			} else if (ref.subs.length > 0) {
				const spans = originalSpans(s.view, s.from, s.to);
				spans.forEach((sp) => out.edits.push({ span: sp, newText: '', seq: next() }));
				// A deleted sub-paragraph takes its label with it.
				const r = subRange(s.p.head, s.view, ref.subs);
				if (r) {
					out.edits[out.edits.length - spans.length] = { span: { start: r.sub.label.span.start, end: spans[0].end }, newText: '', seq: next() };
				}
			} else {
				out.deleted.push(s.p);
				out.edits.push(...paragraphDeletion(d.text, s.p).map((span) => ({ span, newText: '', seq: next() })));
			}
		}
		return out;
	}
	for (const ref of op.targets) {
		const s = scope(d, ref);
		if (!('view' in s)) {
			return s;
		}
		const edits = wordEdits(s.view, s.from, s.to, op, refLabel(ref), next);
		if (!Array.isArray(edits)) {
			return edits;
		}
		out.edits.push(...edits);
	}
	return out;
}

/**
 * A paragraph (or sub-paragraph) to read as `text`, changed word by word where it differs: what stays keeps its
 * place in the tabled text, with the note calls and line breaks around it.
 */
function rewrite(original: string, view: ParagraphView, from: number, to: number, text: string, next: () => number): TextEdit[] {
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
