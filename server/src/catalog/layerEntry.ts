import { isoDate, monthWord } from '../l10n/calendar';
import type { CatalogEntry, Vote } from './entry';
import { displaySymbol, type ParsedSymbol, partKey } from './symbols';

// What every reader of a user catalogue file shares: the layer it makes, its problems, and the fields read alike.

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

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function fileProblem(file: string, message: string, line = 0): CatalogLayer {
	return { file, entries: [], completeSessions: [], problems: [{ file, line, message }] };
}


export function voteFromWords(text: string): Vote | undefined {
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

export function set(e: Mutable<CatalogEntry>, k: 'title' | 'draft' | 'committeeReport' | 'meeting' | 'agendaItem', v: string): void {
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
