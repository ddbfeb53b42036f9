/**
 * Completion of cited resolutions: after `resolution` / `résolution` / `resolución` (and `decision` …) by number
 * prefix (`73/1` → 73/1, 73/10 … 73/187) or title words (`countering inform`), and after a symbol prefix (`S/RES/21`,
 * `A/RES/75/`). The item inserts the number and, at the first mention of a resolution in the document, its date
 * of adoption in the document's language and style (`73/187 du 17 décembre 2018`). Pure.
 *
 * Results are cut to a limit: the composing handler should mark its list `isIncomplete` when it holds these
 * items, so that the client asks again as the prefix grows.
 */
import type { CompletionItem, MarkupContent, Range } from 'vscode-languageserver-types';
import type { CatalogEntry, CatalogLike } from '../catalog/index';
import { titleIn } from '../catalog/entry';
import { catalogKey } from '../catalog/symbols';
import { datePhrase, dateLang, documentDateStyle, formatDate } from '../citations/dateStyle';
import type { Locale } from '../l10n/messages';
import type { Body } from '../model/document';
import { bodyNamedIn } from '../parser/lexicon';
import type { CitationDocument } from './citationHover';

// CompletionItemKind.Reference (LSP), spelled out so the core needs only the protocol's types.
const KIND_REFERENCE = 18;
const DEFAULT_LIMIT = 60;

export interface CitationCompletionOptions {
	/** Language of the dates shown beside the items (the inserted date follows the document); defaults to the document's. */
	readonly locale?: Locale;
	/** Most items returned. */
	readonly limit?: number;
}

type Kind = 'resolution' | 'decision';

/** One catalogue text as it is written after a keyword: `73/187`, `2178`, `217 (III)`, `S-24/2`, `2019/19`. */
interface Written {
	readonly written: string;
	readonly key: string;
	readonly body: Body;
	readonly kind: Kind;
	/** Order within the series: session × 10 000 + number, or the SC number. */
	readonly rank: number;
}

interface NumberIndex {
	/** Sorted by `written`, so a prefix is a contiguous run. */
	readonly all: readonly Written[];
}

const indexes = new WeakMap<CatalogLike, NumberIndex>();

const KEY_FORMS: readonly { re: RegExp; body: Body; kind: Kind; written: (m: RegExpExecArray) => string; rank: (m: RegExpExecArray) => number }[] = [
	{ re: /^A\/RES\/(\d+)\/(\d+)$/, body: 'GA', kind: 'resolution', written: (m) => `${m[1]}/${m[2]}`, rank: (m) => Number(m[1]) * 10_000 + Number(m[2]) },
	{ re: /^A\/RES\/((?:E?S)-\d+)\/(\d+)$/, body: 'GA', kind: 'resolution', written: (m) => `${m[1]}/${m[2]}`, rank: (m) => Number(m[1].replace(/\D/g, '')) * 10_000 + Number(m[2]) },
	{ re: /^A\/RES\/(\d+)\(((?:E?S-)?[IVXLC]+)\)$/, body: 'GA', kind: 'resolution', written: (m) => `${m[1]} (${m[2]})`, rank: (m) => Number(m[1]) },
	{ re: /^A\/DEC\/((?:E?S-)?\d+)\/(\d+)$/, body: 'GA', kind: 'decision', written: (m) => `${m[1]}/${m[2]}`, rank: (m) => Number(m[1].replace(/\D/g, '')) * 10_000 + Number(m[2]) },
	{ re: /^S\/RES\/(\d+)$/, body: 'SC', kind: 'resolution', written: (m) => m[1], rank: (m) => Number(m[1]) },
	{ re: /^E\/(RES|DEC)\/(\d{4})\/(\d+)$/, body: 'ECOSOC', kind: 'resolution', written: (m) => `${m[2]}/${m[3]}`, rank: (m) => Number(m[2]) * 10_000 + Number(m[3]) },
	{ re: /^A\/HRC\/(RES|DEC)\/((?:S-)?\d+)\/(\d+)$/, body: 'HRC', kind: 'resolution', written: (m) => `${m[2]}/${m[3]}`, rank: (m) => Number(m[2].replace(/\D/g, '')) * 10_000 + Number(m[3]) },
];

function numberIndex(catalog: CatalogLike): NumberIndex {
	let index = indexes.get(catalog);
	if (index) {
		return index;
	}
	const all: Written[] = [];
	for (const key of catalog.keys()) {
		for (const form of KEY_FORMS) {
			const m = form.re.exec(key);
			if (m) {
				const kind: Kind = form.body === 'ECOSOC' || form.body === 'HRC' ? (m[1] === 'DEC' ? 'decision' : 'resolution') : form.kind;
				all.push({ written: form.written(m), key, body: form.body, kind, rank: form.rank(m) });
				break;
			}
		}
	}
	all.sort((a, b) => (a.written < b.written ? -1 : a.written > b.written ? 1 : 0));
	index = { all };
	indexes.set(catalog, index);
	return index;
}

