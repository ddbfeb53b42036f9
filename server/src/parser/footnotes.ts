import type { FootnoteStyle, Span } from '../model/document';
import type { Line } from './lines';
import { trimSpan } from './lines';
import { NOISE_LINE, SYMBOL_ALONE } from './lexicon';
import { hasSuperscript, startsLine } from './mask';
import { isNoteListHeading, noteListEntry } from './noteList';

/** What a line is, as far as footnotes go. */
export const enum LineRole {
	Text = 0,
	Blank = 1,
	Separator = 2,
	FootnoteStart = 3,
	FootnoteMore = 4,
}

export interface FootnoteText {
	span: Span;
	markerSpan: Span;
	textSpan: Span;
	label: string;
	style: FootnoteStyle;
	/** An entry of a note list appended to a plain text (see noteList.ts). */
	listed?: true;
}

export interface FootnoteTexts {
	readonly roles: Uint8Array;
	readonly texts: FootnoteText[];
	readonly style?: FootnoteStyle;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPER_TEXT = /^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t\u00a0]+\S/;
const MD_DEF = /^[ \t]*\[\^([^\]\s]{1,20})\]:[ \t]*/;
const SEPARATOR = /^[ \t]*_{5,}[ \t]*$/;
const PLAIN_TEXT = /^[ \t]*(\d{1,3})[ \t\u00a0]+\S/;
/** A note called by asterisks (`* On behalf of the States …`, `** Reissued …`): in the note zone of PDF text, no numbered text. */
const ASTERISK_TEXT = /^[ \t]*\*{1,3}[ \t\u00a0]*\p{L}/u;

export function superscriptValue(s: string): string {
	let out = '';
	for (const ch of s) {
		out += String(SUPERSCRIPTS.indexOf(ch));
	}
	return out;
}

/** Finds footnote texts in all three styles and marks the lines they occupy. */
export function scanFootnoteTexts(text: string, lines: readonly Line[]): FootnoteTexts {
	const roles = new Uint8Array(lines.length);
	const texts: FootnoteText[] = [];
	let inPlainZone = false;
	let current: FootnoteText | undefined;
	let asterisk = false;
	const counts = { superscript: 0, markdown: 0, plain: 0 };

	for (let i = 0; i < lines.length; i++) {
		const { start, end } = lines[i];
		const line = text.slice(start, end);
		const trimmed = trimSpan(text, start, end);
		if (trimmed.start === trimmed.end) {
			roles[i] = LineRole.Blank;
			asterisk = false;
			if (inPlainZone && !nextNonBlankIsPlainFootnote(text, lines, i)) {
				inPlainZone = false;
			}
			current = undefined;
			continue;
		}
		if (SEPARATOR.test(line) || isNoteListHeading(line)) {
			roles[i] = LineRole.Separator;
			inPlainZone = true;
			current = undefined;
			continue;
		}
		if ((inPlainZone ? ASTERISK_TEXT.test(line) : PAGE_FOOT_ASTERISK.test(line) && roles[i - 1] === LineRole.Blank && beforePageFurniture(text, lines, i))
			|| (asterisk && roles[i - 1] === LineRole.Separator && !(inPlainZone && PLAIN_TEXT.test(line)) && !SUPER_TEXT.test(line) && !MD_DEF.test(line))) {
			// Its wrapped lines go on to the next blank line.
			roles[i] = LineRole.Separator;
			asterisk = true;
			current = undefined;
			continue;
		}
		asterisk = false;
		let m = SUPER_TEXT.exec(line);
		let style: FootnoteStyle | undefined;
		let label = '';
		let markerLength = 0;
		let bracketed = false;
		if (m) {
			style = 'superscript';
			label = superscriptValue(m[1]);
			markerLength = m[1].length;
		} else if ((m = MD_DEF.exec(line))) {
			style = 'markdown';
			label = m[1];
			markerLength = m[1].length + 4;
		} else if (inPlainZone && (m = PLAIN_TEXT.exec(line))) {
			style = 'plain';
			label = m[1];
			markerLength = m[1].length;
		} else if (inPlainZone) {
			// `[^n] …` in an appended note list: its calls in the text are plain digits.
			const entry = noteListEntry(line);
			if (entry) {
				style = 'plain';
				bracketed = true;
				({ label, markerLength } = entry);
			}
		}
		if (style) {
			const markerStart = start + line.indexOf(bracketed || style === 'markdown' || !m ? '[' : m[1][0]);
			const markerSpan = { start: markerStart, end: markerStart + markerLength };
			const textSpan = trimSpan(text, markerSpan.end, end);
			current = { span: { start: markerStart, end: trimmed.end }, markerSpan, textSpan, label, style, ...(bracketed ? { listed: true as const } : {}) };
			texts.push(current);
			roles[i] = LineRole.FootnoteStart;
			counts[style]++;
			continue;
		}
		// A wrapped footnote goes on: in the plain zone any line, elsewhere only an indented one.
		if (current && (inPlainZone || /^[ \t]{2,}\S/.test(line))) {
			current.span = { start: current.span.start, end: trimmed.end };
			current.textSpan = { start: current.textSpan.start, end: trimmed.end };
			roles[i] = LineRole.FootnoteMore;
			continue;
		}
		current = undefined;
		roles[i] = LineRole.Text;
	}
	const style = (['markdown', 'superscript', 'plain'] as const).reduce<FootnoteStyle | undefined>(
		(best, s) => (counts[s] > 0 && (!best || counts[s] > counts[best]) ? s : best),
		undefined,
	);
	return { roles, texts, style };
}

