import type { DocumentFacts, TextChange } from '../model/analysis';
import type { Citation, ResolutionDocument, Span } from '../model/document';
import { readLabel } from '../negotiation/labels';
import { LineRole, scanPlainMarkers, scanSymbolMarkers, type FootnoteText, type MarkerFound } from './footnotes';
import { findFurniture, isSymbolLine } from './layout';
import { NUMBERED, PREAMBLE_START } from './lexicon';
import { lastStartingAtOrBefore, type Line } from './lines';
import { blankSpans, maskMarkdown } from './mask';
import { organAt } from './organ';
import { assemble, factsOf, parseVersion, type ParseOptions } from './parse';
import { lineSignature, shifted } from './reparseLine';
import { LOCAL_EDIT, spliceUnits } from './splice';
import { PARSE_STATE, type ParseState } from './state';

/**
 * The facts of the version an edit made of `prev` (whose text `change` turns into `text`): the previous parse
 * reused where the edit cannot have changed it, else a full parse — which stays the oracle the property tests
 * compare with (ARCHITECTURE.md, decision 17). The one entry point the analysis cache calls.
 */
export function reparse(prev: DocumentFacts, change: TextChange, text: string, options: ParseOptions = {}): DocumentFacts {
	const state = prev.get(PARSE_STATE);
	if (state && !state.spent && state.options.lang === options.lang && state.options.plain === options.plain) {
		const facts = reparseInLine(state, prev.doc, change, text);
		if (facts) {
			// What the rules computed on the version before may be reused where the edit did not reach.
			facts.follow({ facts: prev, start: change.start, oldEnd: change.end, newEnd: change.start + change.text.length });
			reparseStats.line++;
			return facts;
		}
	}
	reparseStats.full++;
	return parseVersion(text, options);
}

/** Above this length the negotiation scanner reads no text (negotiation/scan.ts): coming back under it may bring a layer. */
const NEGOTIATION_LIMIT = 5_000_000;

/** Why reparses left the in-line path (the check that failed → how many times), for the benchmark. */
export const reparseMisses = new Map<string, number>();
function miss(why: string): undefined {
	reparseMisses.set(why, (reparseMisses.get(why) ?? 0) + 1);
	return undefined;
}

/** How many reparses took each path (for the benchmark and the tests). */
export const reparseStats = { line: 0, full: 0 };

/**
 * An edit inside one line of the body that changes no line's role: the lines, roles, layout, heading zone and
 * furniture are the previous parse's, shifted; the line's mask and markers are read again; units, structure and
 * footnote pairing are rebuilt from them (cheap), citations read again only in the regions around the line.
 */
