/**
 * Catalogue keys: one canonical string per resolution or decision, whatever way it was written.
 *
 * | body   | kind       | key                                                    | example written forms                          |
 * |--------|------------|--------------------------------------------------------|------------------------------------------------|
 * | GA     | resolution | `A/RES/{s}/{n}` from the 31st session                  | `A/RES/71/19`, `71/19`, `resolution 71/19`      |
 * | GA     | resolution | `A/RES/{n}({ROMAN})` before it                         | `217 A (III)`, `A/RES/217(III)[A]`              |
 * | GA     | resolution | `A/RES/S-{s}/{n}`, `A/RES/ES-{s}/{n}` (special, emergency) | `S-24/2`, `ES-11/1`                          |
 * | GA     | resolution | `A/RES/{n}(S-{ROMAN})` S-1…S-7, `A/RES/{n}(ES-{ROMAN})` ES-I…ES-V | `A/RES/104(S-1)`, `997 (ES-I)`      |
 * | GA     | decision   | `A/DEC/{s}/{n}`                                        | `A/DEC/60/519`, `decision 60/519`              |
 * | SC     | resolution | `S/RES/{n}` — the year is NOT part of the key           | `S/RES/2178 (2014)`, `2178 (2014)`             |
 * | ECOSOC | resolution | `E/RES/{year}/{n}` from 1978, `E/RES/{n}({ROMAN})` before | `E/RES/2019/19`, `1980/67`, `155 C (VII)`   |
 * | ECOSOC | decision   | `E/DEC/{year}/{n}`                                     | `E/DEC/2017/206`                               |
 * | HRC    | resolution | `A/HRC/RES/{s}/{n}`, `A/HRC/RES/S-{s}/{n}`             | `A/HRC/RES/45/1`, `45/1` with body HRC         |
 * | HRC    | decision   | `A/HRC/DEC/{s}/{n}`                                    | `A/HRC/DEC/19/119`                             |
 *
 * Part letters (`31/16 A`, `217 A (III)`) are not part of the key: they are returned in `parts`, and a
 * part's own record, when the catalogue has one, sits under {@link partKey} (`A/RES/57/270B`).
 * The SC key leaves the year out so that a wrong year (`2178 (2015)`) still finds the resolution and a rule
 * can compare the written year with {@link Catalog.securityCouncilYear}.
 */
import type { Body } from '../model/document';
import { romanValue, toRomanLower } from '../parser/roman';

export type CatalogKind = 'resolution' | 'decision';
export type SessionKind = 'regular' | 'special' | 'emergency';

/** What identifies a resolution or decision, as the document parser reports a citation. */
export interface SymbolFields {
	readonly kind?: string;
	readonly body?: Body;
	readonly session?: number;
	readonly sessionKind?: SessionKind;
	readonly year?: number;
	readonly number?: number;
}

/** What a resolution or decision symbol says: the one symbol type of a parsed symbol and a catalogue entry. */
export interface ResolutionSymbol {
	/** Catalogue key (`A/RES/71/19`, `S/RES/2178`, `E/RES/2019/19`). */
	readonly key: string;
	readonly body: Body;
	readonly kind: CatalogKind;
	readonly session?: number;
	readonly sessionKind?: SessionKind;
	/** SC: year of adoption. ECOSOC: the year in the symbol. */
	readonly year?: number;
	readonly number: number;
	/** Part labels: written with the symbol (`['A', 'B']` for `31/6 A and B`), or the parts a resolution has. */
	readonly parts?: readonly string[];
}

/** A symbol read from text. */
export type ParsedSymbol = ResolutionSymbol;

export interface SymbolHint {
	/** The body the surrounding words name (or the document's own organ) for bare `n/m` forms. */
	readonly body?: Body;
	readonly kind?: CatalogKind;
}

// The GA numbered `session/number` from its 31st session (1976); special sessions from S-8 (1978) and
// emergency special sessions from ES-6 (1980); before that, `number (ROMAN)`.
const FIRST_SLASH_SESSION = 31;
const LAST_ROMAN_SPECIAL = 7;
const LAST_ROMAN_EMERGENCY = 5;
// ECOSOC numbered `year/number` from 1978; a first number this large is a year, never a session.
const FIRST_YEAR = 1946;

