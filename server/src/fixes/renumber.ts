import { msg, type Message } from '../l10n/messages';
import { defineQuery, factOf, type DocumentContext, type DocumentVersion } from '../model/analysis';
import type { Fix } from '../model/finding';
import { normalizeEdits, type Edit } from './edits';
import { analyseFootnotes, renumberFootnoteEdits, type FootnoteAnalysis } from './footnotes';
import { analyseNumbering, type NumberingAnalysis } from './numbering';
import { findParagraphReferences, type ParagraphReference } from './paragraphReferences';
import { referenceResolver, type ResolvedItem } from './referenceResolver';
import { analyseLabels, type LabelAnalysis } from './relabel';

const NUMBERING = defineQuery('fixes.numbering', analyseNumbering);
const LABELS = defineQuery('fixes.labels', analyseLabels);
const FOOTNOTES = defineQuery('fixes.footnotes', analyseFootnotes);

/** The analyses every rule and fix shares, computed once per document version. */
export const numberingOf = (src: DocumentVersion): NumberingAnalysis => factOf(src, NUMBERING);
export const labelsOf = (src: DocumentVersion): LabelAnalysis => factOf(src, LABELS);
export const footnotesOf = (src: DocumentVersion): FootnoteAnalysis => factOf(src, FOOTNOTES);
export const referencesOf = (ctx: DocumentContext): readonly { ref: ParagraphReference; resolved: ResolvedItem[] }[] =>
	ctx.derive('references', () => {
		const resolve = referenceResolver(ctx.doc, numberingOf(ctx));
		return findParagraphReferences(ctx).map((ref) => ({ ref, resolved: resolve(ref) }));
	});

export interface RenumberOptions {
	/** Operative (and annex) paragraph numbers, and the references to them. */
	readonly numbers?: boolean;
	/** Sub-paragraph labels, and the references to them. */
	readonly labels?: boolean;
	readonly footnotes?: boolean;
}

export interface RenumberPlan {
	readonly edits: readonly Edit[];
	/** References the plan had to leave as they are. */
	readonly notes: readonly Message[];
}

/**
 * One consistent set of edits from one parse: numbers, labels, footnotes, and every internal reference
 * rewritten so that it still points at the same paragraph. Nothing else in the text is touched.
 */
export function planRenumber(ctx: DocumentContext, options: RenumberOptions): RenumberPlan {
	const { text } = ctx;
	const edits: Edit[] = [];
	const notes: Message[] = [];
	const numbering = options.numbers ? numberingOf(ctx) : undefined;
	const labels = options.labels ? labelsOf(ctx) : undefined;
	if (numbering) {
		if (numbering.single?.numberToken) {
			// `**1.**`: the emphasis around the number goes with it.
			let start = numbering.single.numberToken.start;
			while (start > 0 && (text[start - 1] === '*' || text[start - 1] === '_')) {
				start--;
			}
			let end = numbering.single.numberToken.end;
			while (text[end] === ' ' || text[end] === '\t' || text[end] === '\u00a0') {
				end++;
			}
			edits.push({ span: { start, end }, newText: '' });
		}
		for (const scope of numbering.scopes) {
			for (const e of scope.entries) {
				if (e.number !== e.expected) {
					edits.push({ span: e.digits, newText: String(e.expected) });
				}
			}
		}
	}
	const changesNumbers = edits.length > 0;
	if (labels) {
		for (const [sub, target] of labels.relabel) {
			if (sub.label.value !== target.label) {
				edits.push({ span: sub.label.span, newText: target.label });
			}
		}
	}
	if (numbering || labels) {
		for (const { ref, resolved } of referencesOf(ctx)) {
			let unresolved = false;
			for (const r of resolved) {
				if (!r.paragraph) {
					unresolved = true;
					continue;
				}
				const n = numbering?.expected.get(r.paragraph);
				if (n !== undefined && n !== r.item.number && r.item.numberSpan) {
					edits.push({ span: r.item.numberSpan, newText: String(n) });
				}
				if (labels) {
					r.subs.forEach((sub, i) => {
						const label = r.item.labels[i];
						const letters = labels.relabel.get(sub)?.letters;
						if (letters !== undefined && letters !== label.text.toLowerCase()) {
							edits.push({ span: label.span, newText: letters });
						}
					});
				}
			}
			if (unresolved && changesNumbers) {
				notes.push(msg('fix.note.unresolved', ref.text));
			}
		}
	}
	if (options.footnotes) {
		edits.push(...renumberFootnoteEdits(text, footnotesOf(ctx)));
	}
	return { edits: normalizeEdits(edits), notes };
}

function planFix(ctx: DocumentContext, key: string, titleKey: Fix['titleKey'], options: RenumberOptions): Fix | undefined {
	return ctx.derive(key, () => {
		const plan = planRenumber(ctx, options);
		return plan.edits.length === 0
			? undefined
			: { titleKey, kind: 'quickfix' as const, edits: plan.edits, isPreferred: true, ...(plan.notes.length > 0 ? { notes: plan.notes } : {}) };
	});
}

/** Renumbers operative and annex paragraphs, with the references to them. */
export const renumberFix = (ctx: DocumentContext): Fix | undefined => planFix(ctx, 'fix:renumber', 'fix.renumber', { numbers: true });
/** Relabels sub-paragraphs in the language's style, with the references to them. */
export const relabelFix = (ctx: DocumentContext): Fix | undefined => planFix(ctx, 'fix:relabel', 'fix.relabel', { labels: true });
/** Renumbers footnotes in order of first appearance. */
export const renumberFootnotesFix = (ctx: DocumentContext): Fix | undefined => planFix(ctx, 'fix:footnotes', 'fix.renumberFootnotes', { footnotes: true });
/** Everything that is safe to do at once: the `unres.renumber` command and `source.fixAll.unres`. */
export const renumberAllFix = (ctx: DocumentContext): Fix | undefined =>
	planFix(ctx, 'fix:all', 'fix.renumberAll', { numbers: true, labels: true, footnotes: true });