function reparseInLine(state: ParseState, prevDoc: ResolutionDocument, change: TextChange, text: string): DocumentFacts | undefined {
	const old = state.text;
	const { start, end } = change;
	const delta = change.text.length - (end - start);
	if (start < 0 || end > old.length || start > end || old.length + delta !== text.length || hasBreak(change.text) || hasBreak(old.slice(start, end))
		|| (old.length > NEGOTIATION_LIMIT && text.length <= NEGOTIATION_LIMIT)) {
		return miss('edit');
	}
	const { lines, layout, notes } = state;
	const i = lineAt(lines, start);
	const line = lines[i];
	if (end > line.end || i < layout.bodyFrom || i <= layout.organIndex || i < layout.headerEnd || notes.roles[i] !== LineRole.Text || state.noise[i]) {
		return miss('line');
	}
	const oldLine = old.slice(line.start, line.end);
	const newLine = text.slice(line.start, line.end + delta);
	// Footnote roles, negotiation layer, Markdown: whatever the scanners see of a line must stay as it was.
	if (lineSignature(oldLine) !== lineSignature(newLine)) {
		return miss('signature');
	}
	const local: Line = { start: 0, end: newLine.length };
	const lineMask = maskMarkdown(newLine);
	if (readLabel(newLine, firstWord(newLine), newLine.length) || /[[\]]/.test(lineMask) || /[[\]]/.test(maskMarkdown(oldLine))) {
		return miss('negotiation'); // a negotiation label or bracket
	}
	if (!layout.organ && organAt(lineMask, local)) {
		return miss('organ'); // the first organ line decides the layout
	}
	if (!layout.organ && startsBody(maskMarkdown(old.slice(lines[layout.bodyFrom].start, lines[layout.bodyFrom].end)), notes.roles[layout.bodyFrom])
		? i === layout.bodyFrom && !startsBody(lineMask, LineRole.Text)
		: !layout.organ && startsBody(lineMask, LineRole.Text)) {
		return miss('body'); // the first numbered or preambular line decides where the body starts
	}
	// Beside furniture, a line may become (or stop being) a piece of a running head's title (layout.ts).
	if (state.noise[i - 1] || state.noise[i + 1] || isSymbolLine(lineMask, local, LineRole.Text) || findFurniture(lineMask, [local], new Uint8Array(1), 0, state.runningHeader).noise[0]) {
		return miss('furniture');
	}
	// Markers: the line's own, read again in the line (with the three characters before it that a superscript looks at).
	if (uncalledNotes(state) && (/\d/.test(oldLine) || /\d/.test(newLine))) {
		return miss('uncalled'); // calls of Markdown definitions written as bare digits: found by order over the whole text
	}
	const oldMarks = lineMarkers(old, line.start, line.end);
	const newMarks = lineMarkers(text, line.start, line.end + delta);
	if (oldMarks.map((m) => m.label).join() !== newMarks.map((m) => m.label).join()) {
		return miss('markers');
	}
	const plain = plainCalls(state, old, line, newLine.length, lineMask);
	if (!plain) {
		return miss('plainCalls'); // the line's plain calls change the number expected after it
	}
	newMarks.push(...plain);
	newMarks.sort((a, b) => a.span.start - b.span.start);

	// The previous state's arrays are shifted into new ones: the previous version's model keeps its own.
	const after = line.end; // old offsets past this moved by `delta`
	const move = <T>(v: T): T => shifted(v, after, delta);
	// The lines are the parser's own objects (no model object holds one): moved in place, the spent state gives them up.
	const newLines = lines as { start: number; end: number }[];
	state.spent = true;
	if (delta !== 0) {
		newLines[i].end += delta;
		for (let k = i + 1; k < newLines.length; k++) {
			newLines[k].start += delta;
			newLines[k].end += delta;
		}
	}
	const texts: FootnoteText[] = notes.texts.map((t) => (t.span.start > after ? move(t) : t));
	const markers: MarkerFound[] = [];
	for (const m of state.markers) {
		if (m.span.start < line.start) {
			markers.push(m);
		}
	}
	markers.push(...newMarks);
	for (const m of state.markers) {
		if (m.span.start >= after) {
			markers.push(move(m));
		}
	}
	const maskedLine = blankSpans(lineMask, newMarks.map((m) => ({ start: m.span.start - line.start, end: m.span.end - line.start })));
	const next: ParseState = {
		text,
		options: state.options,
		lines: newLines,
		notes: { roles: notes.roles, texts, ...(notes.style ? { style: notes.style } : {}) },
		layout: layout,
		header: state.header,
		runningHeader: state.runningHeader,
		noise: state.noise,
		furniture: state.furniture.map((s) => (s.start > after ? move(s) : s)),
		plainFrom: state.plainFrom,
		markers,
		masked: state.masked.slice(0, line.start) + maskedLine + state.masked.slice(after),
	};
	const oldRegions = state.regions;
	const oldCitations = state.citations;
	// Units and structure: the previous ones, P read again, when the edit moves no boundary (parser/splice.ts).
	const spliced = spliceUnits(state, prevDoc, next, { line: i, start, oldEnd: end, delta, after });
	const doc = assemble(next, (regions, read) =>
		oldRegions && oldCitations ? spliceCitations(oldRegions, oldCitations, regions, read, { start: line.start, oldEnd: after, newEnd: after + delta }) : read(regions), spliced);
	const facts = factsOf(doc, text, next.masked, next);
	if (spliced) {
		facts.seed(LOCAL_EDIT, spliced.local);
	}
	return facts;
}

/**
 * Citations are read region by region: those of regions away from the edited line are the previous ones
 * (shifted past it); the regions around it, as the edit left them and as they were, are read again.
 */