/** Upper-case roman numeral (`XXI`): the one table of numerals lives in parser/roman.ts. */
export function toRoman(value: number): string {
	return toRomanLower(value).toUpperCase();
}

/** Arabic value of a roman numeral, or undefined when it is not a well-formed one. */
export function fromRoman(text: string): number | undefined {
	if (!/^[IVXLC]+$/.test(text)) {
		return undefined;
	}
	const total = romanValue(text);
	// Reject `IIII`, `VX` and the like by round-tripping.
	return toRoman(total) === text ? total : undefined;
}

/**
 * The catalogue key of a citation as the parser reports it (`{kind, body, session, sessionKind, year, number}`).
 * Undefined for documents, for SC decisions and when a needed field is missing. A missing body is taken as
 * GA when a session is given and as SC when only a year is.
 */
export function catalogKey(c: SymbolFields): string | undefined {
	const kind = c.kind ?? 'resolution';
	if ((kind !== 'resolution' && kind !== 'decision') || c.number === undefined || !(c.number > 0)) {
		return undefined;
	}
	const body = c.body ?? (c.session !== undefined ? 'GA' : c.year !== undefined ? 'SC' : undefined);
	const n = c.number;
	const sk = c.sessionKind ?? 'regular';
	switch (body) {
		case 'GA':
			if (c.session === undefined) {
				return undefined;
			}
			return kind === 'decision' ? `A/DEC/${slashSession(sk, c.session)}/${n}` : gaResolutionKey(sk, c.session, n);
		case 'SC':
			return kind === 'resolution' ? `S/RES/${n}` : undefined;
		case 'ECOSOC': {
			const type = kind === 'decision' ? 'DEC' : 'RES';
			if (c.year !== undefined) {
				return `E/${type}/${c.year}/${n}`;
			}
			if (c.session !== undefined) {
				return `E/${type}/${n}(${sk === 'special' ? 'S-' : ''}${toRoman(c.session)})`;
			}
			return undefined;
		}
		case 'HRC':
			if (c.session === undefined) {
				return undefined;
			}
			return `A/HRC/${kind === 'decision' ? 'DEC' : 'RES'}/${slashSession(sk, c.session)}/${n}`;
		default:
			return undefined;
	}
}

function slashSession(sk: SessionKind, session: number): string {
	return (sk === 'special' ? 'S-' : sk === 'emergency' ? 'ES-' : '') + session;
}

function gaResolutionKey(sk: SessionKind, session: number, n: number): string {
	if (sk === 'emergency') {
		return session <= LAST_ROMAN_EMERGENCY ? `A/RES/${n}(ES-${toRoman(session)})` : `A/RES/ES-${session}/${n}`;
	}
	if (sk === 'special') {
		return session <= LAST_ROMAN_SPECIAL ? `A/RES/${n}(S-${toRoman(session)})` : `A/RES/S-${session}/${n}`;
	}
	return session < FIRST_SLASH_SESSION ? `A/RES/${n}(${toRoman(session)})` : `A/RES/${session}/${n}`;
}

/** Key of one part's own record: `A/RES/57/270` + `B` → `A/RES/57/270B` (the UN's own document symbol form). */
export function partKey(key: string, part: string): string {
	return key + part;
}

