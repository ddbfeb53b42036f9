import { defineQuery } from '../model/analysis';
import { isDateLine } from './dates';
import { ANNEX, CLOSING, MASTHEAD, NUMBERED, ORGAN_LINES, ORGAN_NAMES } from './lexicon';
import { isSpace, splitLines, trimSpan, type Line } from './lines';
import { maskMarkdown } from './mask';
import { organAt } from './organ';

/**
 * Compilations and multi-text files (issue 19, item 5; ARCHITECTURE.md decision 20): a file that holds several
 * resolutions one after another — a session's "Resolutions and decisions", a set of drafts — is read as one
 * text per resolution. The splitter is conservative: a new text starts only where a strong heading signal (a
 * masthead or symbol line, `80/12. Title`, `Resolution 2334 (2016)`, an adoption line) is followed by an organ
 * line, or where an organ line follows a closing meeting line with nothing but the date between, and only after
 * a text that has its own organ line and a body that has ended. A single resolution is never split.
 */
export interface TextSegment {
	/** Offset of the segment's first character: always the start of a line. */
	readonly start: number;
	/** Offset after its last character (the next segment's start, or the text's length). */
	readonly end: number;
	/** Zero-based line of `start` in the whole text. */
	readonly line: number;
}

/** The texts of a version (facts of the version: the server splits a text once, whatever asks). */
export const COMPILATION = defineQuery('parser.compilation', (_doc, text) => splitCompilation(text));

/** How far back from an organ line a heading zone may reach, in non-blank lines (wrapped sponsor lists are long). */
const MAX_HEADING_LINES = 60;
/** A line longer than this is a paragraph of a body, never a heading line (agenda titles reach 600 characters). */
const MAX_HEADING_LINE = 1000;

const SYMBOL_ONLY = /^(?:A|S|E)\/(?:[A-Z0-9.-]{1,12}\/){0,4}[A-Z0-9.-]{0,12}\d[A-Z0-9.-]{0,12}(?:\s?\(\d{4}\))?$/;
/** A note's text: a Markdown definition `[^1]:`, an asterisk note `* Reissued …`, a superscript `¹ …` (plain digits are not told from text). */
const NOTE_LINE = /^[ \t]*(?:\[\^[^\]\s]{1,20}\]:|\*{1,3}[ \t]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \t])/;
const SEPARATOR = /^[_\-–—=]{5,}$/;
/** A line that ends a sentence or a clause (its markers and decoration taken off). */
const TERMINAL_END = /[.;][\s"”’»)\]*_†]*$/;

type Kind = 'blank' | 'note' | 'organ' | 'signal' | 'start' | 'closing' | 'annex' | 'stop' | 'other';

/** The segments of a text: one (the whole text) unless it holds several resolutions. Linear in the text's length. */
export function splitCompilation(text: string): TextSegment[] {
	const whole = [{ start: 0, end: text.length, line: 0 }];
	if (text.length === 0) {
		return whole;
	}
	// Most files are one text: fewer than two lines that may be organ lines, and nothing else is read.
	if (!mayHoldTwoOrganLines(text)) {
		return whole;
	}
	const masked = maskMarkdown(text);
	const lines = splitLines(text);
	// Every line is read for an organ line; the rest of its kind only when a walk back from an organ line reaches it.
	const kinds: (Kind | undefined)[] = lines.map((l) => (NOTE_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 30))) ? 'note' : kindHead(masked, l)));
	const kindAt = (i: number): Kind => (kinds[i] ??= kindTail(lineText(masked, lines[i])));
	const starts: number[] = [];
	let organ = -1; // the current text's organ line
	for (let i = 0; i < lines.length; i++) {
		if (kinds[i] !== 'organ') {
			continue;
		}
		const from = organ < 0 ? -1 : boundaryBefore(kindAt, lines, masked, i, Math.max(organ, starts[starts.length - 1] ?? 0));
		if (organ < 0 || from !== undefined) {
			if (from !== undefined && from > 0) {
				starts.push(from);
			}
			organ = i;
		}
	}
	if (starts.length === 0) {
		return whole;
	}
	const lineStarts = [0, ...starts];
	return lineStarts.map((l, n) => ({
		start: lines[l].start,
		end: n + 1 < lineStarts.length ? lines[lineStarts[n + 1]].start : text.length,
		line: l,
	}));
}

/**
 * What the splitter reads of one line (the line alone, masked on its own: the mask and every pattern here stay
 * inside a line): an edit inside a line that leaves this as it was leaves the split as it was, shifted
 * (parser/resplit.ts).
 */
export function lineReading(line: string): string {
	const masked = maskMarkdown(line);
	const l = { start: 0, end: line.length };
	ORGAN_WORDS.lastIndex = 0;
	const organWords = ORGAN_WORDS.test(line);
	const kind = NOTE_LINE.test(line.slice(0, 30)) ? 'note' : kindOf(masked, l);
	const t = lineText(masked, l);
	return `${organWords ? 1 : 0}${kind}${MASTHEAD.unitedNations.test(t) ? 1 : 0}${isDateLine(t) ? 1 : 0}`;
}

