import type { Annex, OperativeParagraph, OperativePart, Paragraph, ResolutionDocument, Span, SubParagraph } from '../model/document';
import { defineQuery } from '../model/analysis';
import { shifted } from './reparseLine';
import { lastAtOrBefore } from './lines';
import type { ParseState } from './state';
import { readStructure, type Structure } from './structure';
import { groupUnits, type Unit } from './units';

/**
 * The unit-level splice of an in-line reparse (decision 17): an edit inside one line of a body paragraph P that
 * moves no unit boundary and changes nothing the structure pass decides by (its kind, number, labels, where it
 * ends) leaves the model as it was — spans past the line rebased by the edit's length — but for P, whose fields
 * (span, segments, sub-paragraphs, lead) are read again. Both are checked by running the same code as the full
 * parse on a window of units around P, in the old and the new text: the units must come out the same (bar the
 * edited line), and the structure of the window too. Anything else (a heading, the masthead, an annex, an older
 * layout, a paragraph at the edge of its list) returns undefined: the caller rebuilds units and structure whole.
 */
export interface SpliceEdit {
	/** The edited line (its index; the lines of `next` already moved). */
	readonly line: number;
	/** `[start, oldEnd)` of the old text became `[start, oldEnd + delta)`. */
	readonly start: number;
	readonly oldEnd: number;
	readonly delta: number;
	/** The old line's end: old offsets at or past it moved by `delta`. */
	readonly after: number;
}

export interface Spliced {
	readonly units: Unit[];
	/** The structure before the older-layout pass (the caller runs it: it reads every paragraph). */
	readonly structure: Structure;
	readonly local: LocalEdit;
}

/**
 * What a spliced version changed of the one before: the paragraph P only (the rest of the model rebased), and
 * where in P — what the rules that reuse their findings ask (service/ruleReuse.ts).
 */
export interface LocalEdit {
	/** `[start, oldEnd)` of the old text became `[start, newEnd)`. */
	readonly start: number;
	readonly oldEnd: number;
	readonly newEnd: number;
	readonly zone: 'preamble' | 'operative' | 'annex';
	/** Characters from P's words' start (after its number) to the edit. */
	readonly head: number;
	/** Characters from the edit to P's end, the fewer of the two versions. */
	readonly tail: number;
	/** P holds a digit, a sub-paragraph, a footnote marker (in either version). */
	readonly digits: boolean;
	/** A digit lies within 150 characters of the edit (in either version): a citation, date or reference may be in reach. */
	readonly digitsNear: boolean;
	/** P (and the characters just before it) names a paragraph (`paragraph`, `par.`, `párrafo` …) in either version. */
	readonly references: boolean;
	/** P's first two words after its number (what makes a numbered paragraph count as one) are the same. */
	readonly numberWords: boolean;
	readonly subParagraphs: boolean;
	readonly markers: boolean;
}

/** The local edit that made a version, when its model was spliced from the version before (parser/reparse.ts seeds it). */
export const LOCAL_EDIT = defineQuery<LocalEdit | undefined>('parser.localEdit', () => undefined);

/** How many splices were taken and why others were not (for the benchmark and the tests). */
export const spliceStats = { spliced: 0, misses: new Map<string, number>() };
function miss(why: string): undefined {
	spliceStats.misses.set(why, (spliceStats.misses.get(why) ?? 0) + 1);
	return undefined;
}

