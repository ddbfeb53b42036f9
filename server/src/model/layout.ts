import type { Located } from './document';

/**
 * Layouts older or other than the modern resolution's (issue 19 item 2), which the rules that assume the modern
 * structure leave alone:
 * - `enacting`: an enacting sentence (`Resolves:`, `Décide :`, `La Asamblea General … acuerda:`) introduces the
 *   operative part, whose paragraphs are unnumbered (`To defer …;`);
 * - `unnumbered`: several unnumbered operative paragraphs after a preamble (common before the 1970s);
 * - `statute`: the operative part is divided into articles or sections (`Article 1`, `Section 2`, `Artículo 3`);
 * - `narrative`: the operative paragraphs are statements (`The subjection of peoples …`), not verbs.
 */
export type LayoutKind = 'enacting' | 'unnumbered' | 'statute' | 'narrative';

export interface OlderLayout {
	readonly kinds: readonly LayoutKind[];
	/** The enacting sentence, which is no paragraph of the preamble nor of the operative part. */
	readonly enacting?: Located<string>;
}

export function hasLayout(doc: { readonly layout?: OlderLayout }, ...kinds: LayoutKind[]): boolean {
	return doc.layout !== undefined && (kinds.length === 0 || kinds.some((k) => doc.layout!.kinds.includes(k)));
}
