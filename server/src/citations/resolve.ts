/**
 * What the catalogue and the calendar say about one cited resolution or decision: its catalogue record, the dates
 * it may carry, and whether it can exist at all. Shared by the citation rules, hover and links. Pure.
 */
import type { CatalogEntry, CatalogLike } from '../catalog/index';
import { catalogKey } from '../catalog/symbols';
import type { Body, Citation, Span } from '../model/document';

/**
 * How the number is written, which decides whose numbering it can be (spec §3): `session/number` (GA, HRC),
 * `year/number` (ECOSOC since 1978), `number (year)` (SC), `number (ROMAN)` (GA before 1976, ECOSOC before 1978),
 * or a full symbol (`A/RES/71/19`), whose prefix names the body.
 */
export type Shape = 'session' | 'year' | 'scYear' | 'roman' | 'symbol';

const PREFIXED = /^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\//;

export function shapeOf(c: Citation): Shape | undefined {
	if (c.kind === 'document') {
		return undefined;
	}
	if (PREFIXED.test(c.text)) {
		return 'symbol';
	}
	// `1493 (2003)`, or `1493` alone where the context made it the Council's (`resolution 1493 of 28 July 2003`).
	if (/\(\s*\d{4}\s*\)/.test(c.text) || (c.body === 'SC' && /^\d{1,4}$/.test(c.text))) {
		return 'scYear';
	}
	if (c.text.includes('(')) {
		return 'roman';
	}
	if (c.session !== undefined) {
		return 'session';
	}
	return c.year !== undefined ? 'year' : undefined;
}

/** The bodies whose numbering each shape is. */
export const SHAPE_BODIES: Readonly<Record<Exclude<Shape, 'symbol'>, readonly Body[]>> = {
	session: ['GA', 'HRC'],
	year: ['ECOSOC'],
	scYear: ['SC'],
	roman: ['GA', 'ECOSOC'],
};

/** The body the words beside the citation name, when its number cannot be that body's. */
export function bodyConflict(c: Citation): { named: Body; shape: Exclude<Shape, 'symbol'> } | undefined {
	const shape = shapeOf(c);
	if (!c.namedBody || !shape || shape === 'symbol') {
		return undefined;
	}
	return SHAPE_BODIES[shape].includes(c.namedBody) ? undefined : { named: c.namedBody, shape };
}

export interface Resolved {
	readonly citation: Citation;
	/** Catalogue key (`A/RES/71/19`, `S/RES/2178`), when the citation has one. */
	readonly key?: string;
	/** The whole resolution's record. */
	readonly entry?: CatalogEntry;
}

/** The catalogue record of a citation, looked up by the body its number's shape decides (the parser's `body`). */
export function resolveCitation(c: Citation, catalog: CatalogLike | undefined): Resolved {
	if (c.kind === 'document') {
		return { citation: c };
	}
	const key = catalogKey(c);
	const entry = key && catalog ? catalog.get(key) : undefined;
	return { citation: c, ...(key ? { key } : {}), ...(entry ? { entry } : {}) };
}

/**
 * The dates of adoption a citation may rightly carry: the named parts' own dates (`49/75 E`); for the whole of a
 * resolution in parts, the date of any part (the parts of one resolution may be adopted on different days).
 */
export function adoptionDates(r: Resolved, catalog: CatalogLike | undefined): string[] {
	const { entry, key } = r;
	if (!entry || !key || !catalog) {
		return [];
	}
	const out = new Set<string>();
	const named = r.citation.parts ?? [];
	for (const part of named) {
		const date = catalog.getPart(key, part)?.date;
		if (date) {
			out.add(date);
		}
	}
	// `65/37 B` where the catalogue knows part A only: the resolution's date is its earliest part's, maybe not B's.
	const otherPart = named.length > 0 && (entry.parts ?? []).length > 0 && named.some((p) => !catalog.getPart(key, p)?.date);
	if (out.size === 0 && !otherPart) {
		if (entry.date) {
			out.add(entry.date);
		}
		if (named.length === 0) {
			for (const part of entry.parts ?? []) {
				const date = catalog.getPart(key, part)?.date;
				if (date) {
					out.add(date);
				}
			}
		}
	}
	return [...out];
}

