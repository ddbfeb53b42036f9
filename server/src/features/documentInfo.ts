import { operativeParagraphs, type ResolutionDocument } from '../model/document';
import type { DocumentInfo } from '../protocol';

export type { DocumentInfo } from '../protocol';

/** What the status bar and `unres parse` summarise about a document. */
export function documentInfo(doc: ResolutionDocument): DocumentInfo {
	const operative = operativeParagraphs(doc).length;
	const notes = doc.footnotes.length === 1 ? '1 note' : `${doc.footnotes.length} notes`;
	const parts = [doc.lang.toUpperCase(), `${doc.preamble.length} PP`, `${operative} OP`, notes];
	if (doc.annexes.length > 0) {
		parts.push(doc.annexes.length === 1 ? '1 annex' : `${doc.annexes.length} annexes`);
	}
	return {
		lang: doc.lang,
		langDetected: doc.langDetected,
		...(doc.body ? { body: doc.body } : {}),
		...(doc.ownSymbol ? { ownSymbol: doc.ownSymbol.value } : {}),
		preambular: doc.preamble.length,
		operative,
		footnotes: doc.footnotes.length,
		citations: doc.citations.length,
		annexes: doc.annexes.length,
		summary: parts.join(' · '),
	};
}
