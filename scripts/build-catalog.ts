/**
 * Builds `server/data/catalog.json`, the offline resolution catalogue, from the raw data in `../shared/data/raw`
 * (each folder documents its origin and known errors in a SOURCE.md). Only facts are generated: symbols, dates,
 * titles, votes, meetings, drafts, agenda items, record ids.
 *
 *   node out/scripts/build-catalog.js [rawDir] [--out file] [--verbose]
 *
 * Where sources disagree the spec's precedence decides (spec §6): the resolution's own text, then the UN
 * meetings tables (Security Council), then vote records, then dated citations in later texts; the known errors
 * listed in the SOURCE.md files override it. Every disagreement is reported.
 *
 * Not used: unvotes-dgrtwo. Its roll-call dates disagree with the UNDL records for 863 of the resolutions both
 * have (its SOURCE.md calls the old ones unreliable), and it would add only 18 dates and no tallies.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Body } from '../server/src/model/document';
import type { CatalogEntry, DateSource, Vote } from '../server/src/catalog/entry';
import { type CatalogFile, CatalogWriter } from '../server/src/catalog/format';
import { catalogKey, type ParsedSymbol, parseSymbol, partKey, type SymbolHint } from '../server/src/catalog/symbols';

type Source = 'text' | 'meetings' | 'undl' | 'ohchr' | 'citations';

/** One source's statement about one record (a resolution, a decision or one part of either). */
interface Fact {
	readonly source: Source;
	/** `folder/file.csv:line`, for the report. */
	readonly where: string;
	date?: string;
	/** Set when a SOURCE.md lists this source's date for this record as wrong. */
	badDate?: string;
	title?: string;
	/** Lower is better: 0 full text, 1 clean signals card, 2 library catalogue, 3 card title with a heading glued on. */
	titleRank?: number;
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

interface Rec {
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
}

// Date precedence (spec §6): own text, UN meetings tables, vote records, citations.
const DATE_RANK: Record<Source, number> = { text: 0, meetings: 1, undl: 2, ohchr: 2, citations: 3 };
const DATE_SOURCE: Record<Source, DateSource> = { text: 'text', meetings: 'meetings', undl: 'votes', ohchr: 'votes', citations: 'citations' };
const SOURCE_NAME: Record<Source, string> = {
	text: 'own text', meetings: 'UN meetings tables', undl: 'UNDL vote data', ohchr: 'OHCHR vote data', citations: 'citations',
};

/**
 * Self-dates of SC texts that mined-from-texts/SOURCE.md lists as wrong: the hand-corrected OCR text disagrees with
 * both the UNDL record and the UN meetings tables (S/RES/29 "12 Aug 1947" against 21 Aug; S/RES/278 "21 May 1970"
 * against 11 May).
 */
const KNOWN_BAD_TEXT_DATES: Record<string, string> = {
	'S/RES/29': 'mined-from-texts/SOURCE.md: gold text self-date against UNDL and meetings tables',
	'S/RES/278': 'mined-from-texts/SOURCE.md: gold text self-date against UNDL and meetings tables',
};
/** UNDL SC dates that mined-from-texts/SOURCE.md and undl-voting-records/SOURCE.md list as errors. */
const KNOWN_BAD_UNDL_DATES = new Set([50, 547, 654, 691, 726, 727, 731, 840].map((n) => `S/RES/${n}`));
/** Citation typos listed in mined-from-texts/SOURCE.md (the cited date is wrong, the record right). */
const KNOWN_BAD_CITED_DATES = new Set([
	'A/RES/74/45', 'A/RES/76/290', 'A/RES/62/249', 'A/RES/62/270', 'A/RES/70/280', 'S/RES/236', 'S/RES/755', 'S/RES/2709', 'A/RES/77/186',
]);

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
const COMPLETE_COVERAGE = 0.99;

/**
 * Signals cards (sessions 71-77) sometimes give the page's session heading as the title ("Seventy-first session",
 * 85 times) or glue it before the title, with an agenda heading at times ("Seventy-fourth session The situation in
 * the Middle East" for 74/14, "The Syrian Golan"). Not in the SOURCE.md; found by comparing with the UNDL titles.
 */
const SESSION_HEADING = /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)tieth)\s+session\b[\s:.-]*/i;

type Row = Record<string, string>;

class Builder {
	readonly records = new Map<string, Rec>();
	readonly parts = new Map<string, Set<string>>();
	readonly problems: BuildProblem[] = [];
	readonly conflicts: Conflict[] = [];
	readonly skipped: Record<string, number> = {};

	constructor(readonly rawDir: string) {}