/**
 * Builds what completion searches (the number index, the title index), so that the first answer is as quick as the
 * others: the server calls it once the first diagnostics are out.
 */
export function warmCitationCompletion(catalog: CatalogLike): void {
	numberIndex(catalog);
	catalog.searchTitle('resolution', 1);
}

function byPrefix(index: NumberIndex, prefix: string, accept: (w: Written) => boolean): Written[] {
	const all = index.all;
	let lo = 0;
	let hi = all.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (all[mid].written < prefix) {
			lo = mid + 1;
		} else {
			hi = mid;
		}
	}
	const out: Written[] = [];
	for (let i = lo; i < all.length && all[i].written.startsWith(prefix); i++) {
		if (accept(all[i])) {
			out.push(all[i]);
		}
	}
	return out;
}

// The last keyword before the cursor; its list may already hold items (`resolutions 71/19 of … and 73/`).
const KEYWORD = /(?:^|[^\p{L}])((?:[Rr](?:esolution|ésolution)s?|[Rr]esoluci(?:ón|ones)|[Dd](?:ecision|écision)s?|[Dd]ecisi(?:ón|ones)))(?=\s)/gu;
const SYMBOL_PREFIX = /(?:^|[^\w/])((A\/HRC|A|S|E)\/(RES|DEC)\/)([\w\-/ ()]*)$/;
const NUMBER_TOKEN = /(?:^|\s|\[)((?:ES-|S-)?\d[\d/]*)$/;
const TITLE_WORDS = /^\s+([\p{L}][\p{L}\p{N}'’-]*(?:\s+[\p{L}\p{N}'’-]+){0,5})\s*$/u;
// Words that follow `resolution` in running prose: no title search after them.
const PROSE = new Set([
	'adopted', 'entitled', 'on', 'of', 'and', 'in', 'by', 'which', 'that', 'to', 'as', 'is', 'was', 'were', 'contained', 'annexed', 'concerning', 'the', 'a', 'an', 'its', 'their', 'whereby',
	'adoptée', 'adoptées', 'intitulée', 'intitulées', 'sur', 'relative', 'relatives', 'concernant', 'dans', 'par', 'qui', 'que', 'et', 'du', 'de', 'des', 'la', 'le', 'les',
	'aprobada', 'aprobadas', 'titulada', 'tituladas', 'relativa', 'relativas', 'sobre', 'en', 'por', 'que', 'y', 'del', 'el', 'los', 'las',
]);
const STOP = new Set(['the', 'of', 'and', 'on', 'in', 'to', 'for', 'a', 'an', 'by', 'de', 'la', 'le', 'les', 'des', 'et', 'du', 'el', 'en', 'y', 'del', 'los', 'las']);

interface Query {
	readonly from: number;
	readonly kind: Kind;
	/** Bodies whose numbering to offer, first preferred. */
	readonly bodies: readonly Body[];
	readonly number?: string;
	readonly words?: string;
	/** A symbol prefix (`S/RES/`): the item is the whole symbol, without a date. */
	readonly symbolPrefix?: string;
}

function queryAt(text: string, offset: number, docBody: Body | undefined): Query | undefined {
	// Back to the line's start, at most 300 characters. A lone CR ends a line too, for the client and the line map:
	// the item's range must stay on the cursor's line.
	let lineStart = offset;
	while (lineStart > 0 && offset - lineStart < 300 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') {
		lineStart--;
	}
	const before = text.slice(lineStart, offset);
	const sym = SYMBOL_PREFIX.exec(before);
	if (sym) {
		const rest = sym[4];
		if (!/^(?:(?:ES-|S-)?\d[\d/]*)?$/.test(rest)) {
			return undefined;
		}
		const body: Body = sym[2] === 'A/HRC' ? 'HRC' : sym[2] === 'S' ? 'SC' : sym[2] === 'E' ? 'ECOSOC' : 'GA';
		return { from: offset - rest.length, kind: sym[3] === 'DEC' ? 'decision' : 'resolution', bodies: [body], number: rest, symbolPrefix: sym[1] };
	}
	let keyword: RegExpExecArray | undefined;
	KEYWORD.lastIndex = 0;
	for (let m = KEYWORD.exec(before); m; m = KEYWORD.exec(before)) {
		keyword = m;
	}
	if (!keyword) {
		return undefined;
	}
	const keywordStart = keyword.index + keyword[0].length - keyword[1].length;
	const rest = before.slice(keywordStart + keyword[1].length);
	const kind: Kind = /^d/i.test(keyword[1]) ? 'decision' : 'resolution';
	const lead = before.slice(Math.max(0, keywordStart - 45), keywordStart);
	const named = bodyNamedIn(lead);
	const own = /\b(?:its|sa|ses|su|sus)\s+$/i.test(lead) ? docBody : undefined;
	const preferred = named ?? own ?? docBody ?? 'GA';
	const bodies: Body[] = [preferred, ...(['GA', 'SC', 'ECOSOC', 'HRC'] as const).filter((b) => b !== preferred)];
	// A list already under way: only numbers, dates and separators since the keyword, no sentence break.
	if (/[;:!?]|\.\s/.test(rest) || rest.split(/\s+/).length > 40) {
		return undefined;
	}
	const num = NUMBER_TOKEN.exec(rest);
	if (num) {
		return { from: offset - num[1].length, kind, bodies, number: num[1] };
	}
	// Nothing typed yet after the keyword: no list (a space after every `resolution` in running text would open one).
	const words = TITLE_WORDS.exec(rest);
	if (words) {
		const list = words[1].toLowerCase().split(/\s+/);
		const useful = list.filter((w) => !STOP.has(w));
		if (!PROSE.has(list[0]) && useful.join('').length >= 4) {
			return { from: offset - (rest.length - rest.indexOf(words[1])), kind, bodies, words: words[1] };
		}
	}
	return undefined;
}

