/**
 * Titles in English, French and Spanish, and the facts of the official XML (see each folder's SOURCE.md):
 * - the AKN4UN XML of GA resolutions 74–80, GA decisions 76–78, ECOSOC 2021–2025 and HRC 54–60: each file's own
 *   symbol, adoption date and title in its language (rank 0, the document's own);
 * - the DGACM metadata extracts beside the GA, ECOSOC and HRC XML: adoption date, how adopted (without a vote),
 *   meeting record, draft or report, agenda item;
 * - `titles-extracted/titles_found.tsv`, for the sources that are not XML: parsed texts of mandating resolutions
 *   (EOSG, rank 1), a catalogue of ECOSOC documents (rank 2), the budget's lists of legislative mandates (short
 *   titles, rank 5);
 * - titles quoted by the official texts when they cite a resolution by a link: "résolution 70/1 du 25 septembre
 *   2015, intitulée « Transformer notre monde … »" (rank 4; the most frequent form wins). This is where French
 *   and Spanish titles of resolutions before 2019 come from: no list has them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSymbol } from '../../server/src/catalog/symbols';
import { Builder } from './builder';
import { type Fact } from './facts';
import { readUnxml, type TitleLang, type XmlDocument } from './unxml';

const LANG_FIELD: Readonly<Record<TitleLang, 'title' | 'titleFr' | 'titleEs'>> = { en: 'title', fr: 'titleFr', es: 'titleEs' };

/** A fact with one title in one language. */
function titled(source: Fact['source'], where: string, lang: TitleLang, title: string, rank: number): Fact {
	return { source, where, [LANG_FIELD[lang]]: title, titleRank: rank };
}

export interface TitleStats {
	/** XML files read, per language. */
	files: Record<TitleLang, number>;
	/** Quoted titles found, and the (symbol, language) pairs they name. */
	quotes: number;
	quotedPairs: number;
	/** Pairs whose quotations disagree (the most frequent form is kept). */
	quotedDisagreements: number;
}

/** Reads the XML, the metadata extracts, titles_found.tsv and the quoted titles into the builder. */
export function readTitles(b: Builder): TitleStats {
	const stats: TitleStats = { files: { en: 0, fr: 0, es: 0 }, quotes: 0, quotedPairs: 0, quotedDisagreements: 0 };
	const quoted = new Map<string, Map<string, { count: number; where: string }>>();
	const dates = new Map<string, Map<string, number>>();
	for (const doc of readUnxml(b.rawDir, b.problems)) {
		stats.files[doc.lang]++;
		ownFacts(b, doc);
		// Files of one symbol may disagree on the date (SOURCE.md: 9 symbols): every language and the English
		// preface vote; the date most of them give is kept.
		if (doc.symbol) {
			let votes = dates.get(doc.symbol);
			if (!votes) {
				votes = new Map();
				dates.set(doc.symbol, votes);
			}
			for (const d of [doc.adopted, isoDate(doc.stated)]) {
				if (d) {
					votes.set(d, (votes.get(d) ?? 0) + 1);
				}
			}
		}
		for (const q of quotedTitles(doc.text)) {
			stats.quotes++;
			const pair = `${q.symbol}\t${doc.lang}`;
			let forms = quoted.get(pair);
			if (!forms) {
				forms = new Map();
				quoted.set(pair, forms);
			}
			const seen = forms.get(q.title);
			forms.set(q.title, { count: (seen?.count ?? 0) + 1, where: seen?.where ?? doc.where });
		}
	}
	for (const [pair, forms] of quoted) {
		const [symbol, lang] = pair.split('\t') as [string, TitleLang];
		const best = [...forms.entries()].sort((x, y) => y[1].count - x[1].count || y[0].length - x[0].length)[0];
		stats.quotedPairs++;
		if (forms.size > 1) {
			stats.quotedDisagreements++;
		}
		b.add(symbol, {}, titled('quoted', `${best[1].where} (quoted ${best[1].count}×)`, lang, best[0], 4), 'quoted titles', 0);
	}
	for (const [symbol, votes] of dates) {
		const best = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
		b.add(symbol, {}, { source: 'dgacm', where: `official XML (${[...votes.entries()].map(([d, n]) => `${d}×${n}`).join(', ')})`, date: best[0] }, 'official XML dates', 0);
	}
	readExtracts(b);
	readTitlesFound(b);
	return stats;
}