	/** Rows of a CSV with the line each starts on; malformed rows become problems and are left out. */
	read(rel: string): { row: Row; line: number }[] {
		const file = path.join(this.rawDir, rel);
		if (!fs.existsSync(file)) {
			this.problems.push({ file: rel, message: 'file not found; its facts are missing from the catalogue' });
			return [];
		}
		const out: { row: Row; line: number }[] = [];
		let records: { record: string[]; info: { lines: number } }[];
		try {
			records = parse(fs.readFileSync(file, 'utf8'), {
				bom: true,
				info: true,
				relax_column_count: true,
				skip_empty_lines: true,
				skip_records_with_error: true,
				on_skip: (err) => {
					const line = typeof err?.lines === 'number' ? err.lines : undefined;
					this.problems.push({ file: rel, line, message: `unreadable row skipped: ${err?.message ?? 'parse error'}` });
					return undefined;
				},
			}) as unknown as { record: string[]; info: { lines: number } }[];
		} catch (err) {
			this.problems.push({ file: rel, message: `not readable as CSV: ${(err as Error).message}` });
			return [];
		}
		const header = records.shift()?.record ?? [];
		for (const { record, info } of records) {
			// info.lines is the line a record ends on; line breaks inside quoted fields move its start up.
			const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
			if (record.length !== header.length) {
				this.problems.push({ file: rel, line, message: `expected ${header.length} fields, found ${record.length}; row skipped` });
				continue;
			}
			const row: Row = {};
			header.forEach((h, i) => (row[h] = record[i].trim()));
			out.push({ row, line });
		}
		return out;
	}

	/** Attach a fact to the record a symbol names (a part's own record when it names one part). */
	add(symbol: string, hint: SymbolHint, fact: Fact, file: string, line: number): Rec | undefined {
		const sym = parseSymbol(symbol, hint);
		if (!sym) {
			this.skipped[file] = (this.skipped[file] ?? 0) + 1;
			this.problems.push({ file, line, message: `"${symbol}" is not a symbol the catalogue can key; row skipped` });
			return undefined;
		}
		if (fact.date && !/^\d{4}-\d{2}-\d{2}$/.test(fact.date)) {
			this.problems.push({ file, line, message: `bad date "${fact.date}" for ${symbol}; date ignored` });
			delete fact.date;
		}
		const base = this.record(sym.key, sym);
		const parts = sym.parts ?? [];
		if (parts.length > 0) {
			let set = this.parts.get(sym.key);
			if (!set) {
				set = new Set();
				this.parts.set(sym.key, set);
			}
			parts.forEach((p) => set.add(p));
		}
		const target = parts.length === 1 ? this.record(partKey(sym.key, parts[0]), sym, parts[0]) : base;
		target.facts.push(fact);
		return target;
	}

	record(key: string, sym: ParsedSymbol, part?: string): Rec {
		let rec = this.records.get(key);
		if (!rec) {
			rec = { key, sym, part, facts: [] };
			this.records.set(key, rec);
		}
		return rec;
	}

	conflict(c: Conflict): void {
		this.conflicts.push(c);
	}
}

// ---------- readers, one per source ----------

function readUndl(b: Builder): void {
	const file = 'undl-voting-records-lefthand67/undl_voting_records.csv';
	for (const { row, line } of b.read(file)) {
		const body = row.body === 'SC' ? 'SC' : 'GA';
		const fact: Fact = { source: 'undl', where: `${file}:${line}`, date: row.date || undefined };
		const sc = body === 'SC';
		fact.title = sc ? scSubject(row.title) : cleanTitle(row.title);
		fact.titleRank = 2;
		fact.undlVoteId = int(row.undl_record_id);
		fact.meeting = cleanMeeting(row.meeting_record);
		fact.report = row.committee_report || undefined;
		if (!sc) {
			fact.agendaItem = undlAgenda(row.agenda);
		}
		if (row.vote_type === 'recorded' && row.yes !== '') {
			fact.vote = { kind: 'recorded', yes: int(row.yes) ?? 0, no: int(row.no) ?? 0, abstain: int(row.abstain) ?? 0, nonVoting: int(row.non_voting) ?? 0 };
		} else if (row.vote_type.startsWith('non-recorded')) {
			fact.vote = { kind: 'nonRecorded' };
		}
		const year = /\((\d{4})\)/.exec(row.symbol);
		if (year) {
			fact.symbolYear = Number(year[1]);
		}
		const rec = b.add(row.symbol, { body }, fact, file, line);
		if (rec && sc && KNOWN_BAD_UNDL_DATES.has(rec.key)) {
			fact.badDate = 'UNDL SC date listed as an error in mined-from-texts/SOURCE.md';
		}
	}
}

