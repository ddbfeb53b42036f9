import type { Span } from '../model/document';
import { applyEdits } from '../fixes/edits';
import { planRenumber } from '../fixes/renumber';
import { parse } from '../parser/parse';
import { createContext } from '../rules/types';
import { blankFurniture } from '../versions/furniture';
import { applyTextEdits, readDraft, viewOf, type Draft, type Insertion, type TextEdit } from './draft';
import { paragraphDeletion, rewrite, wordEdits } from './edits';
import { parseAmendment } from './instructions';
import { renumberEdits } from './numbering';
import { refLabel } from './references';
import type { Instruction, InstructionResult, Operation, ParaRef, Problem } from './types';
import { findParagraph, type Logical } from './paragraphs';
import { insertedText, originalSpans, subRange, type ParagraphView } from './view';

export interface Amended {
	readonly text: string;
	readonly results: readonly InstructionResult[];
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
	const p = findParagraph(d.units, ref);
	return p === 'none' ? { kind: 'noParagraph', ref: refLabel(ref) } : p === 'ambiguous' ? { kind: 'ambiguous', ref: refLabel(ref) } : p;
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

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}
