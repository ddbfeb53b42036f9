import type { Body, Citation, CitationKind, Span } from '../model/document';
import { dateAt, DATE_SOURCE } from './dates';
import { datesInOrder, FOREIGN_NAMED, JOINED_ITEMS, shapeFits } from './citationLists';
import { bareSecurityCouncil, bodyByDate, lateRoman, neverGaNumber } from './citationReadings';
import { bodyNamedIn } from './lexicon';
import { romanValue, toRomanLower } from './roman';

/**
 * Citations of resolutions, decisions and documents (spec §3), read from the masked text: a keyword
 * (`resolution`, `résolutions`, `resolución`, `decision` …) opens a list of numbers, each maybe dated;
 * symbols (`A/RES/75/10`, `S/RES/2396 (2017)`) and document symbols (`A/75/L.20`) stand alone.
 */

// No leading \b: it would stop the engine from skipping ahead to the literal; the boundary is checked by hand.
const KEYWORD = /(?:[Rr](?:esolution|ésolution)s?|[Rr]esoluci(?:ón|ones)|[Dd](?:ecision|écision)s?|[Dd]ecisi(?:ón|ones))\s+/g;

/** One item of a list. Groups: 1 special prefix, 2 session, 3 number, 4 parts | 5 SC number, 6 SC year | 7 number, 8 parts, 9 roman session | 10 bare number. */
const ITEM = new RegExp(
	[
		'((?:ES|S)-)?(\\d{1,4})/(\\d{1,4})(?:\\s([A-Z](?:(?:,\\s?|\\s(?:and|et|y|to|à|a)\\s)[A-Z])*)(?![\\p{L}\\d]))?',
		'(\\d{1,4})\\s?\\((\\d{4})\\)',
		'(\\d{1,4})(?:\\s([A-Z](?:(?:,\\s?|\\s(?:and|et|y|to|à|a)\\s)[A-Z])*))?\\s?\\(((?:ES-|S-)?[IVXLC]{1,7})\\)',
		// `resolution 1493 of 28 July 2003`: kept only where the context makes it the Security Council's (citationReadings.ts).
		'(\\d{1,4})(?![\\d/\\p{L}]|[.,]\\d|\\s?\\()',
	].join('|'),
	'uy',
);

