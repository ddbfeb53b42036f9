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
	if (doc.negotiation) {
		// `EN · negotiation · 23 PP · 14 OP · 37 [ ] open · 9 agreed`
		const n = doc.negotiation;
		const open = n.brackets.filter((b) => !b.status).length + n.unmatched.length;
		parts.splice(1, 0, 'negotiation');
		parts.push(`${open} [ ] open`, `${n.statusMarks.length} agreed`);
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
		...(doc.negotiation ? { negotiation: {
			open: doc.negotiation.brackets.filter((b) => !b.status).length + doc.negotiation.unmatched.length,
			agreed: doc.negotiation.statusMarks.length,
			labels: doc.negotiation.labels.length,
			options: doc.negotiation.optionBlocks.length,
		} } : {}),
		summary: parts.join(' · '),
	};
}

/**
 * A compilation (decision 20): the counts of all its texts added up, with how many resolutions it holds —
 * `EN · 35 resolutions · 412 PP · 380 OP · 120 notes`. The language is the first text's (the summary names every
 * language found).
 */
export function compilationInfo(infos: readonly DocumentInfo[]): DocumentInfo {
	const first = infos[0];
	const sum = (key: 'preambular' | 'operative' | 'footnotes' | 'citations' | 'annexes') => infos.reduce((n, i) => n + i[key], 0);
	const langs = [...new Set(infos.map((i) => i.lang.toUpperCase()))];
	const notes = sum('footnotes');
	const annexes = sum('annexes');
	const parts = [langs.join('/'), `${infos.length} resolutions`, `${sum('preambular')} PP`, `${sum('operative')} OP`, notes === 1 ? '1 note' : `${notes} notes`];
	if (annexes > 0) {
		parts.push(annexes === 1 ? '1 annex' : `${annexes} annexes`);
	}
	return {
		lang: first.lang,
		langDetected: first.langDetected,
		// The file has no one symbol; a body only where every text has the same.
		...(first.body && infos.every((i) => i.body === first.body) ? { body: first.body } : {}),
		preambular: sum('preambular'),
		operative: sum('operative'),
		footnotes: notes,
		citations: sum('citations'),
		annexes,
		resolutions: infos.length,
		summary: parts.join(' · '),
	};
}