export function spliceUnits(old: ParseState, doc: ResolutionDocument, next: ParseState, edit: SpliceEdit): Spliced | undefined {
	const units = old.units;
	if (!units || doc.layout || doc.negotiation || units.length < 5) {
		return miss('document');
	}
	// The unit that holds the edited line.
	const u = unitOfLine(units, edit.line);
	if (u < 0) {
		return miss('unit');
	}
	const found = paragraphAt(doc, units[u].segments[0].start);
	if (!found) {
		return miss('paragraph');
	}
	const { p, list, index, zone } = found;
	const nextPara = list[index + 1];
	const prevPara = list[index - 1];
	// P has a paragraph of its own list on either side, and the next one opens a paragraph whatever the window.
	if (!prevPara || !nextPara || (p.kind === 'operative' ? !(nextPara as OperativeParagraph).number || !(p as OperativeParagraph).number : nextPara.kind !== 'preambular')) {
		return miss('edge');
	}
	const pu0 = units.findIndex((x) => x.segments[0].start === p.span.start);
	let pu1 = pu0;
	while (pu1 + 1 < units.length && units[pu1 + 1].segments[0].start < p.span.end) {
		pu1++;
	}
	if (pu0 < 1 || u < pu0 || u > pu1 || pu1 + 1 >= units.length || units[pu1 + 1].segments[0].start !== nextPara.span.start
		|| units[pu0 - 1].segments[0].start < prevPara.span.start || units[pu0 - 1].segments[0].start >= prevPara.span.end) {
		return miss('window');
	}
	// Units: the window from the unit before P to the one after the next is grouped again in the new text.
	const w0 = pu0 - 1;
	const w1 = Math.min(units.length - 1, pu1 + 2);
	const lastLine = w1 + 1 < units.length ? units[w1 + 1].firstLine : next.lines.length - 1;
	const regrouped = groupUnits(next.masked, next.lines.slice(0, lastLine + 1), next.notes.roles, next.noise, units[w0].firstLine);
	const expect = w1 + 1 < units.length ? w1 - w0 + 2 : w1 - w0 + 1;
	if (regrouped.length !== expect) {
		return miss('units');
	}
	const mv = (x: number) => (x >= edit.after ? x + edit.delta : x);
	for (let k = 0; k < regrouped.length; k++) {
		const a = units[w0 + k];
		const b = regrouped[k];
		if (a.firstLine !== b.firstLine) {
			return miss('units');
		}
		if (w0 + k > w1) {
			// The unit after the window only has to start where it did: from there on the grouping is the old one.
			if (b.segments[0].start !== mv(a.segments[0].start)) {
				return miss('units');
			}
			continue;
		}
		if (a.segments.length !== b.segments.length) {
			return miss('units');
		}
		if (w0 + k !== u && a.segments.some((s, j) => mv(s.start) !== b.segments[j].start || mv(s.end) !== b.segments[j].end)) {
			return miss('units');
		}
	}
	// Structure: the window read in the old and in the new text, from the zone P was read in, must decide the same.
	const organ = next.layout.organ;
	const oldWindow = readStructure(old.text, old.masked, units.slice(w0, w1 + 1), organ, zone);
	const newUnits = regrouped.slice(0, w1 - w0 + 1);
	const newWindow = readStructure(next.text, next.masked, newUnits, organ, zone);
	if (shape(oldWindow) !== shape(newWindow)) {
		return miss('structure');
	}
	// The window read in the old text gives P back as the whole pass read it (no state before the window, a
	// closing line already met, say, made it end elsewhere): then the new window's P is the new pass's.
	const was = paragraphsOf(oldWindow).find((x) => x.span.start === p.span.start);
	const fresh = paragraphsOf(newWindow).find((x) => x.span.start === p.span.start);
	if (!was || !fresh || JSON.stringify({ ...was, kind: p.kind }) !== JSON.stringify(p)) {
		return miss('faithful');
	}
	const q: Paragraph = { ...fresh, kind: p.kind } as Paragraph;
	const spliced: Unit[] = units.slice(0, w0);
	spliced.push(...newUnits);
	for (let k = w1 + 1; k < units.length; k++) {
		const x = units[k];
		spliced.push({ firstLine: x.firstLine, segments: x.segments.map((s) => ({ start: mv(s.start), end: mv(s.end) })) });
	}
	// Before the edit: the old objects; P: read again; after it: the old ones rebased.
	const shift = <T>(v: T): T => shifted(v, edit.after, edit.delta);
	const before = (v: { span: { end: number } }) => v.span.end < edit.start;
	const swap = <T extends Paragraph>(arr: readonly T[]): T[] => arr.map((x) => (x === p ? (q as T) : before(x) ? x : movedParagraph(x, edit.after, edit.delta)));
	const parts = (list: readonly OperativePart[]): OperativePart[] => list.map((part) => (before(part) ? part
		: { ...(part.heading ? { heading: shift(part.heading) } : {}), paragraphs: swap(part.paragraphs), span: shift(part.span) }));
	const annexes: Annex[] = doc.annexes.map((a) => (before(a) ? a
		: { heading: shift(a.heading), ...(a.title !== undefined ? { title: a.title } : {}), span: shift(a.span), paragraphs: swap(a.paragraphs), parts: parts(a.parts) }));
	spliceStats.spliced++;
	const newEnd = edit.oldEnd + edit.delta;
	const lastEnd = (x: Paragraph) => x.segments[x.segments.length - 1].end;
	const inP = (m: { span: { start: number } }, x: Paragraph) => m.span.start >= x.span.start && m.span.start <= x.span.end;
	const local: LocalEdit = {
		start: edit.start, oldEnd: edit.oldEnd, newEnd, zone,
		head: edit.start - ((p as OperativeParagraph).numberToken?.end ?? p.span.start),
		tail: Math.min(lastEnd(p) - edit.oldEnd, lastEnd(q) - newEnd),
		digits: /\d/.test(old.text.slice(p.span.start, p.span.end)) || /\d/.test(next.text.slice(q.span.start, q.span.end)),
		digitsNear: /\d/.test(old.text.slice(Math.max(0, edit.start - 150), edit.oldEnd + 150)) || /\d/.test(next.text.slice(Math.max(0, edit.start - 150), newEnd + 150)),
		numberWords: numberWords(old.text, p) === numberWords(next.text, q),
		references: REFERENCE_WORD.test(old.text.slice(Math.max(0, p.span.start - 20), p.span.end)) || REFERENCE_WORD.test(next.text.slice(Math.max(0, q.span.start - 20), q.span.end)),
		subParagraphs: p.subParagraphs.length > 0 || q.subParagraphs.length > 0,
		markers: old.markers.some((m) => inP(m, p)) || next.markers.some((m) => inP(m, q)),
	};
	return {
		local,
		units: spliced,
		structure: {
			preamble: swap(doc.preamble),
			operativeParts: parts(doc.operativeParts),
			annexes,
			...(doc.closing ? { closing: shift(doc.closing) } : {}),
			problems: doc.problems.map(shift),
		},
	};
}

