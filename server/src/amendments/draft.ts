import type { ResolutionDocument, Span } from '../model/document';
import { MASKED } from '../parser/mask';
import { parseVersion } from '../parser/parse';
import { blankFurniture } from '../versions/furniture';
import type { PartName } from './types';
import { logicalParagraphs, type Logical } from './paragraphs';
import { paragraphView, type ParagraphView } from './view';

// The tabled draft as amendments read it, and the changes made to it.

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
