import { analyseNumbering } from '../fixes/numbering';
import type { Paragraph, ResolutionDocument } from '../model/document';
import type { ParaRef } from './types';

// The paragraphs of a draft as amendments count and name them: page pieces joined, furniture and section titles left out.

/** A paragraph as a reader counts it: the parser's paragraph and the pieces a page break cut off it. */
export interface Logical {
	readonly head: Paragraph;
	readonly rest: readonly Paragraph[];
	/** Operative: the number printed (or the place when unnumbered); preamble: the place. */
	readonly n: number;
	/** Operative, in a text of several sections (`A`, `B`; `I`, `II`): the label of the paragraph's section. */
	readonly section?: string;
}

/** A piece that does not open like a paragraph (lower case, a digit, a bracket; unnumbered among numbered ones). */
const continues = (p: Paragraph, masked: string, numbered: boolean) => {
	if (p.kind === 'operative' && p.number) {
		return false;
	}
	if (p.kind === 'operative' && numbered) {
		return true;
	}
	const first = /\S/.exec(masked.slice(p.span.start, p.span.end));
	return first !== null && !/\p{Lu}/u.test(first[0]);
};

/** Page furniture that PDF text can leave among paragraphs: a page number, the symbol, the note on sponsors. */
const FURNITURE = /^(?:\d{1,3}|\d{2}-\d{5}.*|(?:A|E|S)\/[A-Z0-9./]+|\*?\s*Any changes to the list of sponsors .*|\*?\s*Reissued for technical reasons.*)$/u;

function isFurniture(p: Paragraph, masked: string): boolean {
	if (p.kind === 'operative' && p.number) {
		return false;
	}
	const t = masked.slice(p.span.start, Math.min(p.span.end, p.span.start + 400)).replace(/\s+/g, ' ').trim();
	return p.span.end - p.span.start < 400 && FURNITURE.test(t);
}

/**
 * The title line of a section of the operative part (`III` / `Enhancing integrated global management …`) that the
 * parser left as an unnumbered paragraph before the section's first numbered one: no paragraph an amendment names.
 */
function isSectionTitle(p: Paragraph, masked: string): boolean {
	if (p.kind !== 'operative' || p.number || p.span.end - p.span.start > 600) {
		return false;
	}
	const t = masked.slice(p.span.start, p.span.end).replace(/\s+/g, ' ').trim();
	return /^\p{Lu}/u.test(t) && !/[;.,:]$/.test(t);
}

/**
 * The paragraphs of each part as an amendment counts them. PDF text cut by a page break and footnotes can reach the
 * parser as two paragraphs, the second opening in lower case (`reaffirming also …`): it is read as part of the first.
 */
export function logicalParagraphs(doc: ResolutionDocument, masked: string, text: string = masked): { preamble: Logical[]; operative: Logical[] } {
	// A run `1. 2. 3.` after a paragraph that ends with a colon is a list inside that paragraph (fixes/numbering).
	const nested = new Set<Paragraph>(analyseNumbering(doc, text).scopes.flatMap((s) => s.entries.filter((e) => e.listOf).map((e) => e.paragraph)));
	const group = (ps: readonly Paragraph[], numbered: boolean, section?: string) => {
		const out: { head: Paragraph; rest: Paragraph[]; n: number; section?: string }[] = [];
		const hasNumbers = numbered && ps.some((x) => x.kind === 'operative' && x.number);
		for (const p of ps) {
			if (isFurniture(p, masked) || (hasNumbers && out.length === 0 && isSectionTitle(p, masked))) {
				continue;
			}
			const last = out[out.length - 1];
			if (last && (nested.has(p) || continues(p, masked, hasNumbers))) {
				last.rest.push(p);
			} else {
				const n = numbered && p.kind === 'operative' && p.number ? p.number.value : out.length + 1;
				out.push(section ? { head: p, rest: [], n, section } : { head: p, rest: [], n });
			}
		}
		return out;
	};
	const labels = sectionLabels(doc, text);
	return { preamble: group(doc.preamble, false), operative: doc.operativeParts.flatMap((pt, k) => group(pt.paragraphs, true, labels[k])) };
}

/** The paragraph of the draft a reference names, or why not; in a text of several sections, `section` picks one. */
export function findParagraph(units: { preamble: readonly Logical[]; operative: readonly Logical[] }, ref: ParaRef): Logical | 'none' | 'ambiguous' {
	if (ref.part === 'preamble') {
		const i = ref.index === -1 ? units.preamble.length - 1 : ref.index - 1;
		return units.preamble[i] ?? 'none';
	}
	const wanted = ref.section?.toUpperCase();
	const all = wanted ? units.operative.filter((x) => x.section === wanted) : units.operative;
	if (ref.index === -1) {
		return all[all.length - 1] ?? 'none';
	}
	const hits = all.filter((x) => x.n === ref.index);
	return hits.length === 1 ? hits[0] : hits.length === 0 ? 'none' : 'ambiguous';
}

/** Whether operative paragraph `n` is named by more than one paragraph of the text (sections that restart at 1). */
export function ambiguousNumber(units: { operative: readonly Logical[] }, n: number): boolean {
	return units.operative.filter((x) => x.n === n).length > 1;
}

/** A section's label in its heading: `B`, `II`, `Part A`, `I. Sustainable development and financing`. */
const LABEL = /^(?:(?:Part|PART|Section|Partie|Parte|Secci[oó]n)\s+)?([A-Z]|[IVXL]{1,6})(?=\.|\s*$)/u;

/**
 * The label of each operative section when there are several, from its heading or, when the parser kept only the
 * title, from a line with the label alone just before it (`B` then `Public information`).
 */
export function sectionLabels(doc: ResolutionDocument, text: string): (string | undefined)[] {
	const parts = doc.operativeParts;
	if (parts.length < 2) {
		return parts.map(() => undefined);
	}
	let from = doc.preamble.length > 0 ? doc.preamble[doc.preamble.length - 1].span.end : 0;
	return parts.map((pt) => {
		const first = pt.paragraphs[0]?.span.start ?? pt.span.start;
		const inHeading = pt.heading ? LABEL.exec(pt.heading.text.trim()) : null;
		const lines = text.slice(from, Math.max(from, Math.min(first, pt.heading?.span.start ?? first))).split(/\r?\n/).map((l) => l.trim());
		const alone = lines.reverse().map((l) => /^(?:[A-H]|[IVXL]{1,6})\.?$/.exec(l)).find((m) => m);
		from = pt.paragraphs[pt.paragraphs.length - 1]?.span.end ?? pt.span.end;
		const label = inHeading?.[1] ?? alone?.[0].replace('.', '');
		return label?.toUpperCase();
	});
}