/** Outside a note zone, an asterisk note has a blank after its asterisks (`*Recalling*` is emphasis). */
const PAGE_FOOT_ASTERISK = /^[ \t]*\*{1,3}[ \t\u00a0]+\p{L}/u;

/**
 * Page 1 of PDF text puts its asterisk note (`* On behalf of the States …`) at the page's foot with no rule above it:
 * the block from line `from` to the next blank line is followed by page furniture (a job number, a page number, a symbol).
 */
function beforePageFurniture(text: string, lines: readonly Line[], from: number): boolean {
	let j = from + 1;
	for (; j < lines.length && j <= from + 8 && text.slice(lines[j].start, lines[j].end).trim() !== ''; j++) {
		// the note's wrapped lines
	}
	for (; j < lines.length && text.slice(lines[j].start, lines[j].end).trim() === ''; j++) {
		// blank lines
	}
	const next = j < lines.length ? text.slice(lines[j].start, lines[j].end).trim().replace(/\s+/g, ' ') : '';
	return NOISE_LINE.test(next) || SYMBOL_ALONE.test(next);
}

function nextNonBlankIsPlainFootnote(text: string, lines: readonly Line[], from: number): boolean {
	for (let j = from + 1; j < lines.length; j++) {
		const line = text.slice(lines[j].start, lines[j].end);
		if (line.trim() !== '') {
			return PLAIN_TEXT.test(line) || SEPARATOR.test(line) || ASTERISK_TEXT.test(line) || noteListEntry(line) !== undefined;
		}
	}
	return false;
}

export interface MarkerFound {
	span: Span;
	label: string;
}

// Up to three digits, as footnote texts have: a longer run of superscripts (`¹²³⁴`) is no note call.
const SUPER_MARK = /(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])/g;
const MD_MARK = /\[\^([^\]\s]{1,20})\]/g;
/** Superscripts that are units, not notes: `km²`, `m³`. */
const UNIT_BEFORE = /(?:^|[^\p{L}])[kcmd]?m$/u;

/** Superscript and Markdown markers outside footnote texts. */
export function scanSymbolMarkers(text: string, regions: readonly Span[]): MarkerFound[] {
	const found: MarkerFound[] = [];
	// One pass over the whole text, keeping the matches that fall in a region (regions are sorted lines;
	// a marker never crosses a line end): far cheaper than a slice and a search per line.
	const inRegions = (pattern: RegExp, take: (m: RegExpExecArray, at: number) => void) => {
		let r = 0;
		pattern.lastIndex = 0;
		for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
			const at = m.index;
			while (r < regions.length && regions[r].end <= at) {
				r++;
			}
			if (r === regions.length) {
				break;
			}
			if (at >= regions[r].start && at + m[0].length <= regions[r].end) {
				take(m, at);
			}
		}
	};
	if (hasSuperscript(text)) {
		inRegions(SUPER_MARK, (m, at) => {
			if (!UNIT_BEFORE.test(text.slice(Math.max(0, at - 3), at))) {
				found.push({ span: { start: at, end: at + m[0].length }, label: superscriptValue(m[0]) });
			}
		});
	}
	if (text.includes('[^')) {
		inRegions(MD_MARK, (m, at) => {
			if (text[at + m[0].length] === ':' && startsLine(text, at)) {
				// `[^1]: …` at the start of a line is a definition; `Durban[^1]:` in a sentence is a call before a colon.
				return;
			}
			found.push({ span: { start: at, end: at + m[0].length }, label: m[1] });
		});
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}

