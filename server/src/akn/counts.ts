/**
 * The structure both sides must agree on (issue 17): paragraphs, sub-paragraphs on their own lines, notes, own
 * symbol, title and adoption date — from the AKN reading and from unres's parse of the imported draft.
 */
import { operativeParagraphs, type ResolutionDocument, type SubParagraph } from '../model/document';
import type { AknParagraph, AknResolution, AknSubParagraph } from './model';

export interface Structure {
	readonly preambular: number;
	readonly operative: number;
	readonly subParagraphs: number;
	readonly footnotes: number;
	readonly symbol?: string;
	readonly title?: string;
	readonly date?: string;
}

export function aknStructure(res: AknResolution): Structure {
	// Points numbered `1.`, `2.` (the agenda a paragraph approves, A/RES/78/223) are a list the paragraph quotes, no
	// sub-paragraphs: unres holds them as lines of that paragraph.
	const subs = (list: readonly AknSubParagraph[]): number => list.reduce((n, s) => n + (/^\d+\.?$/.test(s.label) ? 0 : 1) + subs(s.children), 0);
	const paragraphs = [...res.preamble, ...res.parts.flatMap((p) => [...(p.preamble ?? []), ...p.paragraphs])];
	const own = (list: readonly AknParagraph[] | undefined) => (list ?? []).filter((p) => !p.heading).length;
	return {
		preambular: own(res.preamble) + res.parts.reduce((n, p) => n + own(p.preamble), 0),
		operative: res.parts.reduce((n, p) => n + p.paragraphs.length, 0),
		subParagraphs: paragraphs.reduce((n, p) => n + subs(p.subParagraphs), 0),
		footnotes: res.notes.length,
		// unres's own symbol is the catalogue form, without the part letters of `A/RES/74/232 B`.
		symbol: norm(res.symbol?.replace(/\s+[A-Z](?:\s*[-–,]\s*[A-Z])*$/, '')),
		title: norm(res.title),
		date: res.adoptionDate,
	};
}

export function documentStructure(doc: ResolutionDocument): Structure {
	// Labels running inside a paragraph (`… pour ce qui est : a) … ; b) …`) are text in AKN too: not counted.
	const subs = (list: readonly SubParagraph[]): number => list.reduce((n, s) => n + (s.inline ? 0 : 1) + subs(s.children), 0);
	const paragraphs = [...doc.preamble, ...operativeParagraphs(doc)];
	// The enacting sentence (`*Resolves* that:`, `*Adopts* the following declaration:`) opens the operative part: AKN
	// holds it as the main body's first (unnumbered) paragraph, unres beside the parts (doc.layout.enacting).
	const enacting = doc.layout?.enacting ? 1 : 0;
	return {
		preambular: doc.preamble.length,
		operative: operativeParagraphs(doc).length + enacting,
		subParagraphs: paragraphs.reduce((n, p) => n + subs(p.subParagraphs), 0),
		footnotes: doc.footnotes.length,
		symbol: norm(doc.ownSymbol?.value),
		title: norm(doc.title?.text),
		date: doc.adoption?.date?.value ?? doc.closing?.date?.value,
	};
}

/** The fields where two structures differ, as `field: a ≠ b`. */
export function differences(expected: Structure, actual: Structure): string[] {
	const out: string[] = [];
	for (const key of ['preambular', 'operative', 'subParagraphs', 'footnotes', 'symbol', 'title', 'date'] as const) {
		if (expected[key] !== actual[key]) {
			out.push(`${key}: ${String(expected[key])} ≠ ${String(actual[key])}`);
		}
	}
	return out;
}

function norm(s: string | undefined): string | undefined {
	// A note call taken out of a title may leave a space before the comma that followed it.
	const t = s?.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/ ([,;:.])/g, '$1').replace(/[’‘]/g, "'").replace(/\*+/g, '').trim();
	return t || undefined;
}
