/**
 * The layout of `server/data/catalog.json`, shared by the builder (encode) and the server (decode).
 *
 * Compact and self-describing: one row (array) per record with the columns named in `fields`; trailing empty
 * cells are dropped. Text values (titles, meetings, drafts, reports, agenda items) are interned in `strings` and
 * cells hold `index + 1` (0 = none), so a title shared by many parts or years is stored once. Dates are
 * `YYYYMMDD` integers (0 = none); record ids are integers (0 = none).
 */
import type { CatalogEntry, DateSource, Vote } from './entry';
import { displaySymbol, parseSymbol } from './symbols';

export const CATALOG_FORMAT = 'unres-catalog';
export const CATALOG_VERSION = 1;

export const FIELDS = [
	'key', 'date', 'dateSource', 'title', 'vote', 'meeting', 'draft', 'report', 'agenda', 'undl', 'undlVote', 'ohchr', 'parts', 'flags',
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

export function decodeVote(text: string): Vote | undefined {
	const kind = ({ R: 'recorded', W: 'withoutVote', N: 'nonRecorded', U: 'unanimous' } as const)[text.charAt(0) as 'R'];
	if (!kind) {
		return undefined;
	}
	const tally = text.slice(1).split('-').filter((s) => s !== '').map(Number);
	if (tally.length < 3 || tally.some((n) => !Number.isFinite(n))) {
		return { kind };
	}
	const vote: { -readonly [K in keyof Vote]: Vote[K] } = { kind, yes: tally[0], no: tally[1], abstain: tally[2] };
	if (tally.length > 3) {
		vote.nonVoting = tally[3];
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
	const cell = (f: Field): Cell | undefined => (at[f] >= 0 ? row[at[f]] : undefined);
	const str = (f: Field): string | undefined => {
		const i = cell(f);
		return typeof i === 'number' && i > 0 ? strings[i - 1] : undefined;
	};
	const num = (f: Field): number | undefined => {
		const v = cell(f);
		return typeof v === 'number' && v > 0 ? v : undefined;
	};
	const key = String(cell('key') ?? '');
	const flags = String(cell('flags') ?? '');
	const partsCell = String(cell('parts') ?? '');
	const part = flags.includes('p') && partsCell ? partsCell : undefined;
	const parsed = parseSymbol(part ? key.slice(0, key.length - part.length) : key);
	if (!parsed) {
		return undefined;
	}
	const e: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = {
		key,
		symbol: '',
		body: parsed.body,
		kind: parsed.kind,
		number: parsed.number,
	};
	if (parsed.session !== undefined) {
		e.session = parsed.session;
		e.sessionKind = parsed.sessionKind;
	}
	const date = intToDate(num('date') ?? 0);
	if (date) {
		e.date = date;
	}
	e.year = parsed.year ?? (parsed.body === 'SC' && date ? Number(date.slice(0, 4)) : undefined);
	if (e.year === undefined) {
		delete e.year;
	}
	e.symbol = displaySymbol(part ? key.slice(0, key.length - part.length) : key, e.year) + (part ?? '');
	if (part) {
		e.part = part;
	} else if (partsCell) {
		e.parts = partsCell.split(',');
	}
	const source = DATE_SOURCES.get(String(cell('dateSource') ?? ''));
	if (source) {
		e.dateSource = source;
	}
	const vote = decodeVote(String(cell('vote') ?? ''));
	if (vote) {
		e.vote = vote;
	}
	assign(e, 'title', str('title'));
	assign(e, 'meeting', str('meeting'));
	assign(e, 'draft', str('draft'));
	assign(e, 'committeeReport', str('report'));
	assign(e, 'agendaItem', str('agenda'));
	assign(e, 'undlId', num('undl'));
	assign(e, 'undlVoteId', num('undlVote'));
	assign(e, 'ohchrId', num('ohchr'));
	if (flags.includes('s')) {
		e.stub = true;
	}
	return e;
}

function assign<K extends keyof CatalogEntry>(e: { -readonly [P in keyof CatalogEntry]: CatalogEntry[P] }, k: K, v: CatalogEntry[K] | undefined): void {
	if (v !== undefined) {
		e[k] = v;
	}
}