const SEPARATOR = /,?\s+(?:and|et|y|as well as|ainsi que|e)\s+|,\s*/y;
const DATE_LEAD = /,?\s*(?:of|du|de|dated|en date du|del)\s+/y;
const LIST_DATE = new RegExp(`,?\\s*(?:both of|all of|all dated|toutes deux du|tous deux du|toutes du|tous du|en date du|ambas de|ambos de|todas de|todos de|de fecha)\\s+(?=${DATE_SOURCE})`, 'iy');
const BODY_AFTER = /\s+(?:du|of the|del|de la|de l['’])\s*(Conseil économique et social|Economic and Social Council|Consejo Económico y Social|Conseil de sécurité|Security Council|Consejo de Seguridad|Conseil des droits de l['’]homme|Human Rights Council|Consejo de Derechos Humanos|Assemblée générale|General Assembly|Asamblea General)/iy;
/** Another organization named just before the keyword: its resolutions and decisions are not the UN's. */
const FOREIGN_BEFORE = /\b(?:CBD|COP|CMP|CMA|UNEA|UNEP\/EA|WHA|WHO|ILO|UNESCO|FAO|IAEA|ICAO|IMO|ITU|UNFCCC|CITES|OAS|OAU|AU|ECOWAS|EU|OSCE|ASEAN)\b[^.;]{0,30}$|[A-Z]{2,}\/COP[^\s]*,?\s*$|(?:Arab League|League of Arab States|African Union|Organization of American States)(?:['’]s)?(?:\s+Council)?\s+$/;
/** Words that join two lists of one sentence: `… decision 18/120 of 30 September 2011 and resolutions …`. */
const JOINED = /^[\s,]*(?:and|et|y|as well as|ainsi que|así como)\s+(?:(?:the|la|les|las|los)\s+)?$/;
/** Another organization named right after the list: `resolution 14/221 of the League of Arab States`. */
const FOREIGN_AFTER = /,?\s+(?:of the (?:Council of the )?|adopted by the |de la |du Conseil de la |del Consejo de la |de l['’])(?:Arab League|League of Arab States|Ligue des (?:É|E)tats arabes|Liga de los Estados (?:Á|A)rabes|Liga (?:Á|A)rabe|African Union|Union africaine|Unión Africana|Organization of African Unity|Organisation de l['’]unité africaine|Organización de la Unidad Africana|Organization of American States|Organisation des (?:É|E)tats américains|Organización de los Estados Americanos)\b/y;
const OWN = /\b(?:its|sa|ses|su|sus)\s+$/i;
/**
 * A subsidiary body named right before the keyword (`Commission on Narcotic Drugs resolution 62/4`, `the Commission on
 * the Status of Women, in its resolution 60/2`) or right after the list (`résolution 60/2 de la Commission de la
 * condition de la femme`): its own numbering, not one of the four bodies'.
 */
const SUBSIDIARY_BEFORE = /\b(?:Commission|Sub-?[Cc]ommission|Committee|Board|Conference|Forum|Governing Council|Executive Council|Comité|Comisión|Conférence|Conferencia|Junta)(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:on|for|of|the|and|de|des|du|la|le|les|pour|sur|y|et|del|el|para|sobre|économique|sociale|económica|social|[ld]['’][A-Z][\p{L}-]*|[A-Z][\p{L}’'-]*))*(?:,?\s+(?:in|dans|en)\s+(?:its|sa|ses|su|sus))?[ \t]*$/u;
const SUBSIDIARY_AFTER = /,?\s+(?:of the|de la|de l['’]|du|del|de los)\s+(?:Commission|Sub-?[Cc]ommission|Sous-[Cc]ommission|Committee|Board|Conference|Forum|Comité|Comisión|Subcomisión|Conférence|Conferencia|Junta)\b/y;
/** An organ named right before the keyword: `Security Council resolution`, `the General Assembly, in its resolutions`. */
const NAMED_BEFORE = /(General Assembly|Assemblée générale|Asamblea General|Security Council|Conseil de sécurité|Consejo de Seguridad|Economic and Social Council|Conseil économique et social|Consejo Económico y Social|Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos)(?:['’]s)?(?:,?\s+(?:in|dans|en|by|par|por)\s+|\s+)(?:(?:its|their|the|sa|ses|leur|leurs|la|les|su|sus|las|los|el)\s+)?$/i;

const SYMBOL = /\b(A\/RES\/|A\/DEC\/|S\/RES\/|E\/RES\/|E\/DEC\/|A\/HRC\/RES\/|A\/HRC\/DEC\/)((?:ES-|S-)?\d{1,4})(?:\/(\d{1,4}))?(?:\s?\((\d{4}|[IVXLC]{1,7})\))?/g;
const DOCUMENT = /\b(?:A|S|E|ST|CD|NPT|TD|UNEP|DP|CRC|CEDAW|CCPR|CERD|CAT|CMW|CRPD|CED|FCCC|ICEF|UNW|JIU|HRC|IDB|ECE|ESCAP|ECA|ECLAC|ESCWA|SPLOS|ISBA|ICC|UNCTAD|TRADE)(?:\/[A-Za-z0-9][A-Za-z0-9.\-()]{0,30}){1,8}/g;
const ADDENDUM = /\s+(?:and|et|y)\s+((?:Add|Corr|Rev)\.\d{1,3})\b/y;

/** Which offsets a citation already covers: a bitmap, so checking a short token is O(its length). */
class Taken {
	readonly #covered: Uint8Array;

	constructor(length: number) {
		this.#covered = new Uint8Array(length + 1);
	}

	add(span: Span): void {
		this.#covered.fill(1, span.start, span.end);
	}

	overlaps(span: Span): boolean {
		for (let i = span.start; i < span.end; i++) {
			if (this.#covered[i]) {
				return true;
			}
		}
		return false;
	}
}

export interface CitationContext {
	/** The drafting body, for `its resolution` and bare `n/m` numbers. */
	readonly body?: Body;
	/** Spans not to read (the document's own symbol, noise). */
	readonly exclude: readonly Span[];
	/** This year, the last a date may give a bare Security Council number (default: the clock's). */
	readonly year?: number;
	/** The text's own symbol (`A/HRC/RES/57/13`): a Council text cites no Council resolution of a later session. */
	readonly ownSymbol?: string;
}

export function scanCitations(masked: string, regions: readonly Span[], context: CitationContext): Citation[] {
	const out: Citation[] = [];
	const taken = new Taken(masked.length);
	for (const x of context.exclude) {
		taken.add(x);
	}
	for (const region of regions) {
		scanKeywordLists(masked, region, context, out, taken);
	}
	for (const region of regions) {
		scanSymbols(masked, region, out, taken);
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}

function scanKeywordLists(masked: string, region: Span, context: CitationContext, out: Citation[], taken: Taken): void {
	// Search the region's own slice: a global search on the whole text would run on to the next keyword.
	const slice = masked.slice(region.start, region.end);
	let previous: { end: number; named?: Body } | undefined;
	let foreignEnd: number | undefined;
	KEYWORD.lastIndex = 0;
	for (let k = KEYWORD.exec(slice); k; k = KEYWORD.exec(slice)) {
		if (k.index > 0 && /[\p{L}\d]/u.test(slice[k.index - 1])) {
			continue;
		}
		const keyword = k[0].trim();
		const kind: CitationKind = /^d/i.test(keyword) ? 'decision' : 'resolution';
		const at0 = region.start + k.index;
		const keywordSpan = { start: at0, end: at0 + keyword.length };
		const before = masked.slice(Math.max(region.start, at0 - 140), at0);
		// `African Commission … resolution 91 and decisions 250/2002, 275/2003`: joined to another organization's list.
		const joinedForeign = foreignEnd !== undefined && at0 - foreignEnd <= 200 && JOINED_ITEMS.test(masked.slice(foreignEnd, at0));
		if (FOREIGN_BEFORE.test(before) || FOREIGN_NAMED.test(before) || (SUBSIDIARY_BEFORE.test(before) && !NAMED_BEFORE.test(before))) {
			foreignEnd = at0 + keyword.length;
			continue; // `CBD/COP/15/17, decision 15/4`, `WHA resolution 73/1`, a commission's resolution: another numbering
		}
		// `Human Rights Council decision 18/120 … and resolutions 24/14 …`: a list joined to the one before takes its body.
		const namedBefore = bodyNamedIn(before.slice(-45)) ?? (previous && at0 - previous.end <= 40 && JOINED.test(masked.slice(previous.end, at0)) ? previous.named : undefined);
		const adjacent = NAMED_BEFORE.exec(before);
		const namedBeside = adjacent ? bodyNamedIn(adjacent[1]) : undefined;
		const own = OWN.test(before);
		const list: Citation[] = [];
		let at = region.start + KEYWORD.lastIndex;
		for (;;) {
			ITEM.lastIndex = at;
			const m = ITEM.exec(masked);
			if (!m || m.index + m[0].length > region.end) {
				break;
			}
			// `562 (1985), 86`: a bare number goes on a list of bare numbers only (here it is a footnote call).
			if (m[10] !== undefined && list.length > 0 && !/^\d{1,4}$/.test(list[list.length - 1].text)) {
				break;
			}
			let item = buildItem(m, kind, keywordSpan);
			at = m.index + m[0].length;
			DATE_LEAD.lastIndex = at;
			const lead = DATE_LEAD.exec(masked);
			if (lead) {
				const date = dateAt(masked, DATE_LEAD.lastIndex);
				if (date && date.end <= region.end) {
					item = { ...item, date: { value: date.iso, span: { start: date.start, end: date.end } } };
					at = date.end;
				}
			}
			list.push(item);
			SEPARATOR.lastIndex = at;
			const sep = SEPARATOR.exec(masked);
			if (!sep) {
				break;
			}
			ITEM.lastIndex = SEPARATOR.lastIndex;
			const peek = ITEM.exec(masked);
			if (!peek || peek.index !== SEPARATOR.lastIndex) {
				break;
			}
			at = SEPARATOR.lastIndex;
		}
		if (list.length === 0) {
			// `las resoluciones de la Comisión de Población y Desarrollo 2006/2 … y su resolución 2013/1`
			SUBSIDIARY_AFTER.lastIndex = keywordSpan.end;
			if (SUBSIDIARY_AFTER.test(masked)) {
				foreignEnd = keywordSpan.end;
			}
			continue;
		}
		SUBSIDIARY_AFTER.lastIndex = at;
		FOREIGN_AFTER.lastIndex = at;
		if (SUBSIDIARY_AFTER.test(masked) || FOREIGN_AFTER.test(masked)) {
			KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, at - region.start);
			foreignEnd = at;
			continue;
		}
		// `… 2019/19 et 2019/20 du Conseil économique et social, en date du 23 juillet 2019`
		BODY_AFTER.lastIndex = at;
		const after = BODY_AFTER.exec(masked);
		const namedAfter = after && after.index + after[0].length <= region.end ? bodyNamedIn(after[1]) : undefined;
		if (after && namedAfter) {
			at = BODY_AFTER.lastIndex;
			// `la resolución 2178 (2014) del Consejo de Seguridad, de 24 de septiembre de 2014`: a lone item's date
			// may follow the body's name.
			if (list.every((i) => !i.date)) {
				DATE_LEAD.lastIndex = at;
				const lead = DATE_LEAD.exec(masked);
				const date = lead ? dateAt(masked, DATE_LEAD.lastIndex) : undefined;
				// `… 237 (1967) y 259 (1968) del Consejo de Seguridad, de 14 de junio de 1967 y 27 de septiembre de 1968`
				const each = date && list.length > 1 ? datesInOrder(masked, date, region.end, list.length) : undefined;
				if (each) {
					each.forEach((d, i) => (list[i] = { ...list[i], date: { value: d.iso, span: { start: d.start, end: d.end } } }));
					at = each[each.length - 1].end;
				} else if (date && date.end <= region.end && list.length === 1) {
					list[0] = { ...list[0], date: { value: date.iso, span: { start: date.start, end: date.end } } };
					at = date.end;
				}
			}
		}
		// Joined to another organization's list, and naming no body of its own: that organization's too; after `and
		// its`, only a commission's `yyyy/n` (`… 2009/1 and its resolution 2013/1`): `its resolution 71/19` is the drafter's.
		if (joinedForeign && !namedAfter && !namedBeside && (!own || list.every((i) => i.body === 'ECOSOC'))) {
			foreignEnd = at;
			KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, at - region.start);
			continue;
		}
		LIST_DATE.lastIndex = at;
		const listDate = LIST_DATE.exec(masked);
		let shared = listDate ? dateAt(masked, LIST_DATE.lastIndex) : undefined;
		// `… 73/248 et 74/238, en date du 20 décembre 2018 et du 19 décembre 2019`, `… 73/248 and 74/238 of 20 December
		// 2018 and 19 December 2019, respectively`: one date to each item, in order.
		const lastDate = list[list.length - 1].date;
		const first = shared ?? (lastDate && list.slice(0, -1).every((i) => !i.date) ? { iso: lastDate.value, start: lastDate.span.start, end: lastDate.span.end } : undefined);
		const each = first && list.length > 1 && list.slice(0, -1).every((i) => !i.date) ? datesInOrder(masked, first, region.end, list.length) : undefined;
		if (each) {
			each.forEach((d, i) => (list[i] = { ...list[i], date: { value: d.iso, span: { start: d.start, end: d.end } } }));
			at = Math.max(at, each[each.length - 1].end);
			shared = undefined;
		}
		const beside = namedAfter ?? namedBeside;
		const mixed = beside !== undefined && list.some((i) => shapeFits(i, beside)) && list.some((i) => !shapeFits(i, beside));
		// A list whose dates made some items the Council's: its undated and special-session items are the Council's too.
		let councilByDate = false;
		for (const item of list) {
			let c: Citation | undefined = item;
			const named = namedAfter ?? namedBefore;
			previous = { end: at, ...(named ? { named } : {}) };
			if (shared && !c.date && shared.end <= region.end) {
				c = { ...c, date: { value: shared.iso, span: { start: shared.start, end: shared.end } } };
			}
			// No body named beside the list: the date says whose session it is.
			const byDate: Body | undefined = beside ? undefined : bodyByDate(c) ?? (councilByDate && (!c.date || c.sessionKind === 'special') && c.session !== undefined && !c.text.includes('(') ? 'HRC' : undefined);
			if (c.body === 'SC' && c.year === undefined) {
				c = bareSecurityCouncil(c, named, own, context.body, context.year ?? new Date().getUTCFullYear());
			} else if ((!byDate && neverGaNumber(c, named, own, context.body)) || lateRoman(c, named, own, context.body) === 'none') {
				c = undefined;
			}
			if (!c) {
				continue;
			}
			councilByDate ||= byDate === 'HRC';
			const body = byDate ?? (lateRoman(c, named, own, context.body) ? 'ECOSOC' : undefined) ?? resolveBody(c, named, own ? context.body : undefined, context.body, lastSession(context));
			// `General Assembly and Security Council resolutions 70/262 and 2282 (2016)`: the name is the fitting items'.
			const namesIt = beside && !(mixed && !shapeFits(c, beside));
			c = { ...c, body, symbol: '', ...(namesIt ? { namedBody: beside } : {}) };
			c = { ...c, symbol: symbolOf(c) };
			if (!taken.overlaps(c.span)) {
				out.push(c);
				taken.add(c.span);
			}
		}
		KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, at - region.start);
	}
}

function buildItem(m: RegExpExecArray, kind: CitationKind, keywordSpan: Span): Citation {
	const span = { start: m.index, end: m.index + m[0].length };
	if (m[3] !== undefined) {
		const special = m[1] === 'ES-' ? 'emergency' : m[1] === 'S-' ? 'special' : 'regular';
		const first = Number(m[2]);
		const parts = m[4] ? m[4].split(/,\s?|\s(?:and|et|y|to|à|a)\s/) : undefined;
		const tokenEnd = m[4] ? span.end : m.index + (m[1] ?? '').length + m[2].length + 1 + m[3].length;
		const base = { kind, span: { start: span.start, end: tokenEnd }, text: m[0].slice(0, tokenEnd - span.start), keywordSpan, symbol: '' } as const;
		// `2019/19`: a year before the slash is ECOSOC numbering (year/number since 1978).
		if (first >= 1946 && special === 'regular') {
			return { ...base, body: 'ECOSOC', year: first, number: Number(m[3]), ...(parts ? { parts } : {}) };
		}
		return { ...base, session: first, sessionKind: special, number: Number(m[3]), ...(parts ? { parts } : {}) };
	}
	if (m[5] !== undefined) {
		return { kind, body: 'SC', span, text: m[0], keywordSpan, symbol: '', number: Number(m[5]), year: Number(m[6]) };
	}
	if (m[10] !== undefined) {
		return { kind, body: 'SC', span, text: m[0], keywordSpan, symbol: '', number: Number(m[10]) };
	}
	const roman = m[9];
	const special = roman.startsWith('ES-') ? 'emergency' : roman.startsWith('S-') ? 'special' : 'regular';
	const parts = m[8] ? m[8].split(/,\s?|\s(?:and|et|y|to|à|a)\s/) : undefined;
	return {
		kind, span, text: m[0], keywordSpan, symbol: '',
		number: Number(m[7]), session: romanValue(roman.replace(/^E?S-/, '')), sessionKind: special,
		...(parts ? { parts } : {}),
	};
}

/** The drafting body's latest session: the text's own (`A/HRC/RES/57/13` → 57). */
function lastSession(context: CitationContext): number | undefined {
	const m = /^A\/HRC\/(?:RES|DEC)\/(\d+)\//.exec(context.ownSymbol ?? '');
	return m ? Number(m[1]) : undefined;
}

function resolveBody(c: Citation, named: Body | undefined, own: Body | undefined, documentBody: Body | undefined, last?: number): Body {
	if (c.body === 'SC' || c.body === 'ECOSOC') {
		// The shape decides: `n (yyyy)` is SC numbering, `yyyy/n` ECOSOC's. A body named otherwise is kept in
		// `namedBody` for the citation-body rule.
		return c.body;
	}
	// `n/m` is GA or HRC numbering; `n (ROMAN)` GA or (before 1978) ECOSOC.
	const roman = c.text.includes('(');
	const fits = (b: Body) => b === 'GA' || (b === 'HRC' && !roman) || (b === 'ECOSOC' && roman);
	if (named) {
		return fits(named) ? named : 'GA';
	}
	const later = last !== undefined && (c.session ?? 0) > last;
	if (own && own !== 'SC') {
		return fits(own) && !(own === 'HRC' && later) ? own : 'GA';
	}
	// A bare `78/206` in a Council text of session 57 is the Assembly's: the Council has not met 78 times.
	return documentBody === 'HRC' && !own && !roman && !later ? 'HRC' : 'GA';
}

/** Catalogue-style symbol of a resolution or decision citation. */
export function symbolOf(c: Pick<Citation, 'kind' | 'body' | 'session' | 'sessionKind' | 'number' | 'year' | 'text'>): string {
	const res = c.kind === 'decision' ? 'DEC' : 'RES';
	const prefix = c.sessionKind === 'emergency' ? 'ES-' : c.sessionKind === 'special' ? 'S-' : '';
	switch (c.body) {
		case 'SC':
			return c.year === undefined ? `S/RES/${c.number}` : `S/RES/${c.number} (${c.year})`;
		case 'ECOSOC':
			return c.year !== undefined ? `E/${res}/${c.year}/${c.number}` : `E/${res}/${c.number}`;
		case 'HRC':
			return `A/HRC/${res}/${prefix}${c.session}/${c.number}`;
		default:
			if (c.session !== undefined && /\(/.test(c.text) && !/\//.test(c.text)) {
				return `A/${res}/${c.number} (${prefix}${toRomanLower(c.session).toUpperCase()})`;
			}
			return `A/${res}/${prefix}${c.session}/${c.number}`;
	}
}

function scanSymbols(masked: string, region: Span, out: Citation[], taken: Taken): void {
	const slice = masked.slice(region.start, region.end);
	if (!slice.includes('/')) {
		return;
	}
	const overlaps = (s: Span) => taken.overlaps(s);
	for (const m of slice.matchAll(SYMBOL)) {
		const start = region.start + (m.index ?? 0);
		const span = { start, end: start + m[0].length };
		if (overlaps(span)) {
			continue;
		}
		const prefix = m[1];
		const kind: CitationKind = prefix.includes('DEC') ? 'decision' : 'resolution';
		const body: Body = prefix.startsWith('S/') ? 'SC' : prefix.startsWith('E/') ? 'ECOSOC' : prefix.includes('HRC') ? 'HRC' : 'GA';
		const first = m[2];
		const special = first.startsWith('ES-') ? 'emergency' : first.startsWith('S-') ? 'special' : 'regular';
		const firstNum = Number(first.replace(/^E?S-/, ''));
		let c: Citation;
		if (body === 'SC') {
			c = { kind, body, span, text: m[0], symbol: '', number: firstNum, ...(m[4] && /^\d/.test(m[4]) ? { year: Number(m[4]) } : {}) };
		} else if (body === 'ECOSOC' && m[3]) {
			c = { kind, body, span, text: m[0], symbol: '', year: firstNum, number: Number(m[3]) };
		} else if (m[3]) {
			c = { kind, body, span, text: m[0], symbol: '', session: firstNum, sessionKind: special, number: Number(m[3]) };
		} else if (m[4] && /^[IVXLC]/.test(m[4])) {
			c = { kind, body, span, text: m[0], symbol: '', number: firstNum, session: romanValue(m[4]), sessionKind: 'regular' };
		} else {
			continue;
		}
		c = { ...c, symbol: body === 'SC' && c.year === undefined ? `S/RES/${c.number}` : symbolOf(c) };
		out.push(c);
		taken.add(span);
	}
	for (const m of slice.matchAll(DOCUMENT)) {
		const start = region.start + (m.index ?? 0);
		let token = m[0];
		// Trailing punctuation and an unbalanced bracket belong to the sentence.
		token = token.replace(/[.\-]+$/, '');
		while (token.endsWith(')') && (token.match(/\(/g) ?? []).length < (token.match(/\)/g) ?? []).length) {
			token = token.slice(0, -1).replace(/[.\-]+$/, '');
		}
		if (!/\d/.test(token) || /\/(?:RES|DEC)\//.test(token)) {
			continue;
		}
		const span = { start, end: start + token.length };
		if (overlaps(span)) {
			continue;
		}
		out.push({ kind: 'document', span, text: token, symbol: token });
		taken.add(span);
		ADDENDUM.lastIndex = span.end;
		const add = ADDENDUM.exec(masked);
		if (add && add.index + add[0].length <= region.end) {
			const addStart = ADDENDUM.lastIndex - add[1].length;
			const addSpan = { start: addStart, end: ADDENDUM.lastIndex };
			out.push({ kind: 'document', span: addSpan, text: add[1], symbol: `${token.replace(/\/(?:Add|Corr|Rev)\.\d+$/, '')}/${add[1]}` });
			taken.add(addSpan);
		}
	}
}