/**
 * Completion items for a cited resolution at `offset`, or undefined when the cursor is not where one is written.
 * `analysis` is an `Analysis` (text, parsed document, line map).
 */
export function citationCompletions(analysis: CitationDocument, offset: number, catalog: CatalogLike | undefined, options: CitationCompletionOptions = {}): CompletionItem[] | undefined {
	if (!catalog) {
		return undefined;
	}
	const { text, doc } = analysis;
	const q = queryAt(text, offset, doc.body);
	if (!q) {
		return undefined;
	}
	const limit = options.limit ?? DEFAULT_LIMIT;
	const range: Range = analysis.lines.range({ start: q.from, end: offset });
	let hits: { key: string; written: string; body: Body }[];
	if (q.words !== undefined) {
		const found = catalog.searchTitle(q.words, limit, (e) => e.kind === q.kind && !e.part && q.bodies.includes(e.body));
		hits = found.map((e) => ({ key: e.key, written: writtenOf(e), body: e.body }));
	} else {
		hits = numberHits(catalog, q, limit);
	}
	const lang = dateLang(doc.lang);
	const style = documentDateStyle(text, lang);
	// UN texts date a resolution at its first mention only.
	const datedBefore = new Set<string>();
	for (const c of doc.citations) {
		if (c.span.start < q.from && c.date) {
			const key = catalogKey(c);
			if (key) {
				datedBefore.add(key);
			}
		}
	}
	return hits.map((h, i) => {
		const e = catalog.get(h.key);
		const label = labelOf(h, e, q.symbolPrefix);
		const date = !q.symbolPrefix && e?.date && !datedBefore.has(h.key) ? datePhrase(e.date, lang, style) : undefined;
		const newText = date ? `${label} ${date}` : label;
		const item: CompletionItem = {
			label,
			kind: KIND_REFERENCE,
			sortText: String(i).padStart(4, '0'),
			// Title searches are filtered by the words typed, which the label does not contain.
			filterText: q.words !== undefined ? q.words : label,
			textEdit: { range, newText },
			...(e?.title ? { detail: short(titleIn(e, lang) ?? e.title) } : {}),
			...(e?.date ? { labelDetails: { description: formatDate(e.date, options.locale ?? lang) } } : {}),
			...(e ? { documentation: documentation(e, lang, options.locale ?? lang) } : {}),
		};
		return item;
	});
}

function numberHits(catalog: CatalogLike, q: Query, limit: number): { key: string; written: string; body: Body }[] {
	const index = numberIndex(catalog);
	const prefix = q.number ?? '';
	const found = byPrefix(index, prefix, (w) => w.kind === q.kind && q.bodies.includes(w.body));
	const order = (b: Body) => q.bodies.indexOf(b);
	// `S/RES/` alone: the newest first; a prefix typed: in numbering order.
	found.sort((a, b) => order(a.body) - order(b.body) || (prefix === '' ? b.rank - a.rank : a.rank - b.rank));
	return found.slice(0, limit).map((w) => ({ key: w.key, written: w.written, body: w.body }));
}

function writtenOf(e: CatalogEntry): string {
	const m = /^(?:A\/HRC|A|S|E)\/(?:RES|DEC)\/(.*)$/.exec(e.key);
	const rest = m ? m[1] : e.key;
	return rest.replace(/^(\d+)\(([^)]+)\)$/, '$1 ($2)');
}

function labelOf(h: { key: string; written: string; body: Body }, e: CatalogEntry | undefined, symbolPrefix: string | undefined): string {
	const year = h.body === 'SC' ? e?.year : undefined;
	const written = year !== undefined ? `${h.written} (${year})` : h.written;
	return symbolPrefix ? `${symbolPrefix}${written}` : written;
}

const short = (title: string): string => (title.length > 120 ? `${title.slice(0, 119)}…` : title);

/** The symbol, the title in the document's language where known (else English), the date in the user's. */
function documentation(e: CatalogEntry, lang: string, locale: Locale): MarkupContent {
	const lines: string[] = [`\`${e.symbol}\``];
	const title = titleIn(e, lang) ?? e.title;
	if (title) {
		lines.push('', title);
	}
	if (e.date) {
		lines.push('', formatDate(e.date, locale));
	}
	return { kind: 'markdown', value: lines.join('\n') };
}