const TRIGGER = /^(?:resolutions?|decisions?|r[ée]solutions?|d[ée]cisions?|resoluci[oó]n|resoluciones|decisi[oó]n|decisiones)\b\.?\s*(?:(?:no\.?|n[°º])\s*)?/i;
const PREFIX = /^(A\/HRC|A|S|E)\/(RES|DEC)\/?(.*)$/;
// One part label: `A`, `AA`, `B-IX`, `[A]`, `[RULE-33A]`; a list joins labels with `,` / and / et / y / &.
const LABEL = String.raw`\[[^\]]+\]|[A-Z]{1,2}(?:-[A-Z]{1,5})?|[IVX]{3,5}`;
const PARTS = String.raw`(?:${LABEL})(?:\s*(?:,|AND|ET|Y|&)\s*(?:${LABEL}))*`;
const SLASH_FORM = new RegExp(String.raw`^(ES-|S-)?(\d{1,4})\s*\/\s*\/?(\d{1,4})\s*(${PARTS})?$`);
const BRACKET_FORM = new RegExp(String.raw`^(\d{1,4})\s*(${PARTS})?\s*\(\s*(ES-|S-)?([IVXLC]+|\d{1,4})\s*\)\s*(${PARTS})?$`);
const NUMBER_ONLY = /^(\d{1,4})$/;
const PLAIN = /^(?:(A\/HRC|A|E)\/(RES|DEC)\/)?(\d{1,4})\/(\d{1,4})$/;

/**
 * Read a written symbol: `A/RES/71/19`, `71/19` (GA unless the hint says otherwise), `S/RES/2178 (2014)`,
 * `2178 (2014)`, `E/RES/2019/19`, `A/HRC/RES/45/1`, `A/DEC/60/519`, `217 A (III)`, `31/6 A and B`,
 * `S-24/2`, `ES-11/1`, `resolution 71/19`. Undefined when the text is not a resolution or decision symbol.
 */
export function parseSymbol(text: string, hint: SymbolHint = {}): ParsedSymbol | undefined {
	// Fast path for the commonest forms (`71/19`, the catalogue's own `A/RES/71/19`): lookups sit on the hover path.
	const plain = PLAIN.exec(text);
	if (plain) {
		const body: Body | undefined = plain[1] === 'A' ? 'GA' : plain[1] === 'A/HRC' ? 'HRC' : plain[1] === 'E' ? 'ECOSOC' : hint.body;
		const kind = plain[2] ? (plain[2] === 'DEC' ? 'decision' : 'resolution') : hint.kind ?? 'resolution';
		return parseTail(`${plain[3]}/${plain[4]}`, body, kind, plain[1] !== undefined);
	}
	let t = text.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
	let kind = hint.kind;
	const trigger = TRIGGER.exec(t);
	if (trigger) {
		kind ??= /^d/i.test(trigger[0]) ? 'decision' : 'resolution';
		t = t.slice(trigger[0].length);
	}
	t = t.toUpperCase();
	let body = hint.body;
	let prefixed = false;
	const prefix = PREFIX.exec(t);
	if (prefix) {
		body = prefix[1] === 'A' ? 'GA' : prefix[1] === 'A/HRC' ? 'HRC' : prefix[1] === 'S' ? 'SC' : 'ECOSOC';
		kind = prefix[2] === 'DEC' ? 'decision' : 'resolution';
		t = prefix[3].trim();
		prefixed = true;
	}
	return parseTail(t, body, kind ?? 'resolution', prefixed);
}

/** The catalogue key of a written symbol, or undefined. */
export function normalizeSymbol(text: string, hint: SymbolHint = {}): string | undefined {
	return parseSymbol(text, hint)?.key;
}