/** What an XML file says of itself. A file whose symbol is empty (SOURCE.md lists two) gives nothing. */
function ownFacts(b: Builder, doc: XmlDocument): void {
	if (!doc.symbol || !parseSymbol(doc.symbol)) {
		b.problems.push({ file: doc.where, message: `no readable symbol ("${doc.symbol ?? ''}"); file skipped` });
		return;
	}
	const fact: Fact = { source: 'dgacm', where: doc.where };
	if (doc.title) {
		fact[LANG_FIELD[doc.lang]] = doc.title;
		fact.titleRank = 0;
	}
	b.add(doc.symbol, {}, fact, doc.where, 0);
}

// "résolution ⟦A/RES/70/1⟧ du 25 septembre 2015, intitulée « … »": one symbol (a list's title would be ambiguous),
// then a date or the organ, then the title in quotes.
const QUOTED = /\b(?:résolution|resolution|resolución|décision|decision|decisión)\s+⟦([^⟧]+)⟧([^⟦«»“”"]{0,90}?)\s*(?:intitulée|intitulé|entitled|titulada|titulado)\s*[«“"]\s*([^«»“”"⟦]{3,400}?)\s*[»”"]/gi;
// What may stand between the symbol and "entitled": a date, the organ; not a list, an annex or a paragraph.
const NOT_BETWEEN = /\b(?:et|and|y|e|ainsi que|as well as|annex|annexe|anexo|paragraph|paragraphe|párrafo|section|sección|chapitre|chapter|capítulo|part|partie|parte)\b|\d+\s*\/|[;(]/i;

/** Titles a text quotes for the resolutions and decisions it cites by a link. */
export function quotedTitles(text: string): { symbol: string; title: string }[] {
	const out: { symbol: string; title: string }[] = [];
	for (const m of text.matchAll(QUOTED)) {
		if (NOT_BETWEEN.test(m[2])) {
			continue;
		}
		const sym = parseSymbol(m[1]);
		const title = m[3].replace(/[\s,;.]+$/, '').trim();
		if (sym && (sym.kind === 'resolution' || sym.kind === 'decision') && title.length >= 3) {
			out.push({ symbol: m[1], title });
		}
	}
	return out;
}

interface Extract {
	symbol?: string;
	adoption_date?: string;
	adoption_type?: string;
	pv?: string;
	sr?: string;
	adoption_meeting?: string;
	originating_document?: string;
	draft_resolution?: string;
	agenda_item?: string;
	agenda_item_name?: string;
	MS_in_favour_count?: string;
	MS_against_count?: string;
	MS_abstaining_count?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isoDate(text: string | undefined): string | undefined {
	const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec((text ?? '').trim());
	const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
	return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** The DGACM metadata extracts (one JSON object per line, or one array): how and when each text was adopted. */
function readExtracts(b: Builder): void {
	for (const folder of ['unxml-ga-resolutions', 'unxml-ecosoc-resolutions', 'unxml-hrc-resolutions']) {
		const dir = path.join(b.rawDir, folder, 'data_extract');
		if (!fs.existsSync(dir)) {
			continue;
		}
		for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
			const rel = `${folder}/data_extract/${name}`;
			for (const { record, line } of jsonRecords(fs.readFileSync(path.join(dir, name), 'utf8'), rel, b)) {
				if (!record.symbol) {
					continue;
				}
				const fact: Fact = { source: 'dgacm', where: `${rel}:${line}` };
				const date = isoDate(record.adoption_date);
				if (date) {
					fact.date = date;
				}
				const type = (record.adoption_type ?? '').toLowerCase();
				const count = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
				if (type === 'without a vote') {
					fact.vote = { kind: 'withoutVote' };
				} else if (type.startsWith('by a recorded vote') && count(record.MS_in_favour_count) !== undefined) {
					fact.vote = { kind: 'recorded', yes: count(record.MS_in_favour_count), no: count(record.MS_against_count) ?? 0, abstain: count(record.MS_abstaining_count) ?? 0 };
				}
				const meeting = record.pv ?? record.sr;
				if (meeting && /^[AE]\//.test(meeting)) {
					fact.meeting = meeting;
				}
				const origin = record.originating_document ?? record.draft_resolution;
				if (origin && /\/L\.\d/.test(origin)) {
					fact.draft = origin;
				} else if (origin && /^A\/\d+\/\d+/.test(origin)) {
					fact.report = origin;
				}
				const item = /^Agenda item (.+)$/i.exec(record.agenda_item ?? '')?.[1];
				if (item) {
					fact.agendaItem = record.agenda_item_name ? `${item} ${record.agenda_item_name.replace(/\s+/g, ' ').trim()}` : item;
				}
				b.add(record.symbol, {}, fact, rel, line);
			}
		}
	}
}

function jsonRecords(text: string, rel: string, b: Builder): { record: Extract; line: number }[] {
	const trimmed = text.trim();
	try {
		if (trimmed.startsWith('[')) {
			return (JSON.parse(trimmed) as Extract[]).map((record, i) => ({ record, line: i + 1 }));
		}
	} catch (err) {
		b.problems.push({ file: rel, message: `not readable as JSON: ${(err as Error).message}` });
		return [];
	}
	// One object per line, or objects run together on a line: split at the top-level braces.
	const out: { record: Extract; line: number }[] = [];
	let depth = 0;
	let start = -1;
	let line = 1;
	let startLine = 1;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '\n') {
			line++;
		}
		if (inString) {
			if (ch === '\\') {
				i++;
			} else if (ch === '"') {
				inString = false;
			}
		} else if (ch === '"') {
			inString = true;
		} else if (ch === '{') {
			if (depth++ === 0) {
				start = i;
				startLine = line;
			}
		} else if (ch === '}' && depth > 0 && --depth === 0) {
			try {
				out.push({ record: JSON.parse(text.slice(start, i + 1)) as Extract, line: startLine });
			} catch {
				b.problems.push({ file: rel, line: startLine, message: 'object not readable as JSON; skipped' });
			}
		}
	}
	return out;
}

/** titles_found.tsv rows from the sources that are not the XML (read directly above). */
function readTitlesFound(b: Builder): void {
	const rel = 'titles-extracted/titles_found.tsv';
	const file = path.join(b.rawDir, rel);
	if (!fs.existsSync(file)) {
		b.problems.push({ file: rel, message: 'file not found; no titles from the mandate lists' });
		return;
	}
	const lines = fs.readFileSync(file, 'utf8').split('\n');
	const header = lines[0].split('\t');
	const col = (n: string) => header.indexOf(n);
	const [symbolAt, langAt, titleAt, sourceAt, dateAt] = [col('symbol'), col('lang'), col('title'), col('source'), col('adoption_date')];
	lines.slice(1).forEach((line, i) => {
		const cells = line.split('\t');
		const source = cells[sourceAt] ?? '';
		const lang = cells[langAt] as TitleLang;
		// Some titles keep their number ("S-10/2. Final Document …"); some symbols a stray "*" or "/(VI)".
		const title = (cells[titleAt] ?? '').replace(/\s+/g, ' ').trim().replace(/^(?:[A-Z]{1,2}-\d+\/\d+|\d+\/\d+|\d+ ?(?:\([IVXL]+\)))\s*[A-Z]?\.?(?:\s+|$)/, '');
		const symbol = (cells[symbolAt] ?? '').replace(/\*+$/, '').replace(/\/\(/, '(');
		if (!title || !LANG_FIELD[lang] || source.includes('UNxml/')) {
			return;
		}
		const rank = source.includes('un-mandates-housekeeping') ? 1 : source.includes('GA-ECOSOC') ? 2 : 5;
		// Budget short titles sometimes keep the list's number prefix ("1. …", SOURCE.md).
		const clean = rank === 5 ? title.replace(/^\(?\d{1,2}[.)]\s+/, '') : title;
		// GA numbers from 400 on are decisions (sessions 31 on); the budget lists sometimes file them as resolutions.
		const sym = parseSymbol(symbol);
		if (sym?.body === 'GA' && sym.kind === 'resolution' && sym.sessionKind === 'regular' && (sym.session ?? 0) >= 31 && sym.number >= 400) {
			b.problems.push({ file: rel, line: i + 2, message: `"${symbol}" is numbered as a decision; row skipped` });
			return;
		}
		const fact = titled('mandates', `${rel}:${i + 2}`, lang, clean, rank);
		const date = isoDate(cells[dateAt]);
		if (date && sym && plausible(sym, date)) {
			fact.date = date;
		}
		b.add(symbol, {}, fact, rel, i + 2);
	});
}

/**
 * Whether a mandate list's date fits the symbol (eosg-mandates-housekeeping/SOURCE.md: the front matter of texts
 * before 1976 often belongs to the previous resolution, so those dates are not used): a GA session n from 31 on
 * runs from September of 1945 + n to September of 1946 + n; an ECOSOC year Y from Y - 1 to Y.
 */
function plausible(sym: NonNullable<ReturnType<typeof parseSymbol>>, date: string): boolean {
	const year = Number(date.slice(0, 4));
	if (sym.body === 'GA' && sym.sessionKind === 'regular') {
		const n = sym.session ?? 0;
		return n >= 31 && date >= `${1945 + n}-09-01` && date <= `${1946 + n}-09-20`;
	}
	if (sym.body === 'ECOSOC' && sym.year !== undefined) {
		return year === sym.year || year === sym.year - 1;
	}
	return sym.body === 'GA' || sym.body === 'HRC';
}
