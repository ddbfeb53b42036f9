/**
 * User catalogue files, layered over the built-in catalogue (later files win, field by field):
 * - JSON in the schema of `server/data/catalog.schema.json` (`{ "entries": [ { "symbol": …, … } ] }` or a bare array);
 * - the UN Digital Library CSV of GA resolutions (record 4060945; columns `undl_id, resolution, session, date, title,
 *   modality, draft, committee_report, meeting, agenda_title, …, total_yes, total_no, total_abstentions,
 *   total_non_voting, total_ms, undl_link`).
 * Loading never throws: a bad entry or row is a problem with its line and the rest loads; a file that is neither
 * is one problem.
 */
import { isoDate, monthWord } from '../l10n/calendar';
import type { Body } from '../model/document';
import { type CatalogLike, rankByTitle } from './catalog';
import { parseCsv } from './csv';
import type { CatalogEntry, Vote } from './entry';
import { type JsonValue, JsonSyntaxError, parseJsonWithPositions } from './jsonPositions';
import { type CatalogKind, displaySymbol, type ParsedSymbol, parseSymbol, partKey } from './symbols';
import { queryTerms, titleMatches } from './titleIndex';

export interface CatalogProblem {
	readonly file: string;
	/** 1-based; 0 when the problem concerns the whole file. */
	readonly line: number;
	readonly message: string;
}

