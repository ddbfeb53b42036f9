import { operativeParagraphs, type ResolutionDocument } from '../model/document';
import { hasLayout } from '../model/layout';
import { opensWithOrganName } from '../parser/olderLayouts';

/**
 * What the rules that assume a modern resolution leave alone in an older layout (issue 19 item 2): they stay
 * silent rather than guess.
 */

/** The operative paragraphs are not numbered at all (after an enacting sentence, or several after a preamble), or are a statute's articles. */
export function numberingSilent(doc: ResolutionDocument): boolean {
	return hasLayout(doc, 'statute') || (hasLayout(doc, 'enacting', 'unnumbered') && operativeParagraphs(doc).every((p) => !p.number));
}

/** Statements and articles end as sentences do: the operative paragraphs' endings are not checked. */
export function operativeEndingsSilent(doc: ResolutionDocument): boolean {
	return hasLayout(doc, 'statute', 'narrative');
}

/** Older unnumbered paragraphs end with `;` or `.` alike (a paragraph may hold several sentences). */
export function operativeEndingsLoose(doc: ResolutionDocument): boolean {
	return hasLayout(doc, 'enacting', 'unnumbered');
}

/** Operative paragraphs of an older layout open with infinitives (`To defer`), statements or articles, not verbs. */
export function operativeLeadsSilent(doc: ResolutionDocument): boolean {
	return hasLayout(doc);
}

/** `La Asamblea General, habiendo examinado …, acuerda:`: the enacting sentence names the organ, and is its organ line. */
export function organInSentence(doc: ResolutionDocument): boolean {
	return doc.organ === undefined && doc.layout?.enacting !== undefined && opensWithOrganName(doc.layout.enacting.value);
}

/** `[S/339]`, `[A/C.3/80/L.10 and Add.1]`: the document symbol older texts print under their heading, no bracket of a negotiation. */
export function symbolBracket(text: string, inner: { start: number; end: number }): boolean {
	return DOCUMENT_SYMBOLS.test(text.slice(inner.start, inner.end));
}

const DOCUMENT_SYMBOLS = /^\s*(?:A|S|E|ST|UNEP|TD)\/[\w.\-/()]+(?:(?:,|\s+(?:and|et|y))\s+(?:(?:A|S|E|ST|UNEP|TD)\/[\w.\-/()]+|Add\.\d+|Corr\.\d+|Rev\.\d+))*(?:,\s*[IVX]{1,4})?\s*$/;