function readMeetingsTables(b: Builder): void {
	const file = 'unsc-meetings-tables-intreleng/unsc_resolutions_from_meetings_tables.csv';
	for (const { row, line } of b.read(file)) {
		const fact: Fact = { source: 'meetings', where: `${file}:${line}`, date: row.date || undefined };
		// The date is the table's day and month plus the year of the symbol; a few symbols carry a wrong year
		// (207 (1964) in the 1965 table; 770, 771 (1991) in the 1992 one). The yearly table a row sits in is its year.
		const tableYear = /scact(\d{4})/.exec(row.source_file)?.[1];
		if (fact.date && tableYear && !fact.date.startsWith(tableYear)) {
			const fixed = tableYear + fact.date.slice(4);
			b.conflict({
				key: `S/RES/${row.resolution_number}`, field: 'date', chosen: fixed, chosenFrom: 'UN meetings tables (year of its yearly table)',
				rejected: fact.date, rejectedFrom: 'UN meetings tables (year of the printed symbol)', why: `row sits in ${row.source_file}; the symbol's year is a typo`,
			});
			fact.date = fixed;
		}
		fact.symbolYear = int(row.year);
		fact.meeting = cleanMeeting(row.meeting);
		fact.agendaItem = row.topic || undefined;
		fact.vote = meetingsVote(row.vote);
		b.add(`S/RES/${row.resolution_number}`, { body: 'SC' }, fact, file, line);
	}
}

function readRecordLinks(b: Builder): void {
	const file = 'cr-unsc-record-links/UNSC_Record-Table_2722.csv';
	for (const { row, line } of b.read(file)) {
		const id = /record\/(\d+)/.exec(row.url_record)?.[1];
		if (id) {
			b.add(`S/RES/${row.res_no}`, { body: 'SC' }, { source: 'undl', where: `${file}:${line}`, undlId: Number(id) }, file, line);
		}
	}
}

function readSelfDescribed(b: Builder): void {
	const file = 'mined-from-texts/self_described.csv';
	for (const { row, line } of b.read(file)) {
		const fact: Fact = { source: 'text', where: `${file}:${line}`, date: row.date || undefined };
		const decision = row.body === 'GA-decision';
		const body: Body = row.body === 'SC' ? 'SC' : 'GA';
		const english = row.language.split('|')[0].trim() === 'en';
		if (row.title && english) {
			const card = row.source_kinds.startsWith('ga-res-signals-html');
			const heading = SESSION_HEADING.exec(row.title);
			const title = heading ? row.title.slice(heading[0].length).trim() : row.title;
			if (title) {
				fact.title = title;
				fact.titleRank = !card ? 0 : heading ? 3 : 1;
			}
		}
		const draft = row.draft_symbol.replace(/\s+et\s+/g, ' and ');
		if (/\/L\.\d/.test(draft)) {
			fact.draft = draft;
		}
		fact.report = row.committee_report || (!fact.draft && draft ? draft.replace(/,\s*para.*$/, '') : undefined);
		fact.agendaItem = row.agenda_item || undefined;
		const plenary = /^\d+$/.test(row.plenary_meeting) ? Number(row.plenary_meeting) : undefined;
		// `78/528 A | 78/528 B, C and D`: one decision adopted in several goes.
		const number = row.decision_number.replace(/\s*\|\s*\d+\/\d+\s*/g, ', ');
		const rec = b.add(
			decision ? number || row.symbol : row.symbol,
			{ body, kind: decision ? 'decision' : undefined },
			fact, file, line,
		);
		if (!rec) {
			continue;
		}
		if (plenary !== undefined && body === 'GA') {
			fact.meeting = rec.sym.session !== undefined && rec.sym.session >= 31 ? `A/${rec.sym.session}/PV.${plenary}` : `A/PV.${plenary}`;
		} else if (plenary !== undefined) {
			fact.meeting = `S/PV.${plenary}`;
		}
		const bad = KNOWN_BAD_TEXT_DATES[rec.key];
		if (bad) {
			fact.badDate = bad;
		}
	}
}

function readCitedDates(b: Builder): void {
	const file = 'mined-from-texts/cited_dates.csv';
	const bodies: Record<string, [Body, 'resolution' | 'decision']> = {
		GA: ['GA', 'resolution'], 'GA-decision': ['GA', 'decision'], SC: ['SC', 'resolution'],
		ECOSOC: ['ECOSOC', 'resolution'], 'ECOSOC-decision': ['ECOSOC', 'decision'], HRC: ['HRC', 'resolution'], 'HRC-decision': ['HRC', 'decision'],
	};
	for (const { row, line } of b.read(file)) {
		const body = bodies[row.body];
		if (!body) {
			b.skipped[file] = (b.skipped[file] ?? 0) + 1;
			continue;
		}
		const fact: Fact = { source: 'citations', where: `${file}:${line}`, date: row.date || undefined };
		const rec = b.add(row.symbol, { body: body[0], kind: body[1] }, fact, file, line);
		if (rec && KNOWN_BAD_CITED_DATES.has(rec.key)) {
			fact.badDate = 'citation typo listed in mined-from-texts/SOURCE.md';
		}
	}
}

