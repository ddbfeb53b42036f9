/**
 * Aligns two lists of paragraph texts: equal texts first, then the most similar remaining pairs, then the longest
 * run that kept its order. A pair outside that run has moved. Linear in the texts plus the pairs that share a word.
 */

export interface Alignment {
	/** For each draft item, the base item it continues, or -1 (new). */
	readonly baseOf: readonly number[];
	/** For each base item, the draft item that continues it, or -1 (deleted). */
	readonly draftOf: readonly number[];
	/** For each draft item: whether its pair is out of the order the others kept (moved). */
	readonly moved: readonly boolean[];
}

/** Below this share of common words, a paragraph is a new one rather than a rewrite of an old one. */
export const SIMILARITY = 0.5;

/** Words for the similarity: runs of anything but blanks and ASCII or typographic punctuation, lower-cased. */
const WORD = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2010-\u205f]+/g;

function words(s: string): string[] {
	return s.toLowerCase().match(WORD) ?? [];
}

export interface AlignOptions {
	/** Pairs a lone item between two pairs with the lone item in the same place of the base (footnotes: `A/79/194.` → `A/80/327.`). */
	readonly sameSlot?: boolean;
}

export function align(base: readonly string[], draft: readonly string[], options: AlignOptions = {}): Alignment {
	const baseOf = new Array<number>(draft.length).fill(-1);
	const draftOf = new Array<number>(base.length).fill(-1);

	// 1. Equal texts, in order: the n-th copy of a text continues the n-th copy of the base.
	const byText = new Map<string, number[]>();
	base.forEach((t, i) => {
		const list = byText.get(t);
		if (list) {
			list.push(i);
		} else {
			byText.set(t, [i]);
		}
	});
	draft.forEach((t, i) => {
		const list = byText.get(t);
		if (list && list.length > 0) {
			const b = list.shift() as number;
			baseOf[i] = b;
			draftOf[b] = i;
		}
	});

	// 2. Rewritten paragraphs: the pairs sharing most words, best first, nearest in place on a tie.
	const freeBase = base.map((_, i) => i).filter((i) => draftOf[i] < 0);
	const freeDraft = draft.map((_, i) => i).filter((i) => baseOf[i] < 0);
	if (freeBase.length > 0 && freeDraft.length > 0) {
		// Words become numbers; a posting list per word holds the free base items that have it.
		const ids = new Map<string, number>();
		const postings: number[][] = [];
		const stamp: number[] = [];
		let call = 0;
		/** The distinct word ids of a text. */
		const idsOf = (t: string) => {
			call++;
			const out: number[] = [];
			for (const w of words(t)) {
				let id = ids.get(w);
				if (id === undefined) {
					id = postings.length;
					ids.set(w, id);
					postings.push([]);
					stamp.push(0);
				}
				if (stamp[id] !== call) {
					stamp[id] = call;
					out.push(id);
				}
			}
			return out;
		};
		const sizes = new Int32Array(freeBase.length);
		freeBase.forEach((b, k) => {
			const ws = idsOf(base[b]);
			sizes[k] = ws.length;
			for (const w of ws) {
				postings[w].push(k);
			}
		});
		const shared = new Int32Array(freeBase.length);
		const touched: number[] = [];
		const candidates: { d: number; b: number; score: number; distance: number }[] = [];
		for (const d of freeDraft) {
			const ws = idsOf(draft[d]);
			for (const w of ws) {
				for (const k of postings[w]) {
					if (shared[k]++ === 0) {
						touched.push(k);
					}
				}
			}
			for (const k of touched) {
				const score = (2 * shared[k]) / (ws.length + sizes[k]);
				if (score >= SIMILARITY) {
					const b = freeBase[k];
					candidates.push({ d, b, score, distance: Math.abs(d / Math.max(1, draft.length) - b / Math.max(1, base.length)) });
				}
				shared[k] = 0;
			}
			touched.length = 0;
		}
		candidates.sort((x, y) => y.score - x.score || x.distance - y.distance || x.d - y.d);
		for (const c of candidates) {
			if (baseOf[c.d] < 0 && draftOf[c.b] < 0) {
				baseOf[c.d] = c.b;
				draftOf[c.b] = c.d;
			}
		}
	}

	if (options.sameSlot) {
		for (let d = 0; d < draft.length; d++) {
			const lo = d > 0 ? baseOf[d - 1] : -1;
			const hi = d < draft.length - 1 ? baseOf[d + 1] : base.length;
			if (baseOf[d] < 0 && (d === 0 || lo >= 0) && hi >= 0 && hi - lo === 2 && draftOf[lo + 1] < 0) {
				baseOf[d] = lo + 1;
				draftOf[lo + 1] = d;
			}
		}
	}

	// 3. The longest subsequence of pairs that kept their order stays in place; the other pairs moved.
	const pairs = baseOf.map((b, d) => ({ b, d })).filter((p) => p.b >= 0);
	const kept = longestIncreasing(pairs.map((p) => p.b));
	const moved = new Array<boolean>(draft.length).fill(false);
	pairs.forEach((p, k) => {
		if (!kept.has(k)) {
			moved[p.d] = true;
		}
	});
	return { baseOf, draftOf, moved };
}

/** Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasing(values: readonly number[]): Set<number> {
	const tails: number[] = [];
	const previous = new Array<number>(values.length).fill(-1);
	for (let i = 0; i < values.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]] < values[i]) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		previous[i] = lo > 0 ? tails[lo - 1] : -1;
		tails[lo] = i;
	}
	const kept = new Set<number>();
	for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) {
		kept.add(k);
	}
	return kept;
}

/** One line of the two versions read together: a pair in place, a draft item alone, or a base item alone. */
export type Row = { readonly draft: number; readonly base: number } | { readonly draft: number; readonly base?: undefined } | { readonly draft?: undefined; readonly base: number };

/**
 * Merges both versions into one sequence in which the draft items keep the draft's order and the base items the
 * base's: moved pairs appear twice (base alone where they were, draft alone where they are). Accepting the rows'
 * draft side gives the draft, rejecting it gives the base.
 */
export function rows(a: Alignment): Row[] {
	const out: Row[] = [];
	let b = 0;
	const baseAlone = (upTo: number) => {
		for (; b < upTo; b++) {
			const d = a.draftOf[b];
			if (d < 0 || a.moved[d]) {
				out.push({ base: b });
			}
		}
	};
	for (let d = 0; d < a.baseOf.length; d++) {
		const pair = a.baseOf[d];
		if (pair >= 0 && !a.moved[d]) {
			baseAlone(pair);
			out.push({ draft: d, base: pair });
			b = pair + 1;
		} else {
			out.push({ draft: d });
		}
	}
	baseAlone(a.draftOf.length);
	return out;
}