/** Why a cited resolution cannot exist. */
export type Fault =
	/** A GA or HRC session that has not opened yet. */
	| { readonly kind: 'futureSession'; readonly body: 'GA' | 'HRC'; readonly session: number; readonly year: number }
	/** An SC or ECOSOC year still to come. */
	| { readonly kind: 'futureYear'; readonly year: number }
	/** An SC number beyond any the Council can have adopted by now. */
	| { readonly kind: 'scAboveLast'; readonly last: number; readonly through?: string }
	/** An SC year that is not the year of that number; `yearSpan` is where the year is written. */
	| { readonly kind: 'scYear'; readonly actual: number; readonly yearSpan: Span }
	/** An SC number above the last known, with a year before that last one's. */
	| { readonly kind: 'scYearBefore'; readonly last: number; readonly lastYear: number }
	/** A GA number missing from a session the catalogue lists completely. */
	| { readonly kind: 'notInSession'; readonly session: number; readonly last: number }
	| { readonly kind: 'malformed'; readonly why: 'zero' | 'romanLate' | 'slashEarly' | 'ecosocEarly' };

// GA session N opens in September of 1945 + N; from the 31st (1976) it numbers `session/number`.
const GA_FIRST_YEAR = 1945;
const FIRST_SLASH_SESSION = 31;
// The HRC holds three regular sessions a year since 2006: session N meets in 2006 + ⌊(N − 1) / 3⌋.
const HRC_FIRST_YEAR = 2006;
// ECOSOC numbers `year/number` since 1978.
const ECOSOC_FIRST_YEAR_FORM = 1978;
// The SC has never adopted more than 93 resolutions in a year (1993): beyond the catalogue's last number, allow
// this many a year since the data ends before calling a number impossible.
const SC_MAX_PER_YEAR = 100;
const DAY = 86_400_000;

/** The highest SC number that can exist at `now`: the last known plus what the Council may have adopted since. */
export function securityCouncilBound(catalog: CatalogLike, now: Date): number {
	const last = catalog.lastSecurityCouncilNumber;
	const through = catalog.dataThrough ? Date.parse(`${catalog.dataThrough}T23:59:59Z`) : NaN;
	if (!(last > 0) || Number.isNaN(through) || now.getTime() <= through) {
		return last;
	}
	return last + Math.ceil(((now.getTime() - through) / (365.25 * DAY)) * SC_MAX_PER_YEAR);
}

/** Where the year is written in `2178 (2014)` / `S/RES/2178 (2014)`. */
function yearSpanOf(c: Citation): Span | undefined {
	const m = /\(\s*(\d{4})\s*\)/.exec(c.text);
	if (!m) {
		return undefined;
	}
	const start = c.span.start + m.index + m[0].indexOf(m[1]);
	return { start, end: start + 4 };
}

/**
 * Why the cited text cannot exist, if it cannot: a session or year in the future, an SC number above the last
 * adopted or with the wrong year, a number missing from a complete session, a malformed symbol. A citation whose
 * number does not fit the body named beside it is the citation-body rule's, not this one's.
 */