const DIGITS = /\d+/g;
const GLUE_BEFORE = /[\p{L},;:.)\]”’»"']/u;
const ABBREVIATION_BEFORE = /\b(?:Add|Corr|Rev|Suppl|Amend|No|Nos|para|paras|vol|vols|chap|art|arts|p|pp|sect|sects|annex|op|cit|Ibid|L|C|Conf|CONF|Res|RES|Sess)\.$/i;
/** A single capital and a full stop before digits is a section number (`GC(69)/RES/9 A.2`), not a note. */
const SECTION_BEFORE = /(?:^|[\s(])[A-Z]\.$/;
/**
 * So is a short number and a full stop (`Article 6.2`, `5.2`); a year may end a sentence before its note (`2015.3`).
 * Only for the calls of an appended note list or of Markdown definitions (`sections`): PDF texts keep their old
 * reading (their calls drift, see the tests).
 */
const NUMBERED_BEFORE = /(?:^|\D)\d{1,3}\.$/;

/**
 * Plain-text markers are bare digits glued to a word or punctuation (`Development1`, `Secretary-General;4`)
 * or to a year (`of 19721` = 1972 + note 1). They are told from other numbers by order: notes are numbered
 * in order of first appearance, so only the next expected numbers are taken (spec §1).
 */
export function scanPlainMarkers(masked: string, regions: readonly Span[], labels: readonly string[], beyond = false, sections = false, from?: number): MarkerFound[] {
	const numbers = [...new Set(labels.map(Number).filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => a - b);
	if (numbers.length === 0) {
		return [];
	}
	// `beyond`: the call right after the last text's number is taken too, glued to a word or a mark, once every
	// other call is found: a deleted last footnote text leaves its call, which must still count (and be missing).
	const max = numbers[numbers.length - 1] + (beyond ? 1 : 0);
	const lastText = numbers[numbers.length - 1];
	const found: MarkerFound[] = [];
	// `from`: the number expected where the regions start (a reparse reads one line again).
	let expected = from ?? numbers[0];
	for (const region of regions) {
		const slice = masked.slice(region.start, region.end);
		DIGITS.lastIndex = 0;
		for (let m = DIGITS.exec(slice); m; m = DIGITS.exec(slice)) {
			if (expected > max) {
				return found;
			}
			const s = region.start + m.index;
			const e = s + m[0].length;
			const next = masked[e] ?? ' ';
			if (/[\p{L}\d/]/u.test(next) || (next === '.' && /\d/.test(masked[e + 1] ?? '')) || next === '-' || next === '–') {
				continue;
			}
			const prev = masked[s - 1] ?? ' ';
			let value: number | undefined;
			let start = s;
			const afterPunctuation = /[,;:)\]”’»"']/.test(prev);
			if (GLUE_BEFORE.test(prev) && (afterPunctuation || !inSymbolToken(masked, s)) && !(prev === '.' && (ABBREVIATION_BEFORE.test(masked.slice(Math.max(0, s - 8), s)) || SECTION_BEFORE.test(masked.slice(Math.max(0, s - 3), s)) || (sections && NUMBERED_BEFORE.test(masked.slice(Math.max(0, s - 5), s)))))) {
				const v = Number(m[0]);
				if (v >= expected && v <= Math.min(expected + 2, lastText)) {
					value = v;
				} else if (beyond && v === max && expected === max && /[\p{L},;:.]/u.test(prev)) {
					value = v;
				}
			}
			if (value === undefined && expected <= lastText && prev === '/' && /\d\/$/.test(masked.slice(s - 2, s)) && m[0].length >= 4) {
				// A note glued to a resolution number: `77/2285` = 77/228 + note 5 (no session has 1,000 resolutions).
				const tail = String(expected);
				if (m[0].endsWith(tail) && m[0].length - tail.length >= 1 && m[0].length - tail.length <= 3 && Number(m[0]) >= 1000) {
					value = expected;
					start = e - tail.length;
				}
			}
			if (value === undefined && expected <= lastText && m[0].length >= 5) {
				// A note glued to a year: `19721`, `203412`.
				const year = Number(m[0].slice(0, 4));
				const v = Number(m[0].slice(4));
				if (year >= 1000 && year <= 2099 && v === expected && m[0][4] !== '0') {
					value = v;
					start = s + 4;
				}
			}
			if (value !== undefined) {
				found.push({ span: { start, end: e }, label: String(value) });
				expected = value + 1;
			}
		}
	}
	return found;
}

/** True when the digits at `at` belong to a token with a slash (`A/75/L.20`, `S/2002/515`). */
function inSymbolToken(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && !/\s/.test(text[i]) && at - i < 40) {
		if (text[i] === '/') {
			return true;
		}
		i--;
	}
	return false;
}
