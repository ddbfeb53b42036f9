/**
 * The layout of `server/data/catalog.json`, shared by the builder (encode) and the server (decode).
 *
 * Compact and self-describing: one row (array) per record with the columns named in `fields`; trailing empty
 * cells are dropped. Text values (titles, meetings, drafts, reports, agenda items) are interned in `strings` and
 * cells hold `index + 1` (0 = none), so a title shared by many parts or years is stored once. Dates are
 * `YYYYMMDD` integers (0 = none); record ids are integers (0 = none). French and Spanish titles have columns of
 * their own, filled only where they differ from the English title.
 */
import type { CatalogEntry, DateSource, Vote } from './entry';
import { displaySymbol, parseSymbol } from './symbols';

export const CATALOG_FORMAT = 'unres-catalog';
export const CATALOG_VERSION = 1;

export const FIELDS = [
	'key', 'date', 'dateSource', 'title', 'titleFr', 'titleEs', 'vote', 'meeting', 'draft', 'report', 'agenda', 'undl', 'undlVote', 'ohchr', 'parts', 'flags',
] as const;
export type Field = (typeof FIELDS)[number];
export type Cell = string | number;

export interface CatalogFile {
	readonly format: typeof CATALOG_FORMAT;
	readonly version: number;
	/** Latest date of adoption in the data. */
	readonly dataThrough?: string;
	/** Provenance and licence notes. */
	readonly notes?: readonly string[];
	readonly fields: readonly string[];
	readonly strings: readonly string[];
	readonly rows: readonly (readonly Cell[])[];
	readonly gaSessions: {
		/** GA sessions whose list of resolutions is complete (the builder says why). */
		readonly complete: readonly number[];
		/** Highest resolution number of each complete session. */
		readonly last: Readonly<Record<string, number>>;
	};
	readonly sc: {
		readonly last: number;
		/** `[year, first resolution number of that year]`, ascending. */
		readonly yearStarts: readonly (readonly [number, number])[];
	};
}

const DATE_SOURCE_CODES: Record<DateSource, string> = { text: 't', meetings: 'm', votes: 'v', citations: 'c', user: 'x' };
const DATE_SOURCES = new Map<string, DateSource>(Object.entries(DATE_SOURCE_CODES).map(([k, v]) => [v, k as DateSource]));

export function dateToInt(iso: string | undefined): number {
	const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
	return m ? Number(m[1] + m[2] + m[3]) : 0;
}

export function intToDate(value: number): string | undefined {
	if (!value) {
		return undefined;
	}
	const s = String(value);
	return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** `R94-59-33-7` recorded (tally yes-no-abstain[-non-voting]), `W` without a vote, `N` non-recorded, `U[tally]` unanimous. */
export function encodeVote(vote: Vote | undefined): string {
	if (!vote) {
		return '';
	}
	const code = { recorded: 'R', withoutVote: 'W', nonRecorded: 'N', unanimous: 'U' }[vote.kind];
	if (vote.yes === undefined) {
		return code;
	}
	const tally = [vote.yes, vote.no ?? 0, vote.abstain ?? 0];
	if (vote.nonVoting !== undefined) {
		tally.push(vote.nonVoting);
	}
	return code + tally.join('-');
}

const VOTE_KINDS: Readonly<Record<string, Vote['kind']>> = { R: 'recorded', W: 'withoutVote', N: 'nonRecorded', U: 'unanimous' };
const VOTE = /^([RWNU])(?:(\d+)-(\d+)-(\d+)(?:-(\d+))?)?$/;

export function decodeVote(text: string): Vote | undefined {
	const m = VOTE.exec(text);
	if (!m) {
		return undefined;
	}
	const kind = VOTE_KINDS[m[1]];
	if (m[2] === undefined) {
		return { kind };
	}
	const vote: { -readonly [K in keyof Vote]: Vote[K] } = { kind, yes: Number(m[2]), no: Number(m[3]), abstain: Number(m[4]) };
	if (m[5] !== undefined) {
		vote.nonVoting = Number(m[5]);
	}
	return vote;
}

/** Builds a {@link CatalogFile}: interns strings and encodes rows. */
export class CatalogWriter {
	readonly #strings: string[] = [];
	readonly #index = new Map<string, number>();
	readonly #rows: Cell[][] = [];

	#intern(value: string | undefined): number {
		if (!value) {
			return 0;
		}
		let i = this.#index.get(value);
		if (i === undefined) {
			i = this.#strings.length;
			this.#strings.push(value);
			this.#index.set(value, i);
		}
		return i + 1;
	}

	add(e: CatalogEntry): void {
		const flags = (e.stub ? 's' : '') + (e.part ? 'p' : '');
		const row: Cell[] = [
			e.key,
			dateToInt(e.date),
			e.dateSource ? DATE_SOURCE_CODES[e.dateSource] : '',
			this.#intern(e.title),
			this.#intern(e.titleFr),
			this.#intern(e.titleEs),
			encodeVote(e.vote),
			this.#intern(e.meeting),
			this.#intern(e.draft),
			this.#intern(e.committeeReport),
			this.#intern(e.agendaItem),
			e.undlId ?? 0,
			e.undlVoteId ?? 0,
			e.ohchrId ?? 0,
			e.part ?? (e.parts ?? []).join(','),
			flags,
		];
		while (row.length > 1 && (row[row.length - 1] === 0 || row[row.length - 1] === '')) {
			row.pop();
		}
		this.#rows.push(row);
	}

	finish(meta: Omit<CatalogFile, 'format' | 'version' | 'fields' | 'strings' | 'rows'>): CatalogFile {
		return {
			format: CATALOG_FORMAT,
			version: CATALOG_VERSION,
			...meta,
			fields: [...FIELDS],
			strings: this.#strings,
			rows: this.#rows,
		};
	}
}

