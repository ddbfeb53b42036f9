/**
 * A small inverted index over titles for completion: every query word must be the prefix of a word of the title
 * (so `count ict crim` finds "Countering the use of information and communications technologies for criminal
 * purposes"). Words are folded to lower case without accents.
 */

// Words too common to narrow a search; ignored in a query unless it has nothing else.
const STOP = new Set(['the', 'of', 'and', 'on', 'in', 'to', 'for', 'a', 'an', 'by', 'at', 'its', 'with', 'de', 'la', 'le', 'les', 'des', 'et', 'du', 'el', 'en', 'y']);

export function titleWords(text: string): string[] {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
}

/** The words of a query that narrow it: stop words are dropped unless nothing else is left. */
export function queryTerms(query: string | readonly string[]): string[] {
	const words = (typeof query === 'string' ? [query] : query).flatMap(titleWords);
	const useful = words.filter((w) => !STOP.has(w));
	return [...new Set(useful.length > 0 ? useful : words)];
}

/** Whether every term starts some word of the title. */
export function titleMatches(title: string, terms: readonly string[]): boolean {
	const words = titleWords(title);
	return terms.length > 0 && terms.every((t) => words.some((w) => w.startsWith(t)));
}

export class TitleIndex {
	/** Sorted distinct words. */
	readonly #vocab: string[];
	/**
	 * The ids of the documents containing each word of {@link #vocab}, ascending, one run per word: word `i`'s run is
	 * `#postings[#starts[i] … #starts[i + 1])`. Two typed arrays rather than one per word (40,000 of them took more
	 * memory than the ids they held).
	 */
	readonly #postings: Int32Array;
	readonly #starts: Int32Array;

	/** `docs[i]` is the text of document `i` (undefined: not indexed). */
	constructor(docs: readonly (string | undefined)[]) {
		// (word id, document id) pairs in document order, then sorted by word (counting sort: a document's ids stay ascending).
		const wordIds = new Map<string, number>();
		const pairWord: number[] = [];
		const pairDoc: number[] = [];
		docs.forEach((text, id) => {
			if (!text) {
				return;
			}
			for (const w of new Set(titleWords(text))) {
				let k = wordIds.get(w);
				if (k === undefined) {
					k = wordIds.size;
					wordIds.set(w, k);
				}
				pairWord.push(k);
				pairDoc.push(id);
			}
		});
		this.#vocab = [...wordIds.keys()].sort();
		const rank = new Int32Array(wordIds.size);
		this.#vocab.forEach((w, r) => {
			rank[wordIds.get(w)!] = r;
		});
		const starts = new Int32Array(this.#vocab.length + 1);
		for (const k of pairWord) {
			starts[rank[k] + 1]++;
		}
		for (let i = 0; i < this.#vocab.length; i++) {
			starts[i + 1] += starts[i];
		}
		const next = starts.slice(0, this.#vocab.length);
		const postings = new Int32Array(pairWord.length);
		for (let i = 0; i < pairWord.length; i++) {
			postings[next[rank[pairWord[i]]]++] = pairDoc[i];
		}
		this.#postings = postings;
		this.#starts = starts;
	}

	/** Ids of the documents in which every term (see {@link queryTerms}) starts some word. */
	search(terms: readonly string[]): number[] {
		if (terms.length === 0) {
			return [];
		}
		const sets = terms.map((t) => this.#prefixMatches(t)).sort((a, b) => a.size - b.size);
		const out: number[] = [];
		for (const id of sets[0]) {
			if (sets.every((s) => s.has(id))) {
				out.push(id);
			}
		}
		return out;
	}

	#prefixMatches(prefix: string): Set<number> {
		const out = new Set<number>();
		let lo = 0;
		let hi = this.#vocab.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.#vocab[mid] < prefix) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		for (let i = lo; i < this.#vocab.length && this.#vocab[i].startsWith(prefix); i++) {
			for (let p = this.#starts[i]; p < this.#starts[i + 1]; p++) {
				out.add(this.#postings[p]);
			}
		}
		return out;
	}
}
