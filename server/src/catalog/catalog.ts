/**
 * The resolution catalogue, read from the JSON text of `server/data/catalog.json` (layout in `format.ts`).
 * Nothing is parsed until first use; entries are decoded on demand and kept; the title index is built on the
 * first search. A damaged file gives an empty catalogue and {@link Catalog.loadError}, never an exception.
 */
import type { CatalogEntry } from './entry';
import { CATALOG_FORMAT, type CatalogFile, type Cell, decodeRow, type FieldIndex, fieldIndex } from './format';
import { displaySymbol, partKey } from './symbols';
import { queryTerms, TitleIndex, titleWords } from './titleIndex';

/** What rules, hover and completion need; implemented by {@link Catalog} and by the layered catalogue. */
export interface CatalogLike {
	get(key: string): CatalogEntry | undefined;
	has(key: string): boolean;
	/** Every key, part records included (completion enumerates them by number prefix). */
	keys(): Iterable<string>;
	/** Latest date of adoption the data covers (ISO): numbers adopted since are unknown, not impossible. */
	readonly dataThrough?: string;
	/** A part's own record (`A/RES/57/270` + `B`), when the catalogue has one. */
	getPart(key: string, part: string): CatalogEntry | undefined;
	/** Whether the catalogue lists every resolution of this GA session (so an unknown number does not exist). */
	isCompleteSession(session: number): boolean;
	/** Highest resolution number of a complete GA session. */
	lastNumberOfSession(session: number): number | undefined;
	readonly lastSecurityCouncilNumber: number;
	/** Year of adoption of SC resolution `number`; undefined beyond the last known one. */
	securityCouncilYear(number: number): number | undefined;
	/**
	 * Entries whose title contains every word (as a word prefix), whole-word matches first, then newest first.
	 * `filter` (e.g. GA resolutions only) applies before `limit`.
	 */
	searchTitle(words: string | readonly string[], limit?: number, filter?: (e: CatalogEntry) => boolean): CatalogEntry[];
}

interface Loaded {
	readonly rows: readonly (readonly Cell[])[];
	readonly strings: readonly string[];
	readonly at: FieldIndex;
	readonly byKey: Map<string, number>;
	readonly entries: (CatalogEntry | null | undefined)[];
	readonly complete: ReadonlySet<number>;
	readonly last: ReadonlyMap<number, number>;
	readonly scLast: number;
	readonly yearStarts: readonly (readonly [number, number])[];
	readonly dataThrough?: string;
	search?: { index: TitleIndex; rowsByTitle: Map<number, number[]> };
}

export class Catalog implements CatalogLike {
	#text: string | undefined;
	#data: Loaded | undefined;
	#error: string | undefined;

	/** @param origin where the text came from (a file name), for messages. */
	constructor(text: string, readonly origin?: string) {
		this.#text = text;
	}

	static empty(origin?: string, error?: string): Catalog {
		const c = new Catalog('', origin);
		c.#text = undefined;
		c.#error = error;
		return c;
	}

	/** Why the catalogue is empty, if the text could not be read. */
	get loadError(): string | undefined {
		this.#load();
		return this.#error;
	}

	get size(): number {
		return this.#load().rows.length;
	}

	/** All keys, part records included. */
	keys(): IterableIterator<string> {
		return this.#load().byKey.keys();
	}

	get(key: string): CatalogEntry | undefined {
		const d = this.#load();
		const i = d.byKey.get(key);
		return i === undefined ? undefined : this.#entry(d, i);
	}

	has(key: string): boolean {
		return this.#load().byKey.has(key);
	}

	getPart(key: string, part: string): CatalogEntry | undefined {
		return this.get(partKey(key, part));
	}

	isCompleteSession(session: number): boolean {
		return this.#load().complete.has(session);
	}

	lastNumberOfSession(session: number): number | undefined {
		return this.#load().last.get(session);
	}

	get lastSecurityCouncilNumber(): number {
		return this.#load().scLast;
	}

	get dataThrough(): string | undefined {
		return this.#load().dataThrough;
	}

	securityCouncilYear(number: number): number | undefined {
		const d = this.#load();
		if (!(number >= 1) || number > d.scLast || d.yearStarts.length === 0) {
			return undefined;
		}
		let lo = 0;
		let hi = d.yearStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >>> 1;
			if (d.yearStarts[mid][1] <= number) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return d.yearStarts[lo][1] <= number ? d.yearStarts[lo][0] : undefined;
	}