export function faultOf(r: Resolved, catalog: CatalogLike | undefined, now: Date): Fault | undefined {
	const c = r.citation;
	const shape = shapeOf(c);
	if (!shape || bodyConflict(c)) {
		return undefined;
	}
	if ((c.number !== undefined && c.number < 1) || (c.session !== undefined && c.session < 1)) {
		return { kind: 'malformed', why: 'zero' };
	}
	const year = now.getUTCFullYear();
	switch (c.body) {
		case 'GA': {
			if (c.session === undefined || c.sessionKind !== 'regular') {
				return undefined;
			}
			const explicit = shape === 'symbol' || c.namedBody === 'GA';
			// The decisions' numbering is not checked: it started later and is less regular.
			if (c.kind === 'resolution' && shape === 'roman' && c.session >= FIRST_SLASH_SESSION) {
				return { kind: 'malformed', why: 'romanLate' };
			}
			if (c.kind === 'resolution' && (shape === 'session' || shape === 'symbol') && c.session < FIRST_SLASH_SESSION && explicit && !c.text.includes('(')) {
				return { kind: 'malformed', why: 'slashEarly' };
			}
			const opens = GA_FIRST_YEAR + c.session;
			if (now.getTime() < Date.UTC(opens, 8, 1)) {
				return { kind: 'futureSession', body: 'GA', session: c.session, year: opens };
			}
			if (catalog && c.kind === 'resolution' && r.key && catalog.isCompleteSession(c.session) && !catalog.has(r.key)) {
				const last = catalog.lastNumberOfSession(c.session);
				if (last !== undefined) {
					return { kind: 'notInSession', session: c.session, last };
				}
			}
			return undefined;
		}
		case 'HRC': {
			if (c.session === undefined || c.sessionKind !== 'regular') {
				return undefined;
			}
			const meets = HRC_FIRST_YEAR + Math.floor((c.session - 1) / 3);
			return meets > year ? { kind: 'futureSession', body: 'HRC', session: c.session, year: meets } : undefined;
		}
		case 'ECOSOC': {
			if (c.year === undefined) {
				return undefined;
			}
			if (c.year > year) {
				return { kind: 'futureYear', year: c.year };
			}
			return c.kind === 'resolution' && c.year < ECOSOC_FIRST_YEAR_FORM ? { kind: 'malformed', why: 'ecosocEarly' } : undefined;
		}
		case 'SC': {
			if (c.number === undefined || c.kind !== 'resolution') {
				return undefined;
			}
			if (c.year !== undefined && c.year > year) {
				return { kind: 'futureYear', year: c.year };
			}
			if (!catalog || !(catalog.lastSecurityCouncilNumber > 0)) {
				return undefined;
			}
			const last = catalog.lastSecurityCouncilNumber;
			if (c.number > securityCouncilBound(catalog, now)) {
				return { kind: 'scAboveLast', last, ...(catalog.dataThrough ? { through: catalog.dataThrough } : {}) };
			}
			if (c.year === undefined) {
				return undefined;
			}
			if (c.number > last) {
				const lastYear = catalog.securityCouncilYear(last);
				return lastYear !== undefined && c.year < lastYear ? { kind: 'scYearBefore', last, lastYear } : undefined;
			}
			const actual = r.entry?.year ?? catalog.securityCouncilYear(c.number);
			const yearSpan = yearSpanOf(c);
			return actual !== undefined && actual !== c.year && yearSpan ? { kind: 'scYear', actual, yearSpan } : undefined;
		}
		default:
			return undefined;
	}
}

/** The cited resolutions and decisions of a document, each with its catalogue record and fault. */
export interface CitationFacts extends Resolved {
	readonly fault?: Fault;
}

export function citationFacts(citations: readonly Citation[], catalog: CatalogLike | undefined, now: Date): CitationFacts[] {
	const out: CitationFacts[] = [];
	for (const c of citations) {
		if (c.kind === 'document') {
			continue;
		}
		const r = resolveCitation(c, catalog);
		const fault = faultOf(r, catalog, now);
		out.push(fault ? { ...r, fault } : r);
	}
	return out;
}

/** The number as a short text (`71/19`, `2178 (2014)`, `217 A (III)`), the written token with its spaces folded. */
export function shortNumber(c: Citation): string {
	return c.text.replace(/\s+/g, ' ').replace(/^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\//, '');
}