/** The unit whose lines hold line `i` (its first line at or before it, a segment over it), or -1. */
function unitOfLine(units: readonly Unit[], i: number): number {
	const at = lastAtOrBefore(units, (unit) => unit.firstLine, i);
	return units[at] && units[at].firstLine <= i ? at : -1;
}

type Found = { p: Paragraph; list: readonly Paragraph[]; index: number; zone: 'preamble' | 'operative' | 'annex' };

/** The paragraph that holds `at`, its list and the zone the structure pass read it in (a preamble proper, an operative part, an annex). */
function paragraphAt(doc: ResolutionDocument, at: number): Found | undefined {
	const firstOp = doc.operativeParts[0]?.paragraphs[0];
	if (!firstOp || !doc.operativeParts.some((part) => part.paragraphs.some((x) => x.number))) {
		return undefined;
	}
	const inside = (x: Paragraph) => x.span.start <= at && at < x.span.end;
	const inList = (list: readonly Paragraph[], zone: Found['zone']): Found | undefined => {
		const k = list.findIndex(inside);
		return k >= 0 ? { p: list[k], list, index: k, zone } : undefined;
	};
	const pre = inList(doc.preamble, 'preamble');
	if (pre) {
		// A preamble after an operative part (a section's own, or after a second organ line) may be read in either zone: not spliced.
		return pre.p.span.end < firstOp.span.start ? pre : undefined;
	}
	for (const part of doc.operativeParts) {
		const found = inList(part.paragraphs, 'operative');
		if (found) {
			return found;
		}
	}
	// An annex's paragraphs are read in the annex zone, which only an organ line leaves.
	for (const a of doc.annexes) {
		const found = inList(a.paragraphs, 'annex') ?? a.parts.map((part) => inList(part.paragraphs, 'annex')).find((x) => x);
		if (found) {
			return found;
		}
	}
	return undefined;
}

/** The keywords of a paragraph reference (fixes/paragraphReferences.ts): none, no reference. */
const REFERENCE_WORD = /para|párr/i;

/** A paragraph past the edit, its offsets moved (`shifted`, written out for the many paragraphs a keystroke moves). */
function movedParagraph<T extends Paragraph>(x: T, at: number, d: number): T {
	const o = x as Paragraph & { number?: { value: number; span: Span }; numberToken?: Span };
	const sp = (s: Span): Span => ({ start: s.start >= at ? s.start + d : s.start, end: s.end >= at ? s.end + d : s.end });
	const sub = (y: SubParagraph): SubParagraph => ({ ...y, span: sp(y.span), label: { ...y.label, span: sp(y.label.span) }, children: y.children.map(sub) });
	return {
		...x,
		span: sp(x.span),
		segments: x.segments.map(sp),
		...(x.lead ? { lead: { ...x.lead, span: sp(x.lead.span) } } : {}),
		subParagraphs: x.subParagraphs.map(sub),
		...(o.number ? { number: { ...o.number, span: sp(o.number.span) } } : {}),
		...(o.numberToken ? { numberToken: sp(o.numberToken) } : {}),
		...(x.label ? { label: shifted(x.label, at, d) } : {}),
	} as T;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The first two words on a numbered paragraph's line, within 80 characters of its number (as fixes/numbering.ts reads them). */
function numberWords(text: string, p: Paragraph): string {
	const token = (p as OperativeParagraph).numberToken;
	if (!token) {
		return '';
	}
	const line = text.slice(token.end, Math.min(token.end + 80, p.span.end)).split(/[\r\n]/)[0];
	return (line.match(WORD) ?? []).slice(0, 2).join(' ');
}

function paragraphsOf(s: Structure): Paragraph[] {
	return [...s.preamble, ...s.operativeParts.flatMap((part) => part.paragraphs), ...s.annexes.flatMap((a) => [...a.paragraphs, ...a.parts.flatMap((part) => part.paragraphs)])];
}

/** What the structure pass decided of a window, without offsets or lead phrases: the same in both texts, or no splice. */
function shape(s: Structure & { layout?: unknown }): string {
	const sub = (x: SubParagraph): unknown => [x.label.value, x.level, x.ordinal, x.inline, x.children.map(sub)];
	const para = (x: Paragraph) => [x.kind, (x as OperativeParagraph).number?.value, x.segments.length, x.subParagraphs.map(sub)];
	return JSON.stringify([
		s.preamble.map(para),
		s.operativeParts.map((part) => [part.heading?.text, part.paragraphs.map(para)]),
		s.annexes.map((a) => [a.heading.value, a.title, a.paragraphs.map(para), a.parts.map((part) => [part.heading?.text, part.paragraphs.map(para)])]),
		s.closing ? 1 : 0, s.problems.map((x) => x.message), s.layout ?? null,
	]);
}
