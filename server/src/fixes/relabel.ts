import type { Lang, LabelStyle, Paragraph, ResolutionDocument, SubParagraph } from '../model/document';
import { toRomanLower } from '../parser/roman';
import { annexIsNumberedText } from './numbering';
import { isLoneSlip } from './loneSlip';
import { sequenceStep } from './sequence';

/**
 * Sub-paragraph labels as they should be: level 1 `(a)` in English, `a)` in French and Spanish; level 2
 * `(i)` / `i)`; level 3 `a.`; level 4 `i.` (spec §2.7). Each list of sibling labels runs from the first
 * letter or numeral of its level without gaps.
 */

export type LabelFault =
	| { readonly kind: 'level'; readonly sub: SubParagraph; readonly other: SubParagraph; readonly expected: string }
	| { readonly kind: 'depth'; readonly sub: SubParagraph; readonly parent: SubParagraph; readonly expected: string }
	| { readonly kind: 'start'; readonly sub: SubParagraph; readonly expected: string }
	| { readonly kind: 'missing'; readonly sub: SubParagraph; readonly previous: SubParagraph; readonly from: string; readonly to: string }
	| { readonly kind: 'duplicate'; readonly sub: SubParagraph; readonly first: SubParagraph; readonly expected: string }
	| { readonly kind: 'backwards'; readonly sub: SubParagraph; readonly previous: SubParagraph; readonly expected: string }
	| { readonly kind: 'style'; readonly sub: SubParagraph; readonly expected: string }
	/** A lone wrong label between two right ones (`(b) (e) (d)`). */
	| { readonly kind: 'wrong'; readonly sub: SubParagraph; readonly previous: SubParagraph; readonly next: SubParagraph; readonly expected: string };

export interface LabelAnalysis {
	readonly faults: readonly LabelFault[];
	/** The label each sub-paragraph should have, and its letters alone. */
	readonly relabel: ReadonlyMap<SubParagraph, { readonly label: string; readonly letters: string }>;
}

/** `a` … `z`, then `aa`, `bb` … as the UN writes them. */
export function alphaLetters(ordinal: number): string {
	const n = Math.max(ordinal, 1) - 1;
	return String.fromCharCode(97 + (n % 26)).repeat(Math.floor(n / 26) + 1);
}

export function lettersFor(level: number, ordinal: number): string {
	return level % 2 === 1 ? alphaLetters(ordinal) : toRomanLower(Math.max(ordinal, 1));
}

export function renderLabel(letters: string, style: LabelStyle): string {
	return style === 'paren' ? `(${letters})` : style === 'close' ? `${letters})` : `${letters}.`;
}

/** The style of levels 1 and 2 in a language, when the language has one. */
export function languageLabelStyle(lang: Lang): LabelStyle | undefined {
	return lang === 'en' ? 'paren' : lang === 'fr' || lang === 'es' ? 'close' : undefined;
}

/** Paragraphs whose labels are checked: the resolution's, and those of annexes that are numbered texts. */
export function labelledParagraphs(doc: ResolutionDocument, text: string): Paragraph[] {
	const out: Paragraph[] = [...doc.preamble, ...doc.operativeParts.flatMap((p) => p.paragraphs)];
	for (const annex of doc.annexes) {
		if (annexIsNumberedText(annex, text)) {
			out.push(...annex.paragraphs, ...annex.parts.flatMap((p) => p.paragraphs));
		}
	}
	return out;
}

function majorityLevel(list: readonly SubParagraph[]): number {
	const counts = new Map<number, number>();
	for (const s of list) {
		counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
	}
	let best = 0;
	let bestCount = 0;
	for (const [level, count] of [...counts].sort((a, b) => a[0] - b[0])) {
		if (count > bestCount) {
			best = level;
			bestCount = count;
		}
	}
	return best;
}

/** The last line with words before `at` (within 2,000 characters), trimmed. */
function lineBefore(text: string, at: number): string {
	const from = Math.max(0, at - 2000);
	const lines = text.slice(from, at).split(/\r?\n/);
	lines.pop(); // the label's own line, up to the label
	for (let i = lines.length - 1; i >= 0; i--) {
		if (lines[i].trim() !== '') {
			return lines[i].trim();
		}
	}
	return '';
}

