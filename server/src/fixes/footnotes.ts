import type { Footnote, FootnoteMarker, ResolutionDocument } from '../model/document';
import type { Edit } from './edits';
import { markStyle, renderMark } from './footnoteMarks';
import { sequenceStep } from './sequence';

/**
 * Footnote numbering: notes are numbered 1, 2, 3 … in order of their first marker, one text per number
 * (spec §1, domain "Footnotes"). Renumbering rewrites markers and texts together, in the style each is
 * written in (`⁴`, `[^4]`, a plain `4`), and puts the texts of one block back in order.
 */

const numeric = (label: string) => /^\d{1,4}$/.test(label);

export type FootnoteFault =
	| { readonly kind: 'start'; readonly marker: FootnoteMarker; readonly expected: number }
	| { readonly kind: 'missing'; readonly marker: FootnoteMarker; readonly previous: number; readonly from: number; readonly to: number }
	| { readonly kind: 'order'; readonly marker: FootnoteMarker; readonly previous: number; readonly expected: number }
	| { readonly kind: 'twoTexts'; readonly footnote: Footnote; readonly first: Footnote }
	| { readonly kind: 'textOrder'; readonly footnote: Footnote; readonly previous: Footnote };

export interface FootnoteAnalysis {
	readonly faults: readonly FootnoteFault[];
	/** New number of each numbered marker and text. */
	readonly markerNumbers: ReadonlyMap<FootnoteMarker, number>;
	readonly textNumbers: ReadonlyMap<Footnote, number>;
	/** Runs of footnote texts with nothing but white space between them. */
	readonly blocks: readonly (readonly Footnote[])[];
	/**
	 * Whether renumbering can be trusted. Plain-text markers are bare digits found by their expected
	 * numbers, so they are renumbered only when every marker and every text is paired.
	 */
	readonly renumberSafe: boolean;
}

export function footnoteBlocks(doc: ResolutionDocument, text: string): Footnote[][] {
	const sorted = [...doc.footnotes].sort((a, b) => a.span.start - b.span.start);
	const blocks: Footnote[][] = [];
	for (const f of sorted) {
		const last = blocks[blocks.length - 1];
		if (last && text.slice(last[last.length - 1].span.end, f.span.start).trim() === '') {
			last.push(f);
		} else {
			blocks.push([f]);
		}
	}
	return blocks;
}

export function analyseFootnotes(doc: ResolutionDocument, text: string): FootnoteAnalysis {
	const faults: FootnoteFault[] = [];
	const markerNumbers = new Map<FootnoteMarker, number>();
	const textNumbers = new Map<Footnote, number>();
	const markers = doc.footnoteMarkers.filter((m) => numeric(m.label));

	// Notes in order of first appearance: a note is its text, or its label when it has none.
	const groupOf = (m: FootnoteMarker) => (m.footnote !== undefined ? `text:${m.footnote}` : `label:${m.label}`);
	const groupNumber = new Map<string, number>();
	const seenLabels = new Map<number, FootnoteMarker>();
	let prev = 0;
	for (const m of markers) {
		const group = groupOf(m);
		if (!groupNumber.has(group)) {
			groupNumber.set(group, groupNumber.size + 1);
			const a = m.number;
			if (!seenLabels.has(a)) {
				const step = sequenceStep(a, prev, seenLabels);
				if (step.kind === 'start') {
					faults.push({ kind: 'start', marker: m, expected: 1 });
				} else if (step.kind === 'gap') {
					faults.push({ kind: 'missing', marker: m, previous: prev, from: step.from, to: step.to });
				} else if (step.kind === 'back') {
					faults.push({ kind: 'order', marker: m, previous: prev, expected: groupNumber.get(group)! });
				}
				seenLabels.set(a, m);
				prev = a;
			}
		}
		markerNumbers.set(m, groupNumber.get(group)!);
	}
	doc.footnotes.forEach((f, i) => {
		const n = groupNumber.get(`text:${i}`);
		if (n !== undefined && numeric(f.label)) {
			textNumbers.set(f, n);
		}
	});
	// Texts no marker points to go after the others, in the order they are written.
	let next = groupNumber.size;
	for (const f of [...doc.footnotes].sort((a, b) => a.span.start - b.span.start)) {
		if (numeric(f.label) && !textNumbers.has(f)) {
			textNumbers.set(f, ++next);
		}
	}

	// One text per number.
	const firstText = new Map<string, Footnote>();
	for (const f of [...doc.footnotes].sort((a, b) => a.span.start - b.span.start)) {
		const first = firstText.get(f.label);
		if (first) {
			faults.push({ kind: 'twoTexts', footnote: f, first });
		} else {
			firstText.set(f.label, f);
		}
	}
	// Texts of one block in numerical order.
	const blocks = footnoteBlocks(doc, text);
	for (const block of blocks) {
		for (let i = 1; i < block.length; i++) {
			const a = block[i];
			const b = block[i - 1];
			if (numeric(a.label) && numeric(b.label) && a.number < b.number) {
				faults.push({ kind: 'textOrder', footnote: a, previous: b });
			}
		}
	}
	const paired = doc.footnoteMarkers.every((m) => m.footnote !== undefined) && doc.footnotes.every((f) => f.markers.length > 0);
	const renumberSafe = doc.footnoteStyle !== 'plain' || paired;
	return { faults, markerNumbers, textNumbers, blocks, renumberSafe };
}

/** Edits that renumber every marker and text and reorder the texts of each block; empty when nothing changes. */
export function renumberFootnoteEdits(text: string, analysis: FootnoteAnalysis): Edit[] {
	if (!analysis.renumberSafe) {
		return [];
	}
	const edits: Edit[] = [];
	for (const [m, n] of analysis.markerNumbers) {
		if (m.number !== n) {
			edits.push({ span: m.span, newText: renderMark(n, markStyle(text.slice(m.span.start, m.span.end))) });
		}
	}
	const rewrite = (f: Footnote, n: number) => {
		const written = text.slice(f.markerSpan.start, f.markerSpan.end);
		return renderMark(n, markStyle(written), true);
	};
	for (const block of analysis.blocks) {
		const numbers = block.map((f) => analysis.textNumbers.get(f));
		const sortable = numbers.every((n) => n !== undefined);
		const sorted = sortable && numbers.every((n, i) => i === 0 || n! > numbers[i - 1]!);
		if (!sortable || sorted || block.length < 2) {
			for (const f of block) {
				const n = analysis.textNumbers.get(f);
				if (n !== undefined && f.number !== n) {
					edits.push({ span: f.markerSpan, newText: rewrite(f, n) });
				}
			}
			continue;
		}
		// Reorder: the texts change places, the white space between them stays where it was.
		const order = block.map((f, i) => ({ f, n: numbers[i]! })).sort((a, b) => a.n - b.n);
		const gaps = block.slice(1).map((f, i) => text.slice(block[i].span.end, f.span.start));
		let out = '';
		order.forEach(({ f, n }, i) => {
			out += rewrite(f, n) + text.slice(f.markerSpan.end, f.span.end);
			if (i < gaps.length) {
				out += gaps[i];
			}
		});
		edits.push({ span: { start: block[0].span.start, end: block[block.length - 1].span.end }, newText: out });
	}
	return edits;
}