export interface CatalogLayer {
	readonly file: string;
	readonly entries: readonly CatalogEntry[];
	/** GA sessions the file declares it lists completely (JSON `completeSessions`). */
	readonly completeSessions: readonly number[];
	readonly problems: readonly CatalogProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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

function fileProblem(file: string, message: string, line = 0): CatalogLayer {
	return { file, entries: [], completeSessions: [], problems: [{ file, line, message }] };
}

// ---------- JSON ----------

const FIELDS = new Set(['symbol', 'body', 'kind', 'date', 'title', 'vote', 'meeting', 'draft', 'committeeReport', 'agendaItem', 'undlId', 'parts']);
const BODIES = new Set<Body>(['GA', 'SC', 'ECOSOC', 'HRC']);

function loadJson(file: string, text: string): CatalogLayer {
	let doc;
	try {
		doc = parseJsonWithPositions(text.replace(/^\ufeff/, ''));
	} catch (err) {
		if (err instanceof JsonSyntaxError) {
			return fileProblem(file, `not valid JSON: ${err.message}`, err.line);
		}
		throw err;
	}
	const root = doc.value;
	const list = Array.isArray(root) ? root : isObject(root) ? root.entries : undefined;
	if (!Array.isArray(list)) {
		return fileProblem(file, 'a catalogue file is an object with an "entries" array (or a bare array of entries)', 1);
	}
	const problems: CatalogProblem[] = [];
	const entries: CatalogEntry[] = [];
	const completeSessions: number[] = [];
	if (isObject(root) && root.completeSessions !== undefined) {
		const cs = root.completeSessions;
		if (Array.isArray(cs) && cs.every((s) => Number.isInteger(s) && (s as number) > 0)) {
			completeSessions.push(...(cs as number[]));
		} else {
			problems.push({ file, line: doc.lineOf(root) ?? 1, message: '"completeSessions" must be an array of GA session numbers' });
		}
	}
	for (const [index, item] of list.entries()) {
		const line = doc.lineOfElement(list, index) ?? 1;
		const problem = (message: string): void => {
			problems.push({ file, line, message });
		};
		if (!isObject(item)) {
			problem('an entry must be an object with at least a "symbol"');
			continue;
		}
		const entry = jsonEntry(item, problem);
		if (entry) {
			entries.push(entry);
		}
	}
	return { file, entries, completeSessions, problems };
}

function jsonEntry(o: { [key: string]: JsonValue }, problem: (m: string) => void): CatalogEntry | undefined {
	for (const k of Object.keys(o)) {
		if (!FIELDS.has(k) && !k.startsWith('$')) {
			problem(`unknown property "${k}" ignored`);
		}
	}
	if (o.body !== undefined && !BODIES.has(o.body as Body)) {
		problem(`"body" must be one of GA, SC, ECOSOC, HRC; entry skipped`);
		return undefined;
	}
	if (o.kind !== undefined && o.kind !== 'resolution' && o.kind !== 'decision') {
		problem(`"kind" must be "resolution" or "decision"; entry skipped`);
		return undefined;
	}
	if (typeof o.symbol !== 'string') {
		problem('entry without a "symbol" string skipped');
		return undefined;
	}
	const sym = parseSymbol(o.symbol, { body: o.body as Body | undefined, kind: o.kind as CatalogKind | undefined });
	if (!sym) {
		problem(`"${o.symbol}" is not a resolution or decision symbol; entry skipped`);
		return undefined;
	}
	const e = baseEntry(sym);
	if (o.date !== undefined) {
		const date = typeof o.date === 'string' ? readDate(o.date) : undefined;
		if (date) {
			e.date = date;
			e.dateSource = 'user';
		} else {
			problem(`"date" must be a date such as "2016-11-21"; date ignored`);
		}
	}
	for (const k of ['title', 'meeting', 'draft', 'committeeReport', 'agendaItem'] as const) {
		const v = o[k];
		if (typeof v === 'string' && v.trim()) {
			e[k] = v.trim();
		} else if (v !== undefined) {
			problem(`"${k}" must be a non-empty string; ignored`);
		}
	}
	if (o.undlId !== undefined) {
		if (Number.isInteger(o.undlId) && (o.undlId as number) > 0) {
			e.undlId = o.undlId as number;
		} else {
			problem('"undlId" must be a positive integer; ignored');
		}
	}
	if (o.vote !== undefined) {
		const vote = jsonVote(o.vote);
		if (vote) {
			e.vote = vote;
		} else {
			problem('"vote" must be "without vote", "unanimous", "non-recorded" or {"yes", "no", "abstain", "nonVoting"} counts; ignored');
		}
	}
	if (o.parts !== undefined) {
		if (Array.isArray(o.parts) && o.parts.every((p) => typeof p === 'string' && /^[A-Z][A-Z0-9-]*$/.test(p))) {
			e.parts = o.parts as string[];
		} else {
			problem('"parts" must be an array of part letters such as ["A", "B"]; ignored');
		}
	}
	return e;
}

function jsonVote(v: JsonValue): Vote | undefined {
	if (typeof v === 'string') {
		return voteFromWords(v);
	}
	if (!isObject(v)) {
		return undefined;
	}
	const counts = ['yes', 'no', 'abstain', 'nonVoting'] as const;
	if (Object.keys(v).some((k) => !(counts as readonly string[]).includes(k)) || counts.some((k) => v[k] !== undefined && !(Number.isInteger(v[k]) && (v[k] as number) >= 0))) {
		return undefined;
	}
	if (v.yes === undefined) {
		return undefined;
	}
	const vote: Mutable<Vote> = { kind: 'recorded', yes: v.yes as number, no: (v.no as number | undefined) ?? 0, abstain: (v.abstain as number | undefined) ?? 0 };
	if (v.nonVoting !== undefined) {
		vote.nonVoting = v.nonVoting as number;
	}
	return vote;
}

function voteFromWords(text: string): Vote | undefined {
	if (/without\s+(a\s+)?vote|consensus|sans vote|sin votaci/i.test(text)) {
		return { kind: 'withoutVote' };
	}
	if (/non-?recorded/i.test(text)) {
		return { kind: 'nonRecorded' };
	}
	if (/unanim/i.test(text)) {
		return { kind: 'unanimous' };
	}
	if (/recorded/i.test(text)) {
		return { kind: 'recorded' };
	}
	return undefined;
}

function isObject(v: JsonValue | undefined): v is { [key: string]: JsonValue } {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------- UN Digital Library CSV ----------

function loadCsv(file: string, text: string): CatalogLayer {
	const { records, problems: csvProblems } = parseCsv(text);
	const problems: CatalogProblem[] = csvProblems.map((p) => ({ file, ...p }));
	const header = records.shift();
	const columns = header?.fields.map((h) => h.trim().toLowerCase()) ?? [];
	const col = (name: string): number => columns.indexOf(name);
	if (col('resolution') < 0) {
		return fileProblem(file, 'not the UN Digital Library CSV: the header has no "resolution" column', header?.line ?? 1);
	}
	const entries: CatalogEntry[] = [];
	for (const { fields, line } of records) {
		const problem = (message: string): void => {
			problems.push({ file, line, message });
		};
		if (fields.length !== columns.length) {
			problem(`expected ${columns.length} fields, found ${fields.length}; row skipped`);
			continue;
		}
		const get = (name: string): string => (col(name) >= 0 ? fields[col(name)].trim() : '');
		const sym = parseSymbol(get('resolution'), { body: 'GA' });
		if (!sym) {
			problem(`"${get('resolution')}" is not a GA resolution symbol; row skipped`);
			continue;
		}
		const e = baseEntry(sym);
		if (get('date')) {
			const date = readDate(get('date'));
			if (date) {
				e.date = date;
				e.dateSource = 'user';
			} else {
				problem(`unreadable date "${get('date')}"; date ignored`);
			}
		}
		set(e, 'title', get('title'));
		set(e, 'draft', get('draft'));
		set(e, 'committeeReport', get('committee_report'));
		set(e, 'meeting', get('meeting'));
		set(e, 'agendaItem', get('agenda_title'));
		const vote = csvVote(get('modality'), get('total_yes'), get('total_no'), get('total_abstentions'), get('total_non_voting'));
		if (vote) {
			e.vote = vote;
		}
		const id = /^\d+$/.test(get('undl_id')) ? Number(get('undl_id')) : Number(/record\/(\d+)/.exec(get('undl_link'))?.[1] ?? NaN);
		if (id > 0) {
			e.undlId = id;
		}
		entries.push(e);
	}
	problems.sort((a, b) => a.line - b.line);
	return { file, entries, completeSessions: [], problems };
}

function csvVote(modality: string, yes: string, no: string, abstain: string, nonVoting: string): Vote | undefined {
	const words = voteFromWords(modality);
	if (words && words.kind !== 'recorded') {
		return words;
	}
	if (/^\d+$/.test(yes)) {
		const n = (s: string): number => (/^\d+$/.test(s) ? Number(s) : 0);
		const vote: Mutable<Vote> = { kind: 'recorded', yes: Number(yes), no: n(no), abstain: n(abstain) };
		if (/^\d+$/.test(nonVoting)) {
			vote.nonVoting = Number(nonVoting);
		}
		return vote;
	}
	return words;
}

function set(e: Mutable<CatalogEntry>, k: 'title' | 'draft' | 'committeeReport' | 'meeting' | 'agendaItem', v: string): void {
	if (v) {
		e[k] = v;
	}
}

// ---------- shared ----------

/** The entry a symbol alone says: key, displayed symbol, body, kind, number, session or year, parts. */
export function baseEntry(sym: ParsedSymbol): Mutable<CatalogEntry> {
	const part = sym.parts?.length === 1 ? sym.parts[0] : undefined;
	const e: Mutable<CatalogEntry> = {
		key: part ? partKey(sym.key, part) : sym.key,
		symbol: displaySymbol(sym.key, sym.year) + (part ?? ''),
		body: sym.body,
		kind: sym.kind,
		number: sym.number,
	};
	if (sym.session !== undefined) {
		e.session = sym.session;
		e.sessionKind = sym.sessionKind;
	}
	if (sym.year !== undefined) {
		e.year = sym.year;
	}
	if (part) {
		e.part = part;
	} else if (sym.parts) {
		e.parts = sym.parts;
	}
	return e;
}

/** `2016-11-21`, `2016-11-21T…`, `2016/11/21`, `21 November 2016`; undefined unless a real calendar date. */
export function readDate(text: string): string | undefined {
	let y: number;
	let m: number;
	let d: number;
	const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text.trim());
	const words = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
	if (iso) {
		[y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	} else if (words && monthWord(words[2], 'en')) {
		[y, m, d] = [Number(words[3]), monthWord(words[2], 'en')!.month, Number(words[1])];
	} else {
		return undefined;
	}
	return y < 1945 ? undefined : isoDate(y, m, d);
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
