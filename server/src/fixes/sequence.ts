/**
 * The one sequence checker of paragraph numbers, sub-paragraph labels and footnote numbers: how a number stands
 * to the one before it in a sequence that should run 1, 2, 3 … without gaps or repeats.
 */
export type SequenceStep =
	| { readonly kind: 'next' }
	/** A number already used. */
	| { readonly kind: 'repeat' }
	/** The first number is not 1. */
	| { readonly kind: 'start' }
	/** Numbers skipped that appear nowhere before: `from`…`to`. */
	| { readonly kind: 'gap'; readonly from: number; readonly to: number }
	/** A number below the one expected, not used before. */
	| { readonly kind: 'back' };

/** How far a gap's ends are searched past numbers already used: a gap's report needs no more. */
const SEARCH = 1000;

const NEXT: SequenceStep = { kind: 'next' };

/**
 * The step from `previous` to `n`, given the numbers `seen` so far. `first` says that no number came before
 * (by default: `previous` is 0). Skipped numbers that were all used before are no gap.
 */
export function sequenceStep(n: number, previous: number, seen: { has(n: number): boolean }, first = previous === 0): SequenceStep {
	if (n === previous + 1) {
		return NEXT;
	}
	if (seen.has(n)) {
		return { kind: 'repeat' };
	}
	if (n < previous + 1) {
		return { kind: 'back' };
	}
	if (first) {
		return { kind: 'start' };
	}
	let from = previous + 1;
	while (from < n && from - previous <= SEARCH && seen.has(from)) {
		from++;
	}
	let to = n - 1;
	while (to > previous && n - to <= SEARCH && seen.has(to)) {
		to--;
	}
	return from < n && to > previous && from <= to && !seen.has(from) ? { kind: 'gap', from, to } : NEXT;
}
