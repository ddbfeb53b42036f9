import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import type { Span } from '../model/document';
import type { Edit } from '../model/edit';
import type { Finding, Fix, Related } from '../model/finding';
import type { TextSegment } from '../parser/compilation';
import { lastStartingAtOrBefore, type LineMap } from '../parser/lines';
import type { RuleResult } from './diagnostics';

/**
 * A compilation (several resolutions in one file, decision 20) is read one text at a time: each segment is
 * parsed and checked as its own version, with offsets from its own start. These helpers carry what a segment
 * answers back into the whole file: findings by offset, LSP data by line (a segment starts at a line start, so
 * a position moves by whole lines and keeps its character).
 */

const rebaseSpan = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
const rebaseEdit = (e: Edit, by: number): Edit => ({ ...e, span: rebaseSpan(e.span, by) });
const rebaseRelated = (r: Related, by: number): Related => ({ ...r, span: rebaseSpan(r.span, by) });

export function rebaseEdits(edits: readonly Edit[], by: number): Edit[] {
	return edits.map((e) => rebaseEdit(e, by));
}

function rebaseFix(fix: Fix, by: number): Fix {
	return { ...fix, edits: rebaseEdits(fix.edits, by) };
}

/** A finding moved by `by` characters. Its fixes stay lazy: a rule's fixes are often a getter over a plan made on ask. */
export function rebaseFinding(finding: Finding, by: number): Finding {
	if (by === 0) {
		return finding;
	}
	const { span, messageKey, args, severity, related } = finding;
	let fixes: readonly Fix[] | undefined;
	let rebased = false;
	return {
		span: rebaseSpan(span, by), messageKey, args,
		...(severity ? { severity } : {}),
		...(related ? { related: related.map((r) => rebaseRelated(r, by)) } : {}),
		get fixes(): readonly Fix[] | undefined {
			if (!rebased) {
				rebased = true;
				// The same Fix object for every ask: code actions group diagnostics by fix identity.
				fixes = finding.fixes?.map((f) => rebaseFix(f, by));
			}
			return fixes;
		},
	};
}

export function rebaseResults(results: readonly RuleResult[], by: number): RuleResult[] {
	return results.map((r) => ({ ...r, finding: rebaseFinding(r.finding, by) }));
}

/**
 * A copy of LSP data with every position moved down `delta` lines: `{ line, character }` and folding ranges'
 * `startLine`/`endLine`. Locations and edits of another document are left as they are.
 */
export function shiftLines<T>(value: T, delta: number, uri: string): T {
	return delta === 0 ? value : (shift(value, delta, uri) as T);
}

function shift(value: unknown, delta: number, uri: string): unknown {
	if (Array.isArray(value)) {
		return value.map((v) => shift(v, delta, uri));
	}
	if (value === null || typeof value !== 'object') {
		return value;
	}
	const o = value as Record<string, unknown>;
	if (typeof o.uri === 'string' && o.uri !== uri && 'range' in o) {
		return value; // a location in another file
	}
	const out: Record<string, unknown> = {};
	for (const [key, v] of Object.entries(o)) {
		if ((key === 'line' && typeof o.character === 'number') || ((key === 'startLine' || key === 'endLine') && typeof v === 'number')) {
			out[key] = (v as number) + delta;
		} else if (key === 'changes' && v && typeof v === 'object' && !Array.isArray(v)) {
			// WorkspaceEdit.changes: only this document's edits move.
			out[key] = Object.fromEntries(Object.entries(v).map(([u, edits]) => [u, u === uri ? shift(edits, delta, uri) : edits]));
		} else if (key === 'textDocument' || key === 'data' || key === 'command') {
			out[key] = v;
		} else {
			out[key] = shift(v, delta, uri);
		}
	}
	// documentChanges entries name their document: another document's edits stay.
	const doc = o.textDocument as { uri?: unknown } | undefined;
	if (doc && typeof doc.uri === 'string' && doc.uri !== uri) {
		return value;
	}
	return out;
}

/** The segment that holds `offset` (a position on a boundary belongs to the text it starts). */
export function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
	return lastStartingAtOrBefore(segments, offset);
}

/** One text of a compilation as the outline shows it: its name and its own outline (already in whole-file lines). */
export interface SegmentOutline {
	readonly segment: TextSegment;
	readonly name: string;
	readonly detail?: string;
	readonly symbols: readonly DocumentSymbol[];
}

const KIND_FILE = 1 as DocumentSymbol['kind'];

/** The outline of a compilation: one top-level entry per resolution, its own outline below it. */
export function compilationSymbols(parts: readonly SegmentOutline[], lines: LineMap): DocumentSymbol[] {
	return parts.map((p) => {
		const range = lines.range({ start: p.segment.start, end: p.segment.end });
		const first = p.symbols[0];
		return {
			name: p.name || '…',
			kind: KIND_FILE,
			range,
			selectionRange: first?.selectionRange ?? { start: range.start, end: range.start },
			...(p.detail ? { detail: p.detail } : {}),
			...(p.symbols.length > 0 ? { children: [...p.symbols] } : {}),
		};
	});
}

/** Folding for a compilation: each text as one region, then its own ranges. */
export function compilationFolding(parts: readonly { segment: TextSegment; ranges: readonly FoldingRange[] }[], lines: LineMap): FoldingRange[] {
	const out: FoldingRange[] = [];
	for (const p of parts) {
		const startLine = lines.position(p.segment.start).line;
		const endLine = lines.position(Math.max(p.segment.start, p.segment.end - 1)).line;
		if (endLine > startLine) {
			out.push({ startLine, endLine, kind: 'region' });
		}
		out.push(...p.ranges.filter((r) => r.startLine !== startLine || r.endLine !== endLine));
	}
	return out;
}