/** The organ lines' words, loosely (case, decoration, any comma): a cheap count before anything is read. */
const ORGAN_WORDS = new RegExp(`^[ \\t\u00a0\ufeff*_#>⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:${ORGAN_LINES.map((o) => o.re.source.replace(/^\^/, '').replace(/\\s\*\([^)]*\)\$$|\\s\*\[[^\]]*\]\?\$$/, '')).join('|')})[ \\t\\r\u00a0*_,،，⁰¹²³⁴⁵⁶⁷⁸⁹]*$`, 'gim');

function mayHoldTwoOrganLines(text: string): boolean {
	ORGAN_WORDS.lastIndex = 0;
	return ORGAN_WORDS.exec(text) !== null && ORGAN_WORDS.exec(text) !== null;
}

/**
 * The first line of a new text whose organ line is `organ`, or undefined when the organ line belongs to the
 * current text (whose own organ line is `previous`). Walks back over the heading zone to the line where the
 * previous text ended.
 */
function boundaryBefore(kindAt: (i: number) => Kind, lines: readonly Line[], masked: string, organ: number, previous: number): number | undefined {
	let signal = false;
	let first: number | undefined; // the earliest line that can open a text
	let masthead: number | undefined; // the earliest `United Nations …` line
	let seen = 0;
	let i = organ - 1;
	for (; i > previous; i--) {
		const k = kindAt(i);
		if (k === 'blank' || k === 'note') {
			continue; // a note in the heading zone (`[^1]: … becomes resolution 75/245 A.`) neither opens nor ends a text
		}
		if (k === 'annex') {
			return undefined; // a text annexed to the one before (a resolution quoted whole): part of it
		}
		if (k === 'stop' || k === 'closing' || k === 'organ' || ++seen > MAX_HEADING_LINES) {
			break;
		}
		if (k === 'signal' || k === 'start') {
			signal ||= k === 'signal';
			first = i;
			if (MASTHEAD.unitedNations.test(lineText(masked, lines[i]))) {
				masthead = i;
			}
		}
	}
	if (i <= previous || seen > MAX_HEADING_LINES || kindAt(i) === 'organ') {
		return undefined; // the previous text has no body that ended before this heading
	}
	if (signal && first !== undefined) {
		return masthead ?? first;
	}
	// An organ line right after a closing meeting line (and its date): a new text without heading.
	if (kindAt(i) === 'closing') {
		let j = i + 1;
		while (j < organ && (kindAt(j) === 'blank' || isDateLine(lineText(masked, lines[j])))) {
			j++;
		}
		for (let k = j; k < organ; k++) {
			if (kindAt(k) !== 'blank' && kindAt(k) !== 'start') {
				return undefined; // an annex heading or other text between: the organ line belongs to the text
			}
		}
		return first ?? organ;
	}
	return undefined;
}

function lineText(masked: string, line: Line): string {
	const s = trimSpan(masked, line.start, line.end);
	return masked.slice(s.start, s.end).replace(/^[#>_\s]+|[_\s]+$/g, '');
}

/** What a line can be at a text boundary. */
function kindOf(masked: string, line: Line): Kind {
	return kindHead(masked, line) ?? kindTail(lineText(masked, line));
}

/** The kinds told before the heading patterns: a long line, a blank line, an organ line. */
function kindHead(masked: string, line: Line): Kind | undefined {
	if (line.end - line.start > MAX_HEADING_LINE) {
		return 'stop';
	}
	if (blankLine(masked, line)) {
		return 'blank';
	}
	if (organAt(masked, line)) {
		return 'organ';
	}
	return undefined;
}

/** `lineText(masked, line) === ''` without a copy: every character is a blank, `#`, `>` or `_`. */
function blankLine(masked: string, line: Line): boolean {
	for (let i = line.start; i < line.end; i++) {
		const c = masked.charCodeAt(i);
		if (!(c === 35 || c === 62 || c === 95 || isSpace(c))) {
			return false;
		}
	}
	return true;
}


/** The kind of a line that is none of {@link kindHead}'s, from its text. */
function kindTail(t: string): Kind {
	if (MASTHEAD.numberedTitle.test(t) || MASTHEAD.scResolutionLine.test(t) || MASTHEAD.adoption.test(t) || SYMBOL_ONLY.test(t)
		|| (MASTHEAD.unitedNations.test(t) && /\b(?:A|S|E)\/\S*\d/.test(t))) {
		return 'signal';
	}
	if (CLOSING.test(t)) {
		return 'closing';
	}
	if (ANNEX.test(t) && t.length <= 80) {
		return 'annex';
	}
	if (NUMBERED.test(t) || SEPARATOR.test(t) || TERMINAL_END.test(t)) {
		return 'stop';
	}
	// Lines that open a heading zone without naming the text: `United Nations`, `General Assembly`, `Distr.: General`.
	if (MASTHEAD.unitedNations.test(t) || MASTHEAD.distribution.test(t) || ORGAN_NAMES.some((o) => o.re.test(t) && t.length <= 40)) {
		return 'start';
	}
	return 'other';
}
