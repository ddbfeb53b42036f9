import type { Hover } from 'vscode-languageserver-types';
import { operativeParagraphs, type ResolutionDocument, type Span } from '../model/document';
import type { LineMap } from '../parser/lines';

const inside = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** Where a marker sits, for the hover on a footnote text: `operative paragraph 13`, `the preamble (Rappelant également)`. */
function placeOf(doc: ResolutionDocument, offset: number): string {
	const op = operativeParagraphs(doc).find((p) => offset >= p.span.start && offset <= p.span.end);
	if (op) {
		return op.number ? `operative paragraph ${op.number.value}` : 'the operative paragraph';
	}
	const pp = doc.preamble.find((p) => offset >= p.span.start && offset <= p.span.end);
	if (pp) {
		return `the preamble${pp.lead ? ` (${pp.lead.value})` : ''}`;
	}
	return doc.title && inside(doc.title.span, offset) ? 'the title' : 'the text';
}

/**
 * Hover on a footnote marker shows the footnote's text; on the marker that opens a footnote text, where the
 * footnote is called. A marker without text says so.
 */
export function footnoteHover(doc: ResolutionDocument, text: string, lines: LineMap, offset: number): Hover | undefined {
	const marker = doc.footnoteMarkers.find((m) => inside(m.span, offset));
	if (marker) {
		const note = marker.footnote !== undefined ? doc.footnotes[marker.footnote] : undefined;
		const value = note
			? `**Footnote ${marker.label}**\n\n${text.slice(note.textSpan.start, note.textSpan.end)}`
			: `**Footnote ${marker.label}**: no footnote text with this number.`;
		return { contents: { kind: 'markdown', value }, range: lines.range(marker.span) };
	}
	const note = doc.footnotes.find((f) => inside(f.markerSpan, offset));
	if (note) {
		const calls = note.markers.map((i) => doc.footnoteMarkers[i]);
		const where = calls.length > 0
			? calls.map((m) => `${placeOf(doc, m.span.start)}, line ${lines.position(m.span.start).line + 1}`).join('; ')
			: 'no marker calls this footnote';
		return { contents: { kind: 'markdown', value: `**Footnote ${note.label}** — called from ${where}.` }, range: lines.range(note.markerSpan) };
	}
	return undefined;
}
