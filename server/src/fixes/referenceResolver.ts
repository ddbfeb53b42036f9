import type { OperativeParagraph, ResolutionDocument, Span, SubParagraph } from '../model/document';
import type { NumberingAnalysis } from './numbering';
import type { ParagraphReference, ReferenceItem, ReferenceLabel } from './paragraphReferences';

// Which paragraph (and sub-paragraph) a reference names, in the numbering as written and as renumbered.

export interface ResolvedItem {
	readonly item: ReferenceItem;
	readonly paragraph?: OperativeParagraph;
	/** The sub-paragraphs named by the labels, as far as they were found. */
	readonly subs: readonly SubParagraph[];
	/** The first label that names no sub-paragraph. */
	readonly missingLabel?: ReferenceLabel;
}

interface Candidate {
	readonly paragraph: OperativeParagraph;
	readonly partIndex: number;
}

/** The numbered paragraphs of one numbering, indexed by number (and by part and number), in text order. */
interface ScopeIndex {
	readonly parts: readonly { readonly span: Span }[];
	readonly restart: boolean;
	readonly byNumber: ReadonlyMap<number, Candidate[]>;
	readonly byPart: ReadonlyMap<string, Candidate[]>;
}

/** Resolves references in time proportional to their number (a draft may hold thousands of paragraphs). */
export function referenceResolver(doc: ResolutionDocument, numbering: NumberingAnalysis): (ref: ParagraphReference) => ResolvedItem[] {
	const indexes = new Map<string, ScopeIndex>();
	const indexOf = (ref: ParagraphReference): ScopeIndex => {
		const key = ref.scope.kind === 'body' ? 'body' : `annex:${ref.scope.annexIndex}`;
		let index = indexes.get(key);
		if (!index) {
			const annexIndex = ref.scope.kind === 'annex' ? ref.scope.annexIndex : undefined;
			const parts = annexIndex === undefined ? doc.operativeParts : doc.annexes[annexIndex]?.parts ?? [];
			const scope = numbering.scopes.find((s) => (annexIndex === undefined ? s.kind === 'body' : s.annexIndex === annexIndex));
			// Only paragraphs that take part in the numbering: `9. EXPORTER` in a form an annex reproduces is no paragraph 9.
			const counted = scope ? new Set(scope.entries.map((e) => e.paragraph)) : undefined;
			const byNumber = new Map<number, Candidate[]>();
			const byPart = new Map<string, Candidate[]>();
			parts.forEach((part, partIndex) => {
				for (const paragraph of part.paragraphs) {
					if (paragraph.number && (!counted || counted.has(paragraph))) {
						const c = { paragraph, partIndex };
						const n = paragraph.number.value;
						const add = <K>(map: Map<K, Candidate[]>, key: K) => {
							const list = map.get(key);
							if (list) {
								list.push(c);
							} else {
								map.set(key, [c]);
							}
						};
						add(byNumber, n);
						add(byPart, `${partIndex}:${n}`);
					}
				}
			});
			index = { parts, restart: scope?.scheme === 'restart', byNumber, byPart };
			indexes.set(key, index);
		}
		return index;
	};
	return (ref) => {
		const index = indexOf(ref);
		const ownPart = index.restart ? partAt(index.parts, ref.span.start) : -1;
		return ref.items.map((item) => {
			const candidates = (ownPart >= 0 ? index.byPart.get(`${ownPart}:${item.number}`) : undefined) ?? index.byNumber.get(item.number) ?? [];
			const chosen = choose(candidates, ref);
			if (!chosen) {
				return { item, subs: [] };
			}
			const subs: SubParagraph[] = [];
			let level: readonly SubParagraph[] = chosen.paragraph.subParagraphs;
			for (const label of item.labels) {
				const sub = level.find((s) => s.labelText.toLowerCase() === label.text.toLowerCase());
				if (!sub) {
					return { item, paragraph: chosen.paragraph, subs, missingLabel: label };
				}
				subs.push(sub);
				level = sub.children;
			}
			return { item, paragraph: chosen.paragraph, subs };
		});
	};
}

/** Index of the part that holds `at`, by binary search (parts are in text order). */
function partAt(parts: readonly { readonly span: Span }[], at: number): number {
	let lo = 0;
	let hi = parts.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (parts[mid].span.end <= at) {
			lo = mid + 1;
		} else if (parts[mid].span.start > at) {
			hi = mid - 1;
		} else {
			return mid;
		}
	}
	return -1;
}

/** Of the paragraphs with the number: the nearest above for `above`, below for `below`, else the first. */
function choose(candidates: readonly Candidate[], ref: ParagraphReference): Candidate | undefined {
	if (candidates.length === 0) {
		return undefined;
	}
	// First candidate that starts after the reference.
	let lo = 0;
	let hi = candidates.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (candidates[mid].paragraph.span.start > ref.span.start) {
			hi = mid;
		} else {
			lo = mid + 1;
		}
	}
	if (ref.direction === 'above' && lo > 0) {
		return candidates[lo - 1];
	}
	if (ref.direction === 'below' && lo < candidates.length) {
		return candidates[lo];
	}
	return candidates[0];
}

/** Finds the paragraph (and sub-paragraphs) each item of a reference points to. */
export function resolveReference(doc: ResolutionDocument, ref: ParagraphReference, numbering: NumberingAnalysis): ResolvedItem[] {
	return referenceResolver(doc, numbering)(ref);
}
