import type { NegotiationText, ParagraphLabel, Span } from '../model/negotiation';
import { compareLabels, labelKey, suffixOf } from './labels';

export type LabelFaultKind = 'backwards' | 'duplicate' | 'noBase' | 'wrongPart';

export interface LabelFault {
	readonly kind: LabelFaultKind;
	readonly label: ParagraphLabel;
	/** The label it conflicts with: the one before it, the first of two duplicates. */
	readonly other?: ParagraphLabel;
	/** For `noBase`: the base it lacks, `5` or `5 bis`. */
	readonly base?: string;
}

/**
 * What is really wrong with the labels of a negotiation text: a label out of order (`OP5ter` before `OP5bis`),
 * a duplicate, a `bis` without its base paragraph, a `PP` label in the operative part.
 */
export function labelFaults(n: NegotiationText): LabelFault[] {
	const out: LabelFault[] = [];
	const firstOperative = Math.min(
		...n.labels.filter((l) => l.part !== 'PP').map((l) => l.span.start),
		...n.plainNumbers.map((p) => p.offset),
	);
	for (const part of ['PP', 'OP'] as const) {
		const list = n.labels.filter((l) => (part === 'PP' ? l.part === 'PP' : l.part !== 'PP'));
		const seen = new Map<string, ParagraphLabel>();
		let previous: ParagraphLabel | undefined;
		for (const l of list) {
			const key = labelKey(l);
			// An annex or a new part numbers from 1 again.
			if (part === 'OP' && l.number === 1 && l.rank === 0 && !l.alt && previous) {
				seen.clear();
				previous = undefined;
			}
			const first = seen.get(key);
			if (first) {
				out.push({ kind: 'duplicate', label: l, other: first });
			} else if (previous && compareLabels(l, previous) < 0) {
				out.push({ kind: 'backwards', label: l, other: previous });
			} else if (l.rank > 0 || l.alt) {
				const baseRank = l.alt ? l.rank : l.rank - 1;
				const base = { number: l.number, rank: baseRank === 1 ? 0 : baseRank };
				const baseKey = labelKey(base);
				const hasBase = seen.has(baseKey) || (base.rank === 0 && n.plainNumbers.some((p) => p.number === l.number && p.offset < l.span.start));
				if (!hasBase) {
					out.push({ kind: 'noBase', label: l, base: base.rank > 0 ? `${l.number} ${suffixOf(base.rank)}` : String(l.number) });
				}
			}
			seen.set(key, first ?? l);
			previous = l;
		}
	}
	for (const l of n.labels) {
		if (l.part === 'PP' && l.span.start > firstOperative) {
			out.push({ kind: 'wrongPart', label: l });
		}
	}
	return out.sort((a, b) => a.label.span.start - b.label.span.start);
}

export type { Span };
