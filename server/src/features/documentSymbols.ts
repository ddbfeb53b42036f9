import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { OperativeParagraph, OperativePart, Paragraph, ResolutionDocument, Span, SubParagraph } from '../model/document';
import type { LineMap } from '../parser/lines';
import { alternativeSymbols, optionSymbols, paragraphOutline } from './negotiation';
import { partNames } from './names';

// SymbolKind values (LSP): spelled out so the core needs only the protocol's types.
const KIND = { File: 1, Module: 2, Namespace: 3, Method: 6, Field: 8, Enum: 10, String: 15, Number: 16, Key: 20, EnumMember: 22, Event: 24 } as const;

const MAX_NAME = 80;

function shorten(s: string, max = MAX_NAME): string {
	const one = s.replace(/\s+/g, ' ').trim();
	return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** A note's text as read: `*Recueil des Traités*` → Recueil des Traités, `[text](url)` → text, `[^1]` dropped. */
function plainMarkdown(s: string): string {
	return s
		.replace(/\[\^[^\]\s]{1,20}\]/g, '')
		.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
		.replace(/(\*{1,3}|_{1,3})(?=\S)([^*_]*?\S)\1(?![\p{L}\p{N}])/gu, '$2')
		.replace(/\\([*_[\]])/g, '$1');
}

/**
 * The outline: title, preamble (one child per paragraph, named by its lead phrase), operative part(s)
 * (`13. Encourage`, sub-paragraphs as children), closing line, annexes and footnotes.
 */
export function documentSymbols(doc: ResolutionDocument, text: string, lines: LineMap): DocumentSymbol[] {
	const names = partNames(doc.lang);
	const range = (span: Span): Range => lines.range(span);
	const symbol = (name: string, kind: number, span: Span, selection: Span, children?: DocumentSymbol[], detail?: string): DocumentSymbol => ({
		name: name || '…',
		kind: kind as DocumentSymbol['kind'],
		range: range(span),
		selectionRange: range(selection.start >= span.start && selection.end <= span.end ? selection : span),
		...(detail ? { detail } : {}),
		...(children && children.length > 0 ? { children } : {}),
	});
	const firstWords = (p: Paragraph) => shorten(text.slice(p.segments[0].start, Math.min(p.segments[0].end, p.segments[0].start + 40)));
	const subSymbols = (subs: readonly SubParagraph[]): DocumentSymbol[] =>
		subs.map((s) => symbol(s.label.value, KIND.EnumMember, s.span, s.label.span, subSymbols(s.children), shorten(text.slice(s.label.span.end, Math.min(s.span.end, s.label.span.end + 60)))));
	// A negotiation text shows each paragraph's label (`OP5bis`), its bracket count and its alternatives.
	const negotiated = (p: Paragraph, name: string) => {
		const o = paragraphOutline(doc, p);
		return { name: o.prefix ? `${o.prefix} ${name.replace(/^\d+\.\s*/, '')}` : name, detail: o.detail, alternatives: alternativeSymbols(doc, text, p, lines) };
	};
	const operative = (p: OperativeParagraph) => {
		const o = negotiated(p, p.number ? `${p.number.value}. ${p.lead?.value ?? ''}`.trim() : p.lead?.value ?? firstWords(p));
		return symbol(o.name, KIND.Method, p.span, p.numberToken ?? p.lead?.span ?? p.span, [...subSymbols(p.subParagraphs), ...o.alternatives], o.detail);
	};
	const part = (part: OperativePart, fallback: string) =>
		symbol(part.heading ? shorten(part.heading.text) : fallback, KIND.Namespace, part.span, part.heading?.span ?? part.span, part.paragraphs.map(operative));

	const out: DocumentSymbol[] = [];
	if (doc.title) {
		const name = doc.ownSymbol && doc.title.span.start <= doc.ownSymbol.span.start ? `${text.slice(doc.ownSymbol.span.start, doc.ownSymbol.span.end)}. ${doc.title.text}` : doc.title.text;
		out.push(symbol(shorten(name, 160), KIND.File, doc.title.span, doc.title.textSpan, undefined, doc.ownSymbol?.value));
	}
	if (doc.preamble.length > 0) {
		const span = { start: doc.preamble[0].span.start, end: doc.preamble[doc.preamble.length - 1].span.end };
		const children = doc.preamble.map((p) => {
			const o = negotiated(p, p.lead?.value ?? firstWords(p));
			return symbol(o.name, KIND.Field, p.span, p.lead?.span ?? p.span, [...subSymbols(p.subParagraphs), ...o.alternatives], o.detail);
		});
		out.push(symbol(names.preamble, KIND.Namespace, span, doc.organ?.span ?? span, children, `${doc.preamble.length}`));
	}
	if (doc.operativeParts.length === 1 && !doc.operativeParts[0].heading) {
		const p = doc.operativeParts[0];
		out.push(symbol(names.operative, KIND.Namespace, p.span, p.span, p.paragraphs.map(operative), `${p.paragraphs.length}`));
	} else {
		for (const p of doc.operativeParts) {
			out.push(part(p, names.operative));
		}
	}
	if (doc.closing) {
		out.push(symbol(shorten(text.slice(doc.closing.meeting.span.start, doc.closing.meeting.span.end).replace(/^[*_]+/, '')), KIND.Event, doc.closing.span, doc.closing.meeting.span, undefined, doc.closing.date?.value));
	}
	for (const annex of doc.annexes) {
		const children = [
			...annex.paragraphs.map((p) => symbol(p.lead?.value ?? firstWords(p), KIND.Field, p.span, p.lead?.span ?? p.span, subSymbols(p.subParagraphs))),
			...(annex.parts.length === 1 && !annex.parts[0].heading ? annex.parts[0].paragraphs.map(operative) : annex.parts.map((p) => part(p, names.paragraph))),
		].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
		out.push(symbol(annex.heading.value, KIND.Module, annex.span, annex.heading.span, children, annex.title ? shorten(annex.title) : undefined));
	}
	if (doc.footnotes.length > 0) {
		const children = doc.footnotes.map((f) => symbol(`${f.label} ${shorten(plainMarkdown(text.slice(f.textSpan.start, f.textSpan.end)))}`, KIND.Key, f.span, f.markerSpan));
		// The outline sorts by position: notes at page feet would put "Notes" inside the preamble. The group starts
		// after every other entry, so that it comes last; each note keeps its own place.
		const last = doc.footnotes[doc.footnotes.length - 1];
		const others = out.map((o) => lines.offset(o.range.start));
		const start = Math.min(Math.max(last.span.start, ...others.map((o) => o + 1)), text.length);
		const span = { start, end: text.length };
		out.push(symbol(names.footnotes, KIND.Namespace, span, start <= last.markerSpan.start ? last.markerSpan : span, children, `${doc.footnotes.length}`));
	}
	out.push(...optionSymbols(doc, text, lines));
	return out;
}