function parseTail(t: string, body: Body | undefined, kind: CatalogKind, prefixed: boolean): ParsedSymbol | undefined {
	let m = SLASH_FORM.exec(t);
	if (m) {
		const first = Number(m[2]);
		const number = Number(m[3]);
		const parts = splitParts(m[4]);
		if (first >= FIRST_YEAR && !m[1]) {
			// `1980/67`: only ECOSOC numbers by year.
			if (body !== undefined && body !== 'ECOSOC') {
				return undefined;
			}
			return make({ body: 'ECOSOC', kind, year: first, number, parts });
		}
		const b = body ?? 'GA';
		if (b === 'SC' || b === 'ECOSOC') {
			return undefined;
		}
		const sessionKind: SessionKind = m[1] === 'ES-' ? 'emergency' : m[1] === 'S-' ? 'special' : 'regular';
		return make({ body: b, kind, session: first, sessionKind, number, parts });
	}
	m = BRACKET_FORM.exec(t);
	if (m) {
		const number = Number(m[1]);
		const parts = splitParts(m[2], m[5]);
		const inside = m[4];
		if (/^\d+$/.test(inside)) {
			const value = Number(inside);
			if (m[3]) {
				// `104 (S-1)`: an early special session written in arabic figures.
				const b = body ?? 'GA';
				return b === 'GA' || b === 'ECOSOC'
					? make({ body: b, kind, session: value, sessionKind: m[3] === 'ES-' ? 'emergency' : 'special', number, parts })
					: undefined;
			}
			// `2178 (2014)`: the SC form; the year in brackets is the year of adoption.
			if (value < 1945 || (body !== undefined && body !== 'SC')) {
				return undefined;
			}
			return make({ body: 'SC', kind, year: value, number, parts });
		}
		const session = fromRoman(inside);
		const b = body ?? 'GA';
		if (session === undefined || (b !== 'GA' && b !== 'ECOSOC')) {
			return undefined;
		}
		const sessionKind: SessionKind = m[3] === 'ES-' ? 'emergency' : m[3] === 'S-' ? 'special' : 'regular';
		return make({ body: b, kind, session, sessionKind, number, parts });
	}
	m = NUMBER_ONLY.exec(t);
	if (m && (body === 'SC') && (prefixed || kind === 'resolution')) {
		return make({ body: 'SC', kind, number: Number(m[1]) });
	}
	return undefined;
}

function make(fields: Omit<ParsedSymbol, 'key'>): ParsedSymbol | undefined {
	if (!(fields.number > 0)) {
		return undefined;
	}
	const key = catalogKey(fields);
	if (key === undefined) {
		return undefined;
	}
	const out: { -readonly [K in keyof ParsedSymbol]: ParsedSymbol[K] } = { key, body: fields.body, kind: fields.kind, number: fields.number };
	if (fields.session !== undefined) {
		out.session = fields.session;
		out.sessionKind = fields.sessionKind ?? 'regular';
	}
	if (fields.year !== undefined) {
		out.year = fields.year;
	}
	if (fields.parts && fields.parts.length > 0) {
		out.parts = fields.parts;
	}
	return out;
}

/**
 * `A and B`, `[A]`, `A-C` (a range of letters is spelled out); `B-IX`, `A-I` (part B section IX, part A section I:
 * a roman numeral after the dash) stay whole.
 */
export function splitParts(...lists: (string | undefined)[]): string[] {
	const out: string[] = [];
	for (const list of lists) {
		if (!list) {
			continue;
		}
		for (const raw of list.split(/\s*(?:,|\bAND\b|\bET\b|\bY\b|&)\s*/)) {
			const label = raw.replace(/^\[|\]$/g, '').replace(/\s+/g, '');
			if (!label) {
				continue;
			}
			const range = /^([A-Z])-([A-Z])$/.exec(label);
			if (range && range[1] < range[2] && !/^[IVX]$/.test(range[2])) {
				for (let c = range[1].charCodeAt(0); c <= range[2].charCodeAt(0); c++) {
					out.push(String.fromCharCode(c));
				}
			} else if (!out.includes(label)) {
				out.push(label);
			}
		}
	}
	return out;
}

/** The symbol as the UN prints it: the key, with the SC year in brackets (`S/RES/2178 (2014)`). */
export function displaySymbol(key: string, year?: number): string {
	return key.startsWith('S/RES/') && year !== undefined ? `${key} (${year})` : key;
}

/** Link to the official text: `https://undocs.org/en/A/RES/71/19`, `https://undocs.org/fr/S/RES/2178(2014)`. */
export function undocsUrl(key: string, lang = 'en', year?: number): string {
	const symbol = key.startsWith('S/RES/') && year !== undefined ? `${key}(${year})` : key;
	return `https://undocs.org/${lang}/${symbol}`;
}

/** Link to a UN Digital Library record. */
export function undlUrl(recordId: number): string {
	return `https://digitallibrary.un.org/record/${recordId}`;
}