function readOhchr(b: Builder): void {
	const file = 'ohchr-voting-lszoszk/resolutions.csv';
	for (const { row, line } of b.read(file)) {
		// Only Human Rights Council texts that were adopted; CHR, drafts, amendments and withdrawn texts are not ours.
		if (row.body !== 'Human Rights Council' || !/^A\/HRC\/(RES|DEC)\/?(S-)?\d+\/\d/.test(row.symbol) || !/RECORDED|WITHOUT VOTE/.test(row.vote_type)) {
			b.skipped[file] = (b.skipped[file] ?? 0) + 1;
			continue;
		}
		const fact: Fact = { source: 'ohchr', where: `${file}:${line}`, date: row.date || undefined };
		fact.title = row.title.replace(/\s*:\s*(resolution|decision)\s*\/?\s*$/i, '').replace(/\s+/g, ' ').trim() || undefined;
		fact.titleRank = 2;
		fact.vote = row.vote_type.includes('WITHOUT')
			? { kind: 'withoutVote' }
			: { kind: 'recorded', yes: int(row.yes) ?? 0, no: int(row.no) ?? 0, abstain: int(row.abstain) ?? 0, nonVoting: int(row.nonvoting) ?? 0 };
		fact.meeting = /at the (.+)$/i.exec(row.meeting)?.[1];
		const draft = /^Draft (?:resolution|decision)\s+(\S+(?:\s+as (?:orally )?(?:amended|revised))?)/i.exec(row.draft.trim());
		fact.draft = draft?.[1];
		const item = row.agenda_item_no.replace(/\.$/, '');
		const itemTitle = row.agenda_item_title.replace(/\s*-\s*$/, '').trim();
		fact.agendaItem = item ? (itemTitle ? `${item}: ${itemTitle}` : item) : undefined;
		fact.ohchrId = int(row.record_id);
		b.add(row.symbol, { body: 'HRC' }, fact, file, line);
	}
}

// ---------- cleaning ----------

