import { operativeParagraphs, type ResolutionDocument } from '../model/document';

/**
 * `Recalls decision 6/CMA.4, annex II, paragraph 49, that … in accordance with paragraph 17(f) of this decision`: after
 * `that`, the paragraph says what another decision or resolution says, and its paragraph references are that text's.
 */
const RECALLS_THAT = /^\s*(?:\d{1,3}\.\s+)?(?:Also\s+|Further\s+)?(?:recall(?:s|ing)|reaffirm(?:s|ing)|reiterat(?:es|ing)|rappel(?:le|ant)|réaffirm(?:e|ant)|recuerda|recordando|reafirma(?:ndo)?)\s+(?:its\s+|sa\s+|su\s+|la\s+|les\s+|las\s+)?(?:decisions?|décisions?|decisi(?:ón|ones)|resolutions?|résolutions?|resoluci(?:ón|ones))\s+[^;]{1,200}?,\s+(?:that|que|qu['’])/iu;

/** True when `at` lies in the part of a paragraph that restates another decision or resolution. */
export function inRecalledText(doc: ResolutionDocument, text: string, at: number): boolean {
	const p = [...doc.preamble, ...operativeParagraphs(doc)].find((q) => q.span.start <= at && at < q.span.end);
	if (!p) {
		return false;
	}
	const m = RECALLS_THAT.exec(text.slice(p.span.start, Math.min(at, p.span.start + 400)));
	return m !== null && p.span.start + m[0].length <= at;
}