/** Column positions of a file's `fields`, so a reader tolerates reordered or added columns. */
export type FieldIndex = Readonly<Record<Field, number>>;

export function fieldIndex(fields: readonly string[]): FieldIndex {
	const out = {} as Record<Field, number>;
	for (const f of FIELDS) {
		out[f] = fields.indexOf(f);
	}
	return out;
}

/** Decode one row; undefined when its key is not a catalogue symbol. */
export function decodeRow(row: readonly Cell[], at: FieldIndex, strings: readonly string[]): CatalogEntry | undefined {
	const key = String(row[at.key] ?? '');
	const flags = String(row[at.flags] ?? '');
	const partsCell = String(row[at.parts] ?? '');
	const part = partsCell && flags.includes('p') ? partsCell : undefined;
	const whole = part ? key.slice(0, key.length - part.length) : key;
	const parsed = parseSymbol(whole);
	if (!parsed) {
		return undefined;
	}
	const e: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = { key, symbol: '', body: parsed.body, kind: parsed.kind, number: parsed.number };
	if (parsed.session !== undefined) {
		e.session = parsed.session;
		e.sessionKind = parsed.sessionKind;
	}
	const date = intToDate(num(row[at.date]) ?? 0);
	if (date) {
		e.date = date;
	}
	const year = parsed.year ?? (parsed.body === 'SC' && date ? Number(date.slice(0, 4)) : undefined);
	if (year !== undefined) {
		e.year = year;
	}
	e.symbol = displaySymbol(whole, year) + (part ?? '');
	if (part) {
		e.part = part;
	} else if (partsCell) {
		e.parts = partsCell.split(',');
	}
	const source = DATE_SOURCES.get(String(row[at.dateSource] ?? ''));
	if (source) {
		e.dateSource = source;
	}
	const vote = decodeVote(String(row[at.vote] ?? ''));
	if (vote) {
		e.vote = vote;
	}
	const str = (i: number): string | undefined => {
		const n = num(row[i]);
		return n === undefined ? undefined : strings[n - 1];
	};
	assign(e, 'title', str(at.title));
	assign(e, 'titleFr', str(at.titleFr));
	assign(e, 'titleEs', str(at.titleEs));
	assign(e, 'meeting', str(at.meeting));
	assign(e, 'draft', str(at.draft));
	assign(e, 'committeeReport', str(at.report));
	assign(e, 'agendaItem', str(at.agenda));
	assign(e, 'undlId', num(row[at.undl]));
	assign(e, 'undlVoteId', num(row[at.undlVote]));
	assign(e, 'ohchrId', num(row[at.ohchr]));
	if (flags.includes('s')) {
		e.stub = true;
	}
	return e;
}

/** A positive number cell (a missing column reads `row[-1]`, undefined). */
function num(v: Cell | undefined): number | undefined {
	return typeof v === 'number' && v > 0 ? v : undefined;
}

function assign<K extends keyof CatalogEntry>(e: { -readonly [P in keyof CatalogEntry]: CatalogEntry[P] }, k: K, v: CatalogEntry[K] | undefined): void {
	if (v !== undefined) {
		e[k] = v;
	}
}
