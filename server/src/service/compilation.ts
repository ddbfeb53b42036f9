import type { CodeAction, CodeActionContext, DocumentSymbol, FoldingRange, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { FIX_ALL_KIND, type EditSupport } from '../features/codeActions';
import { compilationFolding, compilationSymbols, rebaseEdits, rebaseResults, segmentIndexAt, shiftLines } from '../features/compilation';
import { compilationInfo, type DocumentInfo } from '../features/documentInfo';
import type { RuleResult } from '../features/diagnostics';
import type { RenumberPlan } from '../fixes/renumber';
import type { Locale } from '../l10n/messages';
import { COMPILATION, type TextSegment } from '../parser/compilation';
import type { DocumentFacts, TextChange } from '../model/analysis';
import type { Lang } from '../model/document';
import { lastStartingAtOrBefore, LineMap } from '../parser/lines';
import { parseVersion } from '../parser/parse';
import { reparse } from '../parser/reparse';
import type { RuleContext } from '../rules/types';
import type { FeatureSet } from './features';

/**
 * The language service over a compilation (decision 20): each text of the file is a version of its own — parsed,
 * checked, outlined and answered on its own — and what it answers is carried back into the whole file.
 */

/** One text of a compilation: where it lies in the file and its own analysis (offsets and lines from its start). */
export interface Part {
	readonly segment: TextSegment;
	readonly analysis: Analysis;
}

/** A part checked: its rule context and findings, in the part's own offsets. */
export interface CheckedPart extends Part {
	readonly ctx: RuleContext;
	readonly results: RuleResult[];
}

/**
 * The parts of each analysed version, made once per version and kept as long as the version is. A text of the
 * file that an edit left as it was keeps its parse and its findings: a keystroke reads one text again, not all.
 */
export class Compilations {
	readonly #parts = new WeakMap<Analysis, readonly Part[] | null>();
	/** The last version's parts of each open document, by the language forced on them. */
	readonly #last = new Map<string, { readonly version: number; readonly lang: string; readonly parts: readonly Part[] }>();
	readonly #checks = new WeakMap<DocumentFacts, { readonly key: unknown; readonly catalog: unknown; readonly checked: { ctx: RuleContext; results: RuleResult[] } }>();

	/** The texts of `a`, or undefined when it holds one resolution (the common case: nothing changes). */
	partsOf(a: Analysis): readonly Part[] | undefined {
		let parts = this.#parts.get(a);
		if (parts === undefined) {
			const segments = a.segments ?? a.facts.get(COMPILATION);
			const lang = forcedLang(a) ?? '';
			const last = this.#last.get(a.uri);
			parts = segments.length > 1 ? readParts(a, segments, last && last.lang === lang ? last : undefined) : null;
			this.#parts.set(a, parts);
			if (parts) {
				this.#last.set(a.uri, { version: a.version, lang, parts });
			} else {
				this.#last.delete(a.uri);
			}
		}
		return parts ?? undefined;
	}

	/** Runs the rules on every part, each text on its own; a text that did not change keeps its findings. */
	checkParts(parts: readonly Part[], rules: unknown, catalog: unknown, run: (a: Analysis) => { ctx: RuleContext; results: RuleResult[] }): CheckedPart[] {
		const key = JSON.stringify(rules ?? {});
		return parts.map((p) => {
			const hit = this.#checks.get(p.analysis.facts);
			const checked = hit && hit.key === key && hit.catalog === catalog ? hit.checked : run(p.analysis);
			// What the rules could reuse of the text's version before is reused now: that version can go.
			p.analysis.facts.forgetPrevious();
			this.#checks.set(p.analysis.facts, { key, catalog, checked });
			return { ...p, ...checked };
		});
	}

	/** Each text's status bar counts, made once per text version (a keystroke reads one text again). */
	readonly #infos = new WeakMap<DocumentFacts, DocumentInfo>();

	/** The service's one `documentInfo` feature over a compilation (`partsInfo`), each text's counts kept. */
	infoOf(parts: readonly Part[], info: FeatureSet['documentInfo']): DocumentInfo {
		return compilationInfo(parts.map((p) => {
			let one = this.#infos.get(p.analysis.facts);
			if (!one) {
				one = info(p.analysis.doc);
				this.#infos.set(p.analysis.facts, one);
			}
			return one;
		}));
	}

	/** A document closed: its last parts go. */
	forget(uri: string): void {
		this.#last.delete(uri);
	}
}

/** The language the settings force on a version (each text of a compilation is read in it). */
function forcedLang(a: Analysis): Lang | undefined {
	return a.segments ? a.lang : a.doc.langDetected ? undefined : a.doc.lang;
}

/**
 * The parts of a version. After an edit inside one line that kept the split (`since.kept`), every text but the
 * edited one is the last version's, and that one is reparsed from its last version (in place when it can be);
 * otherwise a text the edit left as it was is found by its text and keeps its analysis.
 */
function readParts(a: Analysis, segments: readonly TextSegment[], last: { readonly version: number; readonly parts: readonly Part[] } | undefined): Part[] {
	const since = a.since;
	if (last && since?.kept && since.version === last.version && last.parts.length === segments.length) {
		const k = lastStartingAtOrBefore(segments, since.change.start);
		return segments.map((segment, i) => {
			const old = last.parts[i];
			return { segment, analysis: i === k ? editedPart(a, segment, old, since.change) : { ...old.analysis, version: a.version } };
		});
	}
	if (last && since && since.version === last.version) {
		return movedParts(a, segments, last.parts, since.change);
	}
	const kept = new Map(last ? last.parts.map((p) => [p.analysis.text, p.analysis]) : []);
	return segments.map((segment) => {
		const old = kept.get(a.text.slice(segment.start, segment.end));
		return { segment, analysis: old ? { ...old, version: a.version } : partAnalysis(a, segment) };
	});
}

/**
 * The parts after an edit that split the file again (a line break typed or removed, a heading edited): a text
 * wholly before the edit is the old one at the same place, a text wholly after it the old one moved by the edit's
 * length (the same characters, so no text is compared); the text that holds the edit is reparsed from the old
 * one that held it at the same start, else parsed anew.
 */
function movedParts(a: Analysis, segments: readonly TextSegment[], old: readonly Part[], change: TextChange): Part[] {
	const delta = change.text.length - (change.end - change.start);
	const newEnd = change.start + change.text.length;
	const byStart = new Map(old.map((p) => [p.segment.start, p]));
	return segments.map((segment) => {
		const before = segment.end <= change.start;
		const after = segment.start >= newEnd;
		const was = byStart.get(after ? segment.start - delta : segment.start);
		if (was && was.segment.end === (before ? segment.end : segment.end - delta)) {
			if (before || after) {
				return { segment, analysis: { ...was.analysis, version: a.version } };
			}
			if (was.segment.start <= change.start && change.end <= was.segment.end) {
				return { segment, analysis: editedPart(a, segment, was, change) };
			}
		}
		return { segment, analysis: partAnalysis(a, segment) };
	});
}

/** The edited text of a compilation, reparsed from its last version (parser/reparse.ts decides how). */
function editedPart(whole: Analysis, segment: TextSegment, old: Part, change: TextChange): Analysis {
	const text = whole.text.slice(segment.start, segment.end);
	const local = { start: change.start - old.segment.start, end: change.end - old.segment.start, text: change.text };
	if (local.start < 0 || local.end > old.analysis.text.length) {
		return partAnalysis(whole, segment);
	}
	const lang = forcedLang(whole);
	const facts = reparse(old.analysis.facts, local, text, lang ? { lang } : {});
	return { uri: whole.uri, version: whole.version, text, doc: facts.doc, lines: new LineMap(text), facts };
}

function partAnalysis(whole: Analysis, segment: TextSegment): Analysis {
	const text = whole.text.slice(segment.start, segment.end);
	// A language the user forced holds for every text; otherwise each text finds its own.
	const lang = forcedLang(whole);
	const facts = parseVersion(text, lang ? { lang } : {});
	return { uri: whole.uri, version: whole.version, text, doc: facts.doc, lines: new LineMap(text), facts };
}

/** Every part's findings, moved into the whole file's offsets, in file order. */
export function mergedResults(parts: readonly CheckedPart[]): RuleResult[] {
	return parts.flatMap((p) => rebaseResults(p.results, p.segment.start));
}

/** Runs a position feature on the text that holds `offset`: the offset goes in, the answer's lines come back moved. */
export function atPart<T>(parts: readonly Part[], offset: number, run: (a: Analysis, offset: number) => T, shift = true): T {
	const p = parts[segmentIndexAt(parts.map((x) => x.segment), offset)];
	const answer = run(p.analysis, offset - p.segment.start);
	return shift ? shiftLines(answer, p.segment.line, p.analysis.uri) : answer;
}

/** A list feature over every part, each answer moved to its part's lines. */
export function overParts<T>(parts: readonly Part[], run: (a: Analysis) => readonly T[]): T[] {
	return parts.flatMap((p) => shiftLines([...run(p.analysis)], p.segment.line, p.analysis.uri));
}

/** `unres.renumber` and fix-all over a compilation: each text renumbered on its own, the edits in file offsets. */
export function renumberParts(parts: readonly CheckedPart[], plan: (ctx: RuleContext) => RenumberPlan): RenumberPlan {
	const plans = parts.map((p) => ({ p, plan: plan(p.ctx) }));
	return {
		edits: plans.flatMap(({ p, plan: x }) => rebaseEdits(x.edits, p.segment.start)),
		notes: plans.flatMap(({ plan: x }) => x.notes),
	};
}

const moveRange = (r: Range, delta: number): Range => ({ start: { line: r.start.line + delta, character: r.start.character }, end: { line: r.end.line + delta, character: r.end.character } });

/**
 * Code actions over a compilation: quick fixes from the texts the range touches (the diagnostics the client sends
 * back go to the text they lie in), and one fix-all that renumbers every text.
 */
export function compilationCodeActions(
	parts: readonly CheckedPart[], request: { range: Range; context: CodeActionContext }, locale: Locale, support: EditSupport,
	rules: Readonly<Record<string, unknown>> | undefined, codeActions: FeatureSet['codeActions'],
): CodeAction[] {
	const out: CodeAction[] = [];
	let fixAll: CodeAction | undefined;
	for (const p of parts) {
		const { line } = p.segment;
		const lastLine = line + p.analysis.lines.lineCount - 1;
		const touches = request.range.end.line >= line && request.range.start.line <= lastLine;
		const inside = (r: Range) => r.start.line >= line && r.start.line <= lastLine;
		const diagnostics = touches ? request.context.diagnostics.filter((d) => inside(d.range)).map((d) => ({ ...d, range: moveRange(d.range, -line) })) : [];
		const range = moveRange(request.range, -line);
		const target = { uri: p.analysis.uri, version: p.analysis.version, lines: p.analysis.lines };
		const actions = codeActions(p.ctx, p.results, { range, diagnostics, ...(request.context.only ? { only: request.context.only } : {}) }, target, locale, support, rules);
		for (const action of shiftLines(actions, line, p.analysis.uri)) {
			if (action.kind !== FIX_ALL_KIND) {
				out.push(action); // its diagnostics moved back to the client's lines with the rest
			} else if (fixAll) {
				fixAll = { ...fixAll, edit: joinEdits(fixAll.edit, action.edit) };
			} else {
				fixAll = action;
			}
		}
	}
	return fixAll ? [...out, fixAll] : out;
}

/** Two workspace edits on one document as one. */
function joinEdits(a: WorkspaceEdit | undefined, b: WorkspaceEdit | undefined): WorkspaceEdit | undefined {
	if (!a || !b) {
		return a ?? b;
	}
	if (a.changes && b.changes) {
		const changes: Record<string, TextEdit[]> = { ...a.changes };
		for (const [uri, edits] of Object.entries(b.changes)) {
			changes[uri] = [...(changes[uri] ?? []), ...edits];
		}
		return { changes };
	}
	const [x] = a.documentChanges ?? [];
	const [y] = b.documentChanges ?? [];
	if (x && y && 'edits' in x && 'edits' in y) {
		return { documentChanges: [{ ...x, edits: [...x.edits, ...y.edits] }] };
	}
	return a;
}

/** The outline of a compilation: one entry per resolution, named by its title (or symbol), its outline below. */
export function partsOutline(parts: readonly Part[], outline: FeatureSet['documentSymbols'], lines: LineMap): DocumentSymbol[] {
	return compilationSymbols(parts.map((p) => {
		const { doc, text } = p.analysis;
		const symbols = shiftLines(outline(doc, text, p.analysis.lines), p.segment.line, p.analysis.uri);
		// The title entry names the text; the rest of its outline goes below it.
		const title = doc.title && symbols[0]?.kind === 1 ? symbols[0] : undefined;
		const name = title?.name ?? doc.ownSymbol?.value ?? firstLine(text);
		const detail = title?.detail ?? (title ? undefined : doc.ownSymbol?.value);
		return { segment: p.segment, name, ...(detail && detail !== name ? { detail } : {}), symbols: title ? symbols.slice(1) : symbols };
	}), lines);
}

export function partsFolding(parts: readonly Part[], folding: FeatureSet['foldingRanges'], lines: LineMap): FoldingRange[] {
	return compilationFolding(parts.map((p) => ({ segment: p.segment, ranges: shiftLines(folding(p.analysis.doc, p.analysis.lines), p.segment.line, p.analysis.uri) })), lines);
}

/** The status bar of a compilation: each text's counts added up. */
export function partsInfo(parts: readonly Part[], info: FeatureSet['documentInfo']): DocumentInfo {
	return compilationInfo(parts.map((p) => info(p.analysis.doc)));
}

function firstLine(text: string): string {
	const line = /\S[^\n\r]*/.exec(text)?.[0] ?? '';
	return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
