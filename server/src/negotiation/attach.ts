import type { Paragraph, ResolutionDocument } from '../model/document';
import type { NegotiationText, ParagraphLabel } from '../model/negotiation';

/** Every paragraph of the document, preamble, operative parts and annexes. */
export function allParagraphs(doc: ResolutionDocument): Paragraph[] {
	return [
		...doc.preamble,
		...doc.operativeParts.flatMap((p) => p.paragraphs),
		...doc.annexes.flatMap((a) => [...a.paragraphs, ...a.parts.flatMap((p) => p.paragraphs)]),
	];
}

/**
 * Gives the parse of the view back its negotiation layer: the document knows it is a negotiation text and each
 * paragraph its label as written. The parser's own object is completed in place, so its memo (the mask) stays valid.
 */
export function attachNegotiation(doc: ResolutionDocument, negotiation: NegotiationText): ResolutionDocument {
	(doc as { negotiation?: NegotiationText }).negotiation = negotiation;
	if (negotiation.labels.length === 0) {
		return doc;
	}
	const byStart = new Map<number, ParagraphLabel>();
	for (const l of negotiation.labels) {
		byStart.set(l.span.start, l);
		byStart.set(l.textStart, l);
	}
	for (const p of allParagraphs(doc)) {
		const label = byStart.get(p.span.start);
		if (label) {
			(p as { label?: ParagraphLabel }).label = label;
		}
	}
	return doc;
}
