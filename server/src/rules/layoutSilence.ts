import { operativeParagraphs, type ResolutionDocument } from '../model/document';
import { hasLayout } from '../model/layout';

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
	return doc.organ === undefined && doc.layout?.enacting !== undefined && ORGAN_NAMED.test(doc.layout.enacting.value.replace(/^[\s*_]+/, ''));
}

const ORGAN_NAMED = /^(?:The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)|L['’]Assemblée\s+générale|Le\s+Conseil|La\s+Asamblea\s+General|El\s+Consejo)\b/i;