function spliceCitations(oldRegions: readonly Span[], old: readonly Citation[], regions: readonly Span[], read: (r: readonly Span[]) => Citation[], edit: { start: number; oldEnd: number; newEnd: number }): Citation[] {
	const delta = edit.newEnd - edit.oldEnd;
	const toNew = (x: number) => (x >= edit.oldEnd ? x + delta : Math.min(x, edit.start));
	// The window, in the new offsets: grows until no region of either version straddles it.
	let lo = edit.start;
	let hi = edit.newEnd;
	for (let grown = true; grown;) {
		grown = false;
		for (const r of regions) {
			if (r.start <= hi && r.end >= lo && (r.start < lo || r.end > hi)) {
				lo = Math.min(lo, r.start);
				hi = Math.max(hi, r.end);
				grown = true;
			}
		}
		for (const r of oldRegions) {
			const s = toNew(r.start);
			const e = r.end >= edit.oldEnd ? r.end + delta : r.end > edit.start ? edit.newEnd : r.end;
			if (s <= hi && e >= lo && (s < lo || e > hi)) {
				lo = Math.min(lo, s);
				hi = Math.max(hi, e);
				grown = true;
			}
		}
	}
	const hiOld = hi - delta;
	const out: Citation[] = old.filter((c) => c.span.start < lo);
	out.push(...read(regions.filter((r) => r.start <= hi && r.end >= lo)));
	for (const c of old) {
		if (c.span.start > hiOld) {
			out.push(shifted(c, edit.oldEnd, delta));
		}
	}
	return out;
}

/**
 * The plain calls (bare digits, found by order) of the edited line, read from the number expected where it starts;
 * undefined when the number expected after it is not the same as before (every later call would move).
 */
function plainCalls(state: ParseState, old: string, line: Line, newLength: number, lineMask: string): MarkerFound[] | undefined {
	const labels = state.notes.texts.filter((t) => t.style === 'plain').map((t) => t.label);
	if (labels.length === 0) {
		return [];
	}
	if (line.end <= state.plainFrom) {
		return undefined;
	}
	const isPlain = (m: MarkerFound) => { const c = old.charCodeAt(m.span.start); return c >= 48 && c <= 57; };
	let expectedIn: number | undefined;
	let oldOut: number | undefined;
	for (const m of state.markers) {
		if (!isPlain(m)) {
			continue;
		}
		if (m.span.start < line.start) {
			expectedIn = Number(m.label) + 1;
		} else if (m.span.start <= line.end) {
			oldOut = Number(m.label) + 1;
		} else {
			break;
		}
	}
	const numbers = labels.map(Number).filter((n) => Number.isInteger(n) && n > 0);
	if (numbers.length === 0) {
		return [];
	}
	expectedIn ??= Math.min(...numbers);
	oldOut ??= expectedIn;
	if (!/\d/.test(lineMask)) {
		return oldOut === expectedIn ? [] : undefined;
	}
	// The line alone, between line breaks: the scanner looks at one character after a number and never across a blank.
	const found = scanPlainMarkers(`\n${lineMask}\n`, [{ start: 1, end: 1 + newLength }], labels, true, state.notes.texts.some((t) => t.style === 'plain' && t.listed), expectedIn);
	const newOut = found.length > 0 ? Number(found[found.length - 1].label) + 1 : expectedIn;
	if (newOut !== oldOut) {
		return undefined;
	}
	return found.map((m) => ({ span: { start: m.span.start - 1 + line.start, end: m.span.end - 1 + line.start }, label: m.label }));
}

/** Symbol markers (superscripts, `[^n]`) of one line, with the three characters before it that a superscript looks at. */
function lineMarkers(text: string, start: number, end: number): MarkerFound[] {
	const from = Math.max(0, start - 3);
	return scanSymbolMarkers(text.slice(from, end), [{ start: start - from, end: end - from }]).map((m) => ({
		span: { start: m.span.start + from, end: m.span.end + from }, label: m.label,
	}));
}

/** Markdown definitions `[^n]:` no `[^n]` calls: their calls are bare digits, found by order (as `findMarkers` reads them). */
function uncalledNotes(state: ParseState): boolean {
	const called = new Set(state.markers.filter((f) => state.text.startsWith('[^', f.span.start)).map((f) => f.label));
	return state.notes.texts.some((t) => t.style === 'markdown' && /^\d{1,3}$/.test(t.label) && !called.has(t.label));
}

/** Whether a line opens the body where no organ line does (as `findLayout` reads it). */
function startsBody(maskedLine: string, role: number): boolean {
	const t = maskedLine.trim();
	return role === LineRole.Text && (NUMBERED.test(t) || PREAMBLE_START.test(t));
}

/** Where the negotiation scanner reads a line's label: after its indent and emphasis. */
function firstWord(line: string): number {
	let at = 0;
	while (at < line.length && /[ \t\u00a0]/.test(line[at])) {
		at++;
	}
	while (at < line.length && (line[at] === '*' || line[at] === '_')) {
		at++;
	}
	return at;
}

function hasBreak(s: string): boolean {
	return s.includes('\n') || s.includes('\r');
}

/** The line holding `offset`: the last whose start is at or before it. */
function lineAt(lines: readonly Line[], offset: number): number {
	return lastStartingAtOrBefore(lines, offset);
}
