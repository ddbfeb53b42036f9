import type { Hover } from 'vscode-languageserver-types';
import { format, msg, type Locale, type Message } from '../l10n/messages';
import { operativeParagraphs, type ResolutionDocument, type Span } from '../model/document';
import type { LineMap } from '../parser/lines';

// `format` capitalises a whole message; a place inside a sentence stays in lower case.
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const inside = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** Where a marker sits, for the hover on a footnote text: `operative paragraph 13`, `the preamble (Rappelant)`. */
function placeOf(doc: ResolutionDocument, offset: number): Message | string {
	const op = operativeParagraphs(doc).find((p) => offset >= p.span.start && offset <= p.span.end);
	if (op?.number) {
		return msg('noun.operative', op.number.value);
	}
	const pp = doc.preamble.find((p) => offset >= p.span.start && offset <= p.span.end);
	if (pp) {
		return pp.lead ? msg('hover.place.line', msg('hover.place.preamble'), `*${pp.lead.value}*`) : msg('hover.place.preamble');
	}
	return msg('hover.place.text');
}

/**
 * Hover on a footnote marker shows the footnote's text; on the marker that opens a footnote text, where the
 * footnote is called from. A marker without a text says so.
 */
export function footnoteHover(doc: ResolutionDocument, text: string, lines: LineMap, offset: number, locale: Locale = 'en'): Hover | undefined {
	const marker = doc.footnoteMarkers.find((m) => inside(m.span, offset));
	if (marker) {
		const note = marker.footnote !== undefined ? doc.footnotes[marker.footnote] : undefined;
		const title = `**${format('hover.footnote.title', [marker.label], locale)}**`;
		const value = note ? `${title}\n\n${text.slice(note.textSpan.start, note.textSpan.end)}` : `${title}: ${format('hover.footnote.noText', [], locale)}`;
		return { contents: { kind: 'markdown', value }, range: lines.range(marker.span) };
	}
	const note = doc.footnotes.find((f) => inside(f.markerSpan, offset));
	if (note) {
		const calls = note.markers.map((i) => doc.footnoteMarkers[i]);
		const where = calls.length > 0
			? format('hover.footnote.calledFrom', [calls.map((m) => lowerFirst(format('hover.place.line', [placeOf(doc, m.span.start), lines.position(m.span.start).line + 1], locale))).join('; ')], locale)
			: format('hover.footnote.uncalled', [], locale);
		return { contents: { kind: 'markdown', value: `**${format('hover.footnote.title', [note.label], locale)}** — ${where}` }, range: lines.range(note.markerSpan) };
	}
	return undefined;
}
