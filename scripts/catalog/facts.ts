import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DateSource, Vote } from '../../server/src/catalog/entry';
import type { ParsedSymbol } from '../../server/src/catalog/symbols';

/**
 * `dgacm`: the UN's official AKN4UN XML and its metadata extract (unxml-*); `mandates`: lists of mandating resolutions
 * (titles only); `quoted`: titles quoted in later official texts ("resolution 70/1 …, entitled “…”").
 */
export type Source = 'text' | 'meetings' | 'undl' | 'ohchr' | 'citations' | 'dgacm' | 'mandates' | 'quoted';

/** One source's statement about one record (a resolution, a decision or one part of either). */
export interface Fact {
	readonly source: Source;
	/** `folder/file.csv:line`, for the report. */
	readonly where: string;
	date?: string;
	/** Set when a SOURCE.md lists this source's date for this record as wrong. */
	badDate?: string;
	title?: string;
	/**
	 * Lower is better: 0 full text (the official XML too), 1 clean signals card or parsed text of a mandate, 2 library
	 * catalogue, 3 card title with a heading glued on, 4 quoted by a later text, 5 a budget's short title.
	 */
	titleRank?: number;
	/** The French and Spanish titles, ranked by {@link titleRank} like the English one. */
	titleFr?: string;
	titleEs?: string;
	vote?: Vote;
	meeting?: string;
	draft?: string;
	report?: string;
	agendaItem?: string;
	undlId?: number;
	undlVoteId?: number;
	ohchrId?: number;
	/** The year written in an SC symbol (`2178 (2014)`). */
	symbolYear?: number;
}

export interface Rec {
	readonly key: string;
	readonly sym: ParsedSymbol;
	readonly part?: string;
	readonly facts: Fact[];
}

export interface BuildProblem {
	readonly file: string;
	readonly line?: number;
	readonly message: string;
}

export interface Conflict {
	readonly key: string;
	readonly field: 'date' | 'title' | 'vote' | 'meeting' | 'agenda';
	readonly chosen: string;
	readonly chosenFrom: string;
	readonly rejected: string;
	readonly rejectedFrom: string;
	readonly why: string;
}

export interface SessionVerdict {
	readonly session: number;
	readonly complete: boolean;
	readonly last: number;
	readonly known: number;
	readonly reason: string;
}

export interface BuildReport {
	/** `GA resolution` → count, stubs excluded; `stubs` → count. */
	readonly counts: Record<string, number>;
	readonly conflicts: Conflict[];
	readonly problems: BuildProblem[];
	/** Symbols no body of the catalogue could take (other bodies, amendments, malformed symbols), per source file. */
	readonly skipped: Record<string, number>;
	readonly sessions: SessionVerdict[];
	readonly titles?: import('./titles').TitleStats;
}

// Date precedence (spec §6): own text, UN meetings tables, vote records, citations.
// The official XML's adoption date is the document's own (FRBRWork), as good as a date read from its text; the
// mandate lists' dates (parsed front matter) come last.
export const DATE_RANK: Record<Source, number> = { text: 0, dgacm: 0, meetings: 1, undl: 2, ohchr: 2, citations: 3, mandates: 4, quoted: 9 };
export const DATE_SOURCE: Record<Source, DateSource> = {
	text: 'text', dgacm: 'text', meetings: 'meetings', undl: 'votes', ohchr: 'votes', citations: 'citations', mandates: 'text', quoted: 'citations',
};
export const SOURCE_NAME: Record<Source, string> = {
	text: 'own text', meetings: 'UN meetings tables', undl: 'UNDL vote data', ohchr: 'OHCHR vote data', citations: 'citations',
	dgacm: 'official XML (DGACM)', mandates: 'mandate lists', quoted: 'titles quoted in later texts',
};

/** Known errors in the raw sources, kept as data: scripts/catalog-corrections.json (each list names its SOURCE.md). */
export interface Corrections {
	readonly badTextDates: { readonly symbols: Readonly<Record<string, string>> };
	readonly badUndlDates: { readonly symbols: readonly string[] };
	readonly badCitedDates: { readonly symbols: readonly string[] };
	readonly badUndlGaDates: { readonly symbols: Readonly<Record<string, string>> };
}
export const CORRECTIONS = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'scripts', 'catalog-corrections.json'), 'utf8')) as Corrections;
/** Self-dates of SC texts that the sources list as wrong (symbol → reason). */
export const KNOWN_BAD_TEXT_DATES: Readonly<Record<string, string>> = CORRECTIONS.badTextDates.symbols;
/** UNDL SC dates the sources list as errors. */
export const KNOWN_BAD_UNDL_DATES = new Set(CORRECTIONS.badUndlDates.symbols);
/** UNDL GA dates the official texts contradict, with a second source behind them (symbol → reason). */
export const KNOWN_BAD_UNDL_GA_DATES: Readonly<Record<string, string>> = CORRECTIONS.badUndlGaDates?.symbols ?? {};
/** Citation typos the sources list (the cited date is wrong, the record right). */
export const KNOWN_BAD_CITED_DATES = new Set(CORRECTIONS.badCitedDates.symbols);

/** The repository's root: the first folder up from here whose package.json is unres's. */
export function repoRoot(): string {
	for (let dir = __dirname; ; dir = path.dirname(dir)) {
		const pkg = path.join(dir, 'package.json');
		if (fs.existsSync(pkg) && /"name":\s*"unres"/.test(fs.readFileSync(pkg, 'utf8'))) {
			return dir;
		}
		if (path.dirname(dir) === dir) {
			return process.cwd();
		}
	}
}

/**
 * A GA session's list is called complete when all of these hold, which only the full-text extraction of sessions
 * 78 and 79 achieves (mined-from-texts/SOURCE.md: "PDF-to-text of A/RES/78/* (328), 79/* (331)"):
 * - at least 99% of the numbers 1…last are known: the GA numbers its resolutions without gaps, so the one or two
 *   missing numbers certainly exist and are listed as stubs (no details);
 * - the session is over: a later session has resolutions;
 * - the last known resolution was adopted in the session's closing September, so no tail is missing.
 * Sessions 71-77 come from signals cards, which the SOURCE.md calls partial: 7-10% of their numbers are unknown.
 * Session 80 is still running.
 */
export const COMPLETE_COVERAGE = 0.99;

/**
 * Signals cards (sessions 71-77) sometimes give the page's session heading as the title ("Seventy-first session",
 * 85 times) or glue it before the title, with an agenda heading at times ("Seventy-fourth session The situation in
 * the Middle East" for 74/14, "The Syrian Golan"). Not in the SOURCE.md; found by comparing with the UNDL titles.
 */
export const SESSION_HEADING = /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)tieth)\s+session\b[\s:.-]*/i;

export type Row = Record<string, string>;