/** `« a) …`, `“(a) …`: a quoted list's first item, its label behind the opening quotation mark. */
const QUOTED_LABEL = /^[«“"„]\s*\(?([a-z]{1,4})[).]/;
/** Words of the paragraph, no label, that introduce a list again (`The Commission shall establish:`). */
const INTRO = /^(?![(\[]?[a-z]{1,4}[).]\s)[^\n]*:[\s*_"”’»)\]]*$/;

export function analyseLabels(doc: ResolutionDocument, text: string): LabelAnalysis {
	const faults: LabelFault[] = [];
	const relabel = new Map<SubParagraph, { label: string; letters: string }>();
	const lang = doc.lang;

	/** `parentLevel`: the level the parent will have once relabelled, so that children follow it. */
	const visit = (list: readonly SubParagraph[], parent: SubParagraph | undefined, parentLevel: number) => {
		if (list.length === 0) {
			return;
		}
		const level = parent ? Math.min(parentLevel + 1, 4) : majorityLevel(list);
		const own = list.filter((s) => s.labelStyle !== 'dot');
		const style: LabelStyle = level >= 3
			? 'dot'
			: languageLabelStyle(lang) ?? (own.filter((s) => s.labelStyle === 'close').length > own.length / 2 ? 'close' : 'paren');
		const other = list.find((s) => s.level === level);
		let prev: SubParagraph | undefined;
		let depthReported = false;
		const seen = new Map<number, SubParagraph>();
		// After a lone slip, the ordinal the slipped label stands for.
		let assumed: number | undefined;
		// Where the current list of siblings began, and the ordinal it began with (a quoted list may begin at `b)`).
		let runStart = 0;
		let runFirst = 1;
		list.forEach((sub, k) => {
			const a = sub.ordinal;
			const before = sub.level === level && (k === 0 || a === 1) ? lineBefore(text, sub.label.span.start) : '';
			if (prev && a === 1 && INTRO.test(before)) {
				// A second list of the paragraph, introduced by words of its own (a quoted article's `… establish:`).
				prev = undefined;
				seen.clear();
				runStart = k;
			}
			// A quoted list whose first label stands behind the quotation mark (`« a) …` then `b) …`).
			const quotedFirst = sub.level === level && !prev && k === 0 && a > 1 && QUOTED_LABEL.exec(before)?.[1] === lettersFor(level, a - 1);
			if (quotedFirst) {
				runFirst = a;
			}
			const letters = lettersFor(level, k - runStart + runFirst);
			const label = renderLabel(letters, style);
			relabel.set(sub, { label, letters });
			if (sub.level !== level) {
				if (parent) {
					if (!depthReported) {
						faults.push({ kind: 'depth', sub, parent, expected: label });
						depthReported = true;
					}
				} else if (other) {
					faults.push({ kind: 'level', sub, other, expected: label });
				}
			} else {
				// After a label with no value (`(ab)`), judge by position.
				const p = quotedFirst ? a - 1 : assumed ?? (prev ? (Number.isFinite(prev.ordinal) ? prev.ordinal : k - runStart) : 0);
				assumed = undefined;
				const next = list[k + 1];
				const step = sequenceStep(a, p, seen, !prev && !quotedFirst);
				if (prev && next && next.level === level && isLoneSlip(p, a, next.ordinal)) {
					faults.push({ kind: 'wrong', sub, previous: prev, next, expected: label });
					assumed = p + 1;
				} else if (step.kind === 'repeat') {
					faults.push({ kind: 'duplicate', sub, first: seen.get(a)!, expected: label });
				} else if (step.kind === 'start' || (step.kind === 'back' && !prev)) {
					// An ordinal below 1 (a label the parser could not value) opening the list is a wrong start too.
					faults.push({ kind: 'start', sub, expected: label });
				} else if (step.kind === 'gap' && prev) {
					faults.push({
						kind: 'missing', sub, previous: prev,
						from: renderLabel(lettersFor(level, step.from), sub.labelStyle),
						to: renderLabel(lettersFor(level, step.to), sub.labelStyle),
					});
				} else if (step.kind === 'back' && prev) {
					faults.push({ kind: 'backwards', sub, previous: prev, expected: label });
				}
				if (!seen.has(a) && assumed === undefined) {
					seen.set(a, sub);
				}
				prev = sub;
				if (level <= 2 && languageLabelStyle(lang) && sub.labelStyle !== style) {
					faults.push({ kind: 'style', sub, expected: renderLabel(sub.labelText, style) });
				}
			}
			visit(sub.children, sub, level);
		});
	};
	for (const p of labelledParagraphs(doc, text)) {
		visit(p.subParagraphs, undefined, 0);
	}
	return { faults, relabel };
}