	searchTitle(words: string | readonly string[], limit = 20, filter?: (e: CatalogEntry) => boolean): CatalogEntry[] {
		const d = this.#load();
		const s = (d.search ??= this.#buildSearch(d));
		const terms = queryTerms(words);
		const hits: number[] = [];
		for (const title of s.index.search(terms)) {
			hits.push(...(s.rowsByTitle.get(title) ?? []));
		}
		// A row found by two of its titles counts once.
		const rows = [...new Set(hits)];
		const entries = rows.map((i) => this.#entry(d, i)).filter((e): e is CatalogEntry => e !== undefined && (!filter || filter(e)));
		return rankByTitle(entries, terms).slice(0, limit);
	}

	#buildSearch(d: Loaded): NonNullable<Loaded['search']> {
		const rowsByTitle = new Map<number, number[]>();
		// French and Spanish titles are searched too: a French draft finds 70/1 by "transformer monde".
		const titleColumns = [d.at.title, d.at.titleFr, d.at.titleEs].filter((at) => at >= 0);
		const flagsAt = d.at.flags;
		d.rows.forEach((row, i) => {
			// Parts share their resolution's title; list the resolution once.
			if (flagsAt >= 0 && String(row[flagsAt] ?? '').includes('p')) {
				return;
			}
			for (const at of titleColumns) {
				const t = row[at];
				if (typeof t !== 'number' || t <= 0) {
					continue;
				}
				const list = rowsByTitle.get(t - 1);
				if (!list) {
					rowsByTitle.set(t - 1, [i]);
				} else if (list[list.length - 1] !== i) {
					list.push(i);
				}
			}
		});
		const docs = d.strings.map((s, i) => (rowsByTitle.has(i) ? s : undefined));
		return { index: new TitleIndex(docs), rowsByTitle };
	}

	#entry(d: Loaded, i: number): CatalogEntry | undefined {
		let e = d.entries[i];
		if (e === undefined) {
			e = decodeRow(d.rows[i], d.at, d.strings) ?? null;
			// An SC number known only by numbering (a stub) still has a year: that of its neighbours.
			const year = e && e.body === 'SC' && e.year === undefined ? this.securityCouncilYear(e.number) : undefined;
			if (e && year !== undefined) {
				e = { ...e, year, symbol: displaySymbol(e.key, year) };
			}
			d.entries[i] = e;
		}
		return e ?? undefined;
	}

	#load(): Loaded {
		if (this.#data) {
			return this.#data;
		}
		let file: CatalogFile | undefined;
		if (this.#text !== undefined) {
			try {
				const parsed = JSON.parse(this.#text) as Partial<CatalogFile>;
				if (parsed?.format !== CATALOG_FORMAT || !Array.isArray(parsed.rows) || !Array.isArray(parsed.fields)) {
					this.#error = `${this.origin ?? 'catalogue'}: not an unres catalogue (format "${CATALOG_FORMAT}")`;
				} else {
					file = parsed as CatalogFile;
				}
			} catch (err) {
				this.#error = `${this.origin ?? 'catalogue'}: ${(err as Error).message}`;
			}
		}
		this.#text = undefined;
		this.#data = index(file);
		return this.#data;
	}
}

function index(file: CatalogFile | undefined): Loaded {
	const rows = file?.rows ?? [];
	const at = fieldIndex(file?.fields ?? []);
	const byKey = new Map<string, number>();
	for (let i = 0; i < rows.length; i++) {
		byKey.set(String(rows[i][at.key]), i);
	}
	return {
		rows,
		strings: file?.strings ?? [],
		at,
		byKey,
		entries: new Array<CatalogEntry | null | undefined>(rows.length),
		complete: new Set(file?.gaSessions?.complete ?? []),
		last: new Map(Object.entries(file?.gaSessions?.last ?? {}).map(([k, v]) => [Number(k), v])),
		scLast: file?.sc?.last ?? 0,
		yearStarts: file?.sc?.yearStarts ?? [],
		...(file?.dataThrough ? { dataThrough: file.dataThrough } : {}),
	};
}

/** Titles with every word whole first, then the newest. */
export function rankByTitle(entries: CatalogEntry[], terms: readonly string[]): CatalogEntry[] {
	const score = (e: CatalogEntry): number => {
		const words = new Set(titleWords([e.title, e.titleFr, e.titleEs].filter(Boolean).join(' ')));
		return terms.filter((t) => words.has(t)).length;
	};
	const scored = entries.map((e) => ({ e, s: score(e) }));
	scored.sort((a, b) => b.s - a.s || (b.e.date ?? '').localeCompare(a.e.date ?? '') || a.e.key.localeCompare(b.e.key));
	return scored.map((x) => x.e);
}
