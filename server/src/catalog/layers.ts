/**
 * User catalogue files, layered over the built-in catalogue (later files win, field by field):
 * - JSON in the schema of `server/data/catalog.schema.json` (`{ "entries": [ { "symbol": …, … } ] }` or a bare array);
 * - the UN Digital Library CSV of GA resolutions (record 4060945; columns `undl_id, resolution, session, date, title,
 *   modality, draft, committee_report, meeting, agenda_title, …, total_yes, total_no, total_abstentions,
 *   total_non_voting, total_ms, undl_link`).
 * Loading never throws: a bad entry or row is a problem with its line and the rest loads; a file that is neither
 * is one problem.
 */
import { type CatalogLike, rankByTitle } from './catalog';
import type { CatalogEntry } from './entry';
import { loadCsv } from './layerCsv';
import { type CatalogLayer, fileProblem, type Mutable } from './layerEntry';
import { loadJson } from './layerJson';
import { displaySymbol, partKey } from './symbols';
import { queryTerms, titleMatches } from './titleIndex';

export { baseEntry, type CatalogLayer, type CatalogProblem, readDate } from './layerEntry';

/** Read one user catalogue file. Chooses JSON or CSV by extension, else by content. */
export function loadCatalogLayer(file: string, text: string): CatalogLayer {
	try {
		const head = text.replace(/^\ufeff/, '').trimStart();
		if (/\.json$/i.test(file) || (!/\.csv$/i.test(file) && /^[[{]/.test(head))) {
			return loadJson(file, text);
		}
		if (/\.csv$/i.test(file) || /^[^\n]*\bresolution\b[^\n]*,/i.test(head)) {
			return loadCsv(file, text);
		}
		return fileProblem(file, 'not a catalogue file: expected JSON (see catalog.schema.json) or the UN Digital Library CSV of GA resolutions');
	} catch (err) {
		return fileProblem(file, `could not be read: ${(err as Error).message}`);
	}
}

// ---------- the layered view ----------

/** The built-in catalogue with user layers on top: a later layer's fields replace earlier ones, one field at a time. */
export class LayeredCatalog implements CatalogLike {
	readonly #base: CatalogLike;
	readonly #overlay = new Map<string, CatalogEntry>();
	readonly #complete = new Set<number>();
	readonly #scYears = new Map<number, number>();
	#scLast = 0;

	constructor(base: CatalogLike, layers: readonly CatalogLayer[]) {
		this.#base = base;
		for (const layer of layers) {
			layer.completeSessions.forEach((s) => this.#complete.add(s));
			for (const entry of layer.entries) {
				this.#put(entry);
			}
		}
	}

	#put(entry: CatalogEntry): void {
		const previous = this.#overlay.get(entry.key) ?? this.#base.get(entry.key);
		const merged: Mutable<CatalogEntry> = { ...(previous ?? {}), ...entry };
		if (previous?.parts && entry.parts) {
			merged.parts = [...new Set([...previous.parts, ...entry.parts])].sort();
		}
		if (merged.body === 'SC') {
			const year = entry.date ? Number(entry.date.slice(0, 4)) : merged.year ?? (merged.date ? Number(merged.date.slice(0, 4)) : undefined);
			if (year !== undefined) {
				merged.year = year;
				merged.symbol = displaySymbol(merged.key, year);
				this.#scYears.set(merged.number, year);
			}
			this.#scLast = Math.max(this.#scLast, merged.number);
		}
		delete merged.stub;
		this.#overlay.set(entry.key, merged);
		if (entry.part) {
			// Make the part visible on its resolution's record too.
			const baseKey = entry.key.slice(0, entry.key.length - entry.part.length);
			const whole = this.#overlay.get(baseKey) ?? this.#base.get(baseKey);
			if (!whole?.parts?.includes(entry.part)) {
				const w: Mutable<CatalogEntry> = whole ? { ...whole } : { ...entry, key: baseKey, symbol: displaySymbol(baseKey, entry.year) };
				delete w.part;
				w.parts = [...new Set([...(whole?.parts ?? []), entry.part])].sort();
				this.#overlay.set(baseKey, w);
			}
		}
	}

	/** The entries the layers added or changed. */
	get overlay(): ReadonlyMap<string, CatalogEntry> {
		return this.#overlay;
	}

	get(key: string): CatalogEntry | undefined {
		return this.#overlay.get(key) ?? this.#base.get(key);
	}

	has(key: string): boolean {
		return this.#overlay.has(key) || this.#base.has(key);
	}

	*keys(): IterableIterator<string> {
		yield* this.#overlay.keys();
		for (const key of this.#base.keys()) {
			if (!this.#overlay.has(key)) {
				yield key;
			}
		}
	}

	get dataThrough(): string | undefined {
		return this.#base.dataThrough;
	}

	getPart(key: string, part: string): CatalogEntry | undefined {
		return this.get(partKey(key, part));
	}

	isCompleteSession(session: number): boolean {
		return this.#complete.has(session) || this.#base.isCompleteSession(session);
	}

	lastNumberOfSession(session: number): number | undefined {
		if (!this.isCompleteSession(session)) {
			return undefined;
		}
		let last = this.#base.lastNumberOfSession(session) ?? 0;
		for (const e of this.#overlay.values()) {
			if (e.body === 'GA' && e.kind === 'resolution' && e.session === session && e.sessionKind === 'regular') {
				last = Math.max(last, e.number);
			}
		}
		return last || undefined;
	}

	get lastSecurityCouncilNumber(): number {
		return Math.max(this.#scLast, this.#base.lastSecurityCouncilNumber);
	}

	securityCouncilYear(number: number): number | undefined {
		return this.#scYears.get(number) ?? this.#base.securityCouncilYear(number);
	}

	searchTitle(words: string | readonly string[], limit = 20, filter?: (e: CatalogEntry) => boolean): CatalogEntry[] {
		const terms = queryTerms(words);
		// Base hits the layers changed are replaced by the layers' versions, checked again below.
		const fromBase = this.#base.searchTitle(words, limit + this.#overlay.size, filter).filter((e) => !this.#overlay.has(e.key));
		const fromOverlay = [...this.#overlay.values()].filter((e) => !e.part && e.title !== undefined && titleMatches(e.title, terms) && (!filter || filter(e)));
		return rankByTitle([...fromOverlay, ...fromBase], terms).slice(0, limit);
	}
}