function int(text: string | undefined): number | undefined {
	return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

function cleanTitle(title: string): string | undefined {
	// A few records keep the catalogue suffix, misspelt: " : resoultion / adopted by the General Assembly".
	const t = title.replace(/\s*:\s*reso\w*\s*\/.*$/i, '').replace(/\s+/g, ' ').trim();
	return t || undefined;
}

/** `Security Council resolution 2178 (2014) [on threats …]` → `on threats …`; the SC gives its resolutions no titles. */
function scSubject(title: string): string | undefined {
	const m = /\[(.+)\]\s*$/.exec(title);
	return m ? m[1].trim() : undefined;
}

function cleanMeeting(text: string): string | undefined {
	const t = text.trim().replace(/PV\.?\s*(?=\d)/, 'PV.');
	return /^(A|S)\/(?:[\w-]+\/)?PV\.\d+/.test(t) ? t.replace(/\(\s*Resumption\s*(\d*)\s*\)/, '(Resumption $1)').replace(/\s*\(Resumption \)/, ' (Resumption)').replace(/(\d)\(/, '$1 (') : undefined;
}

function meetingNumber(meeting: string | undefined): number | undefined {
	const m = meeting ? /PV\.(\d+)/.exec(meeting) : null;
	return m ? Number(m[1]) : undefined;
}

function meetingsVote(text: string): Vote | undefined {
	const tally = /^(\d+)-(\d+)-(\d+)$/.exec(text);
	if (tally) {
		return { kind: 'recorded', yes: Number(tally[1]), no: Number(tally[2]), abstain: Number(tally[3]) };
	}
	if (/unanimous/i.test(text)) {
		return { kind: 'unanimous' };
	}
	if (/without (a )?vote|consensus/i.test(text)) {
		return { kind: 'withoutVote' };
	}
	return undefined;
}

/** `A/73/251 109 Crime prevention and criminal justice. CRIME PREVENTION|…` → `109: Crime prevention and criminal justice`. */
function undlAgenda(text: string): string | undefined {
	const items: string[] = [];
	for (const part of text.split('|')) {
		const m = /^\S+\s+(\d+)([a-z]{0,3})\S*(?:\s+(.*))?$/.exec(part.trim());
		if (!m || /\[/.test(part.split(/\s+/)[1] ?? '')) {
			continue;
		}
		const item = m[1] + (m[2] ? ` (${m[2]})` : '');
		// Drop the library's subject heading: a last sentence in capitals.
		const title = (m[3] ?? '').replace(/\.\s+[^a-z]*$/, '').replace(/\.$/, '').trim();
		const text = title ? `${item}: ${title}` : item;
		if (!items.includes(text)) {
			items.push(text);
		}
	}
	return items.length > 0 ? items.join('; ') : undefined;
}

function sameText(a: string, b: string): boolean {
	const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	return norm(a) === norm(b);
}

function voteText(v: Vote): string {
	const tally = v.yes !== undefined ? ` ${v.yes}-${v.no ?? 0}-${v.abstain ?? 0}` : '';
	return v.kind + tally;
}

function sameVote(a: Vote, b: Vote): boolean {
	if (a.yes === undefined || b.yes === undefined) {
		return true; // a kind without a tally does not contradict a tally
	}
	return a.yes === b.yes && a.no === b.no && a.abstain === b.abstain;
}

// ---------- resolving ----------

interface Pick<T> {
	value?: T;
	from?: Fact;
}

/** The best value by rank; every different value from another source is reported as a conflict. */
function pick<T>(
	b: Builder, rec: Rec, field: Conflict['field'], facts: readonly Fact[],
	get: (f: Fact) => T | undefined, rank: (f: Fact) => number, same: (a: T, b: T) => boolean, show: (v: T) => string,
	why: (winner: Fact, loser: Fact) => string,
): Pick<T> {
	const candidates = facts.filter((f) => get(f) !== undefined).sort((x, y) => rank(x) - rank(y));
	const winner = candidates[0];
	if (!winner) {
		return {};
	}
	const value = get(winner) as T;
	const reported = new Set<string>();
	for (const f of candidates.slice(1)) {
		const v = get(f) as T;
		const tag = `${f.source}:${show(v)}`;
		if (!same(value, v) && !reported.has(tag)) {
			reported.add(tag);
			b.conflict({ key: rec.key, field, chosen: show(value), chosenFrom: SOURCE_NAME[winner.source], rejected: show(v), rejectedFrom: SOURCE_NAME[f.source], why: why(winner, f) });
		}
	}
	return { value, from: winner };
}

function precedence(w: Fact, l: Fact): string {
	return `precedence: ${SOURCE_NAME[w.source]} before ${SOURCE_NAME[l.source]}`;
}

/** Ranks per field and body; dates follow spec §6, the rest trust the source closest to the adopted record. */
function resolve(b: Builder, rec: Rec): CatalogEntry {
	const body = rec.sym.body;
	const facts = rec.facts;
	const e: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = {
		key: rec.key, symbol: rec.key, body, kind: rec.sym.kind, session: rec.sym.session, sessionKind: rec.sym.sessionKind, year: rec.sym.year, number: rec.sym.number,
	};

	const date = pick(b, rec, 'date', facts, (f) => (f.badDate ? undefined : f.date), (f) => DATE_RANK[f.source], (x, y) => x === y, (v) => v, precedence);
	for (const f of facts) {
		if (f.badDate && f.date && f.date !== date.value) {
			b.conflict({ key: rec.key, field: 'date', chosen: date.value ?? '(none)', chosenFrom: date.from ? SOURCE_NAME[date.from.source] : '-', rejected: f.date, rejectedFrom: SOURCE_NAME[f.source], why: `known error (${f.badDate})` });
		}
	}
	if (date.value && date.from) {
		e.date = date.value;
		e.dateSource = DATE_SOURCE[date.from.source];
	}

	const title = pick(b, rec, 'title', facts, (f) => f.title, (f) => f.titleRank ?? 9, sameText, (v) => v, (w, l) =>
		w.titleRank === 0 ? 'own full text before the library catalogue'
			: l.titleRank === 3 ? 'signals card title had a session heading glued on'
				: w.source === 'text' ? 'own text (signals card) before the library catalogue' : precedence(w, l));
	if (title.value) {
		e.title = title.value;
	}

	const voteRank: Partial<Record<Source, number>> = body === 'SC' ? { meetings: 0, undl: 1 } : { undl: 0, ohchr: 0 };
	const vote = pick(b, rec, 'vote', facts, (f) => f.vote, (f) => voteRank[f.source] ?? 9, sameVote, voteText, (w, l) =>
		body === 'SC' && w.source === 'meetings' ? 'the UN meetings tables give the official tally (UNDL counts non-participation as abstention)' : precedence(w, l));
	if (vote.value) {
		let v = vote.value;
		// The meetings tables give no non-voting count, and "unanimous" no tally: take them from UNDL when it agrees.
		const undl = facts.find((f) => f.source === 'undl' && f.vote?.yes !== undefined)?.vote;
		if (undl && v.kind === 'recorded' && v.yes !== undefined && sameVote(v, undl) && v.nonVoting === undefined) {
			v = { ...v, nonVoting: undl.nonVoting };
		} else if (undl && v.kind === 'unanimous' && undl.no === 0 && undl.abstain === 0) {
			v = { kind: 'unanimous', yes: undl.yes, no: 0, abstain: 0 };
		}
		e.vote = v;
	}

	const meetingRank: Partial<Record<Source, number>> = body === 'SC' ? { meetings: 0, undl: 1, text: 2 } : { text: 0, undl: 1, ohchr: 1 };
	const meeting = pick(b, rec, 'meeting', facts, (f) => f.meeting, (f) => meetingRank[f.source] ?? 9,
		(x, y) => (meetingNumber(x) ?? x) === (meetingNumber(y) ?? y), (v) => v, (w, l) =>
			body === 'SC' && l.source === 'text' ? 'SC gold texts are OCR, kept as a cross-check only (SOURCE.md)' : precedence(w, l));
	if (meeting.value) {
		// Same meeting from the record: keep its fuller form (`A/75/PV.48 (Resumption 1)`).
		const fuller = facts.find((f) => f.source === 'undl' && f.meeting && meetingNumber(f.meeting) === meetingNumber(meeting.value) && f.meeting.length > (meeting.value?.length ?? 0));
		e.meeting = fuller?.meeting ?? meeting.value;
	}

	const first = <K extends keyof Fact>(k: K, order: Source[]): Fact[K] | undefined => {
		for (const s of order) {
			const f = facts.find((x) => x.source === s && x[k] !== undefined);
			if (f) {
				return f[k];
			}
		}
		return undefined;
	};
	e.draft = first('draft', ['text', 'ohchr']);
	e.committeeReport = first('report', ['text', 'undl']);
	e.agendaItem = agenda(first('agendaItem', ['text']), first('agendaItem', ['meetings', 'undl', 'ohchr']));
	e.undlId = first('undlId', ['undl']);
	e.undlVoteId = first('undlVoteId', ['undl']);
	e.ohchrId = first('ohchrId', ['ohchr']);
	if (rec.part) {
		e.part = rec.part;
		e.symbol = rec.key;
	}
	for (const k of Object.keys(e) as (keyof CatalogEntry)[]) {
		if (e[k] === undefined) {
			delete e[k];
		}
	}
	return e;
}

/** The item number from the text (`25 (b)`) with the title from a record when they name the same item. */
function agenda(fromText: string | undefined, fromRecord: string | undefined): string | undefined {
	if (!fromText) {
		return fromRecord;
	}
	const item = fromText.replace(/\s*\(?([a-z]{1,3})\)\s*$/, ' ($1)').replace(/(\d)\(/, '$1 (');
	const match = fromRecord?.split('; ').find((r) => r.split(':')[0].replace(/\s/g, '') === item.replace(/\s/g, ''));
	return match ?? item;
}

/** A resolution known only through its parts takes their common facts; its date is the earliest part's. */
function mergeParts(base: CatalogEntry, parts: CatalogEntry[]): CatalogEntry {
	const e: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = { ...base };
	const dated = parts.filter((p) => p.date).sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
	if (!e.date && dated[0]) {
		e.date = dated[0].date;
		e.dateSource = dated[0].dateSource;
	}
	const common = <K extends keyof CatalogEntry>(k: K): CatalogEntry[K] | undefined => {
		const values = parts.map((p) => p[k]).filter((v) => v !== undefined);
		const first = values[0];
		return first !== undefined && values.length === parts.length && values.every((v) => JSON.stringify(v) === JSON.stringify(first)) ? first : undefined;
	};
	if (!e.title) {
		// The title most parts share (parts A…K of one resolution usually repeat it).
		const counts = new Map<string, number>();
		parts.forEach((p) => p.title && counts.set(p.title, (counts.get(p.title) ?? 0) + 1));
		const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
		if (best) {
			e.title = best[0];
		}
	}
	e.vote ??= common('vote');
	e.meeting ??= common('meeting');
	e.agendaItem ??= common('agendaItem');
	e.committeeReport ??= common('committeeReport');
	for (const k of Object.keys(e) as (keyof CatalogEntry)[]) {
		if (e[k] === undefined) {
			delete e[k];
		}
	}
	return e;
}

// ---------- the whole build ----------

const BODY_ORDER: Record<Body, number> = { GA: 0, SC: 1, ECOSOC: 2, HRC: 3 };

function sortKey(e: CatalogEntry): [number, number, number, number, number, number, string] {
	const sk = e.sessionKind === 'special' ? 1 : e.sessionKind === 'emergency' ? 2 : 0;
	return [BODY_ORDER[e.body], e.kind === 'decision' ? 1 : 0, sk, e.session ?? e.year ?? 0, e.number, e.part ? 1 : 0, e.part ?? ''];
}

function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
	const x = sortKey(a);
	const y = sortKey(b);
	for (let i = 0; i < x.length; i++) {
		if (x[i] !== y[i]) {
			return x[i] < y[i] ? -1 : 1;
		}
	}
	return 0;
}

export function buildCatalog(rawDir: string): { file: CatalogFile; report: BuildReport } {
	const b = new Builder(rawDir);
	readSelfDescribed(b);
	readMeetingsTables(b);
	readUndl(b);
	readRecordLinks(b);
	readOhchr(b);
	readCitedDates(b);

	const entries = new Map<string, CatalogEntry>();
	for (const rec of b.records.values()) {
		entries.set(rec.key, resolve(b, rec));
	}
	for (const [key, labels] of b.parts) {
		const base = entries.get(key);
		if (!base) {
			continue;
		}
		const partEntries = [...labels].map((l) => entries.get(partKey(key, l))).filter((p): p is CatalogEntry => p !== undefined);
		entries.set(key, { ...mergeParts(base, partEntries), parts: [...labels].sort() });
	}

	const sessions = completeSessions(entries);
	const sc = securityCouncil(b, entries);
	const all = [...entries.values()].sort(compareEntries);

	const writer = new CatalogWriter();
	const counts: Record<string, number> = {};
	let dataThrough = '';
	for (const e of all) {
		writer.add(e);
		if (e.part) {
			counts['part records'] = (counts['part records'] ?? 0) + 1;
		} else if (e.stub) {
			counts.stubs = (counts.stubs ?? 0) + 1;
		} else {
			const label = `${e.body} ${e.kind}s`;
			counts[label] = (counts[label] ?? 0) + 1;
		}
		if (e.date && e.date > dataThrough) {
			dataThrough = e.date;
		}
	}
	const complete = sessions.filter((s) => s.complete);
	const file = writer.finish({
		dataThrough,
		notes: [
			'Generated by scripts/build-catalog.ts from ../shared/data/raw; do not edit by hand.',
			'Facts from the UN Digital Library (non-commercial use with attribution), the UN Security Council meetings tables, '
			+ 'OHCHR voting records via lszoszk/hrc-voting (PolyForm Noncommercial 1.0.0), CR-UNSC (CC0) and texts of UN resolutions.',
		],
		gaSessions: { complete: complete.map((s) => s.session), last: Object.fromEntries(complete.map((s) => [String(s.session), s.last])) },
		sc,
	});
	return { file, report: { counts, conflicts: b.conflicts, problems: b.problems, skipped: b.skipped, sessions } };
}

/** Decide which GA sessions are complete (see {@link COMPLETE_COVERAGE}) and add stubs for their few gaps. */
function completeSessions(entries: Map<string, CatalogEntry>): SessionVerdict[] {
	const bySession = new Map<number, Map<number, CatalogEntry>>();
	for (const e of entries.values()) {
		if (e.body === 'GA' && e.kind === 'resolution' && e.sessionKind === 'regular' && e.session !== undefined && e.session >= 31 && !e.part) {
			let m = bySession.get(e.session);
			if (!m) {
				m = new Map();
				bySession.set(e.session, m);
			}
			m.set(e.number, e);
		}
	}
	const newest = Math.max(...bySession.keys());
	const verdicts: SessionVerdict[] = [];
	for (const session of [...bySession.keys()].sort((x, y) => x - y)) {
		const known = bySession.get(session) as Map<number, CatalogEntry>;
		const last = Math.max(...known.keys());
		const coverage = known.size / last;
		const closing = `${1946 + session}-09-01`;
		const lastDate = known.get(last)?.date;
		let reason: string;
		if (coverage < COMPLETE_COVERAGE) {
			reason = `${last - known.size} of ${last} numbers unknown`;
		} else if (session >= newest) {
			reason = 'session still running (no later session in the data)';
		} else if (!lastDate || lastDate < closing) {
			reason = `last known resolution ${session}/${last} adopted ${lastDate ?? 'on an unknown date'}, before the closing September`;
		} else {
			const gaps: number[] = [];
			for (let n = 1; n <= last; n++) {
				if (!known.has(n)) {
					gaps.push(n);
					const key = catalogKey({ body: 'GA', kind: 'resolution', session, number: n }) as string;
					entries.set(key, { key, symbol: key, body: 'GA', kind: 'resolution', session, sessionKind: 'regular', number: n, stub: true });
				}
			}
			reason = `numbers 1-${last} known, last adopted ${lastDate}` + (gaps.length ? `; ${gaps.map((g) => `${session}/${g}`).join(', ')} exist by numbering (stubs)` : '');
			verdicts.push({ session, complete: true, last, known: known.size, reason });
			continue;
		}
		verdicts.push({ session, complete: false, last, known: known.size, reason });
	}
	return verdicts;
}

/** SC: the last number, a stub for every missing number, and the year each year's numbering starts at. */
function securityCouncil(b: Builder, entries: Map<string, CatalogEntry>): CatalogFile['sc'] {
	const years = new Map<number, number>();
	let last = 0;
	for (const e of entries.values()) {
		if (e.body === 'SC') {
			last = Math.max(last, e.number);
			if (e.date) {
				years.set(e.number, Number(e.date.slice(0, 4)));
			}
		}
	}
	const yearStarts: [number, number][] = [];
	const stubs: number[] = [];
	for (let n = 1; n <= last; n++) {
		let year = years.get(n);
		const key = `S/RES/${n}`;
		if (!entries.has(key)) {
			// Numbers run in order of adoption: a missing number between two of the same year is of that year.
			const before = years.get(n - 1);
			let after: number | undefined;
			for (let k = n + 1; k <= last && after === undefined; k++) {
				after = years.get(k);
			}
			year = before !== undefined && before === after ? before : undefined;
			entries.set(key, { key, symbol: key, body: 'SC', kind: 'resolution', number: n, stub: true, ...(year ? { year } : {}) });
			stubs.push(n);
			if (year) {
				years.set(n, year);
			}
		}
		if (year === undefined) {
			continue;
		}
		const current = yearStarts[yearStarts.length - 1];
		if (!current || year > current[0]) {
			yearStarts.push([year, n]);
		} else if (year < current[0]) {
			b.problems.push({ file: '(catalogue)', message: `S/RES/${n} dated ${year} after S/RES/${current[1]}… of ${current[0]}: out of numbering order` });
		}
	}
	if (stubs.length > 0) {
		b.problems.push({ file: '(catalogue)', message: `SC numbers in no source, listed as stubs: ${ranges(stubs)}` });
	}
	return { last, yearStarts };
}

/** `[1, 2, 3, 6]` → `1-3, 6`. */
function ranges(numbers: readonly number[]): string {
	const out: string[] = [];
	for (let i = 0; i < numbers.length; i++) {
		let j = i;
		while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) {
			j++;
		}
		out.push(i === j ? `${numbers[i]}` : `${numbers[i]}-${numbers[j]}`);
		i = j;
	}
	return out.join(', ');
}

/** The file as text: one string and one row per line, so that a rebuild shows as a readable diff. */
export function serialize(file: CatalogFile): string {
	const { rows, strings, ...head } = file;
	const lines = Object.entries(head).map(([k, v]) => `\t${JSON.stringify(k)}: ${JSON.stringify(v)}`);
	lines.push(`\t"strings": [\n${strings.map((s) => JSON.stringify(s)).join(',\n')}\n\t]`);
	lines.push(`\t"rows": [\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n\t]`);
	return `{\n${lines.join(',\n')}\n}\n`;
}

// ---------- command line ----------

function repoRoot(): string {
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

function printReport(report: BuildReport, verbose: boolean): void {
	console.log('Catalogue counts:');
	for (const [k, v] of Object.entries(report.counts)) {
		console.log(`  ${k.padEnd(22)} ${v}`);
	}
	console.log('GA sessions (71 on, and any complete one):');
	for (const s of report.sessions.filter((v) => v.complete || v.session >= 71)) {
		console.log(`  ${s.session}: ${s.complete ? 'COMPLETE' : 'incomplete'} (${s.known} known, last ${s.last}) — ${s.reason}`);
	}
	const groups = new Map<string, Conflict[]>();
	for (const c of report.conflicts) {
		const g = `${c.field}: ${c.chosenFrom} over ${c.rejectedFrom} — ${c.why}`;
		groups.set(g, [...(groups.get(g) ?? []), c]);
	}
	console.log(`Conflicts resolved: ${report.conflicts.length}`);
	for (const [g, list] of [...groups.entries()].sort((x, y) => x[0].localeCompare(y[0]))) {
		const shown = verbose || list[0].field === 'date' ? list : list.slice(0, 3);
		console.log(`  ${list.length} × ${g}`);
		for (const c of shown) {
			console.log(`      ${c.key}: kept ${c.chosen} | rejected ${c.rejected}`);
		}
		if (shown.length < list.length) {
			console.log(`      … ${list.length - shown.length} more (--verbose)`);
		}
	}
	console.log(`Problems: ${report.problems.length}`);
	for (const p of report.problems) {
		console.log(`  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
	}
	console.log('Skipped (other bodies, drafts, amendments, unreadable symbols):');
	for (const [f, n] of Object.entries(report.skipped)) {
		console.log(`  ${f}: ${n}`);
	}
}

function main(argv: string[]): void {
	const root = repoRoot();
	const verbose = argv.includes('--verbose');
	const outAt = argv.indexOf('--out');
	const out = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(root, 'server', 'data', 'catalog.json');
	const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out');
	const rawDir = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'data', 'raw'));
	const { file, report } = buildCatalog(rawDir);
	printReport(report, verbose);
	const text = serialize(file);
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, text);
	console.log(`Wrote ${path.relative(process.cwd(), out)}: ${file.rows.length} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, data through ${file.dataThrough}`);
	console.log(`GA sessions complete: ${file.gaSessions.complete.join(', ') || 'none'}; SC last: ${file.sc.last}`);
}

if (require.main === module) {
	main(process.argv.slice(2));
}
