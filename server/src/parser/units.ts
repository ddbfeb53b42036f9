import type { Span } from '../model/document';
import { LineRole } from './footnotes';
import { ANNEX, CLOSING, LABEL_START, NUMBERED, PART_HEADING, TERMINAL } from './lexicon';
import { trimmedEnd, trimmedStart, type Line } from './lines';
import { organBetween } from './organ';

/** A run of lines that forms one paragraph, sub-paragraph, heading or closing line. */
export interface Unit {
	segments: Span[];
	firstLine: number;
}

/** A hard-wrapped line joins the segment before it (segments are the parser's own objects until it returns). */
function extendLast(u: Unit, end: number): void {
	(u.segments[u.segments.length - 1] as { end: number }).end = end;
}

/**
 * Groups the body's lines into units: paragraphs are blank-line blocks; hard-wrapped lines join;
 * a page break (footnote block, furniture) does not end a paragraph.
 */
export function groupUnits(masked: string, lines: readonly Line[], roles: Uint8Array, noise: Uint8Array, from: number): Unit[] {
	const units: Unit[] = [];
	let current: Unit | undefined;
	let gap = false;
	let afterAnnexLine = false;
	// `… options: (a) Approval;` / `(b) Approval subject …`: a hard-wrapped inline list goes on at line start.
	const continuesInlineList = (u: Unit, line: string): boolean => {
		if (!LABEL_START.test(line)) {
			return false;
		}
		const last = u.segments[u.segments.length - 1];
		const tail = masked.slice(Math.max(last.start, last.end - 2000), last.end);
		return /[:][ \t\u00a0]*\(?[a-z]\)[ \t\u00a0]/.test(tail) && /;[\s"”’»)]*$/.test(tail);
	};
	const endsTerminal = (u: Unit) => TERMINAL.test(masked.slice(Math.max(u.segments[u.segments.length - 1].start, u.segments[u.segments.length - 1].end - 12), u.segments[u.segments.length - 1].end));
	// A page break (running head, page number, job number) inside the gap: the paragraph may go on after it.
	let pageBreak = false;
	for (let i = from; i < lines.length; i++) {
		if (roles[i] !== LineRole.Text || noise[i]) {
			gap = true;
			pageBreak ||= noise[i] === 1;
			continue;
		}
		// Numbers first: most lines only extend the segment before them, and need no object of their own.
		const spanStart = trimmedStart(masked, lines[i].start, lines[i].end);
		const spanEnd = trimmedEnd(masked, spanStart, lines[i].end);
		if (spanStart === spanEnd) {
			gap = true;
			continue;
		}
		const t = masked.slice(spanStart, Math.min(spanEnd, spanStart + 80));
		const annexLine = ANNEX.test(t) && spanEnd - spanStart < 250 && !TERMINAL.test(t);
		const structural = NUMBERED.test(t) || LABEL_START.test(t) || CLOSING.test(t) || annexLine || organBetween(masked, spanStart, spanEnd) !== undefined
			|| (spanEnd - spanStart <= 150 && HEADING_LINE.test(masked.slice(spanStart, spanEnd)));
		if (!current || afterAnnexLine) {
			current = { segments: [{ start: spanStart, end: spanEnd }], firstLine: i };
			units.push(current);
		} else if (annexLine && !endsTerminal(current) && !gap) {
			// `Annex A to this resolution and …` inside a hard-wrapped sentence is no heading.
			extendLast(current, spanEnd);
		} else if (annexLine) {
			current = { segments: [{ start: spanStart, end: spanEnd }], firstLine: i };
			units.push(current);
		} else if (!gap) {
			// Headings one under the other (`III. Authorization` / `A. Process and timing`) are units of their own.
			const headingUnder = !NUMBERED.test(t) && spanEnd - spanStart <= 150 && HEADING_LINE.test(masked.slice(spanStart, spanEnd))
				&& (isHeadingLine(masked, current) || endsWithBraceLabel(masked, current));
			if (structural && (endsTerminal(current) || headingUnder || (NUMBERED.test(t) && isHeadingLine(masked, current))) && !continuesInlineList(current, t)) {
				current = { segments: [{ start: spanStart, end: spanEnd }], firstLine: i };
				units.push(current);
			} else {
				extendLast(current, spanEnd);
			}
		} else if (!structural && (/^\p{Ll}/u.test(t) ? !endsTerminal(current) || (pageBreak && goesOnAfterBreak(masked, current, t)) : pageBreak && /^\d/.test(t) && goesOnAfterBreak(masked, current, t))) {
			// After a page break a line that opens with a small letter or a digit goes on (`1979 (2011) …,` / `2044 (2012) …`).
			current.segments.push({ start: spanStart, end: spanEnd });
		} else if (!structural && pageBreak && !endsTerminal(current) && !endsWithCall(masked, current) && !isHeadingLine(masked, current) && !PART_HEADING.test(t) && !ITEM_START.test(t)) {
			// `… Convention on the Law of the` / (page break) / `Sea of 10 December 1982 …`: a sentence cut by the page.
			current.segments.push({ start: spanStart, end: spanEnd });
		} else {
			current = { segments: [{ start: spanStart, end: spanEnd }], firstLine: i };
			units.push(current);
		}
		gap = false;
		pageBreak = false;
		// The annex heading stands alone: its title on the next line is a unit of its own.
		afterAnnexLine = annexLine && current.segments.length === 1 && current.segments[0].start === spanStart;
	}
	return units;
}

/**
 * An item of a list or table opening its line (`b.4. Direct …`, `(3) 3.3: Orbital …`, `6.A.8.a: All …`, `1. The …`):
 * never the rest of a sentence cut by a page break.
 */
const ITEM_START = /^(?:\(\w{1,4}\)|\w{1,4}\)[ \t]|\d{1,3}\.(?:\s|$)|(?=[\w.]*\d)\w{1,3}(?:\.\w{1,3})+(?:[.:]{1,2}(?:\s|$)|[ \t]+\p{Lu}))/u;

/**
 * A line after a page break goes on with the unit before it when that unit does not end a sentence (a full stop
 * ends it; a comma or semicolon may stand before `1973 (2011) …` or `and …`) and the line is no list item.
 */
function goesOnAfterBreak(masked: string, u: Unit, t: string): boolean {
	const last = u.segments[u.segments.length - 1];
	return !/[.!?][\s"”’»)\]*_]*$/.test(masked.slice(Math.max(last.start, last.end - 12), last.end)) && !ITEM_START.test(t);
}

/** `… for the Decade 2024–2034,19`: a paragraph's end with its note call glued on (raw PDF text). */
function endsWithCall(masked: string, u: Unit): boolean {
	const last = u.segments[u.segments.length - 1];
	return /[.;:,!?]["”’»)]*\s?\d{1,3}$/.test(masked.slice(Math.max(last.start, last.end - 12), last.end));
}

/** `II. Further guidance`, `B. Remediation of inconsistencies`: a heading line of a text written without blank lines. */
const HEADING_LINE = /^(?:[A-Z]|[IVXL]{1,6})\.[ \t]+\p{Lu}[^.;:]*$/u;

/** `65. Option 2: {No text required}`: a negotiation label in braces ends its line, and what it stands for. */
function endsWithBraceLabel(masked: string, u: Unit): boolean {
	const last = u.segments[u.segments.length - 1];
	return /\{[^{}\n]{1,80}\}$/.test(masked.slice(Math.max(last.start, last.end - 90), last.end));
}

/** `A. Flagging of inconsistencies` (headings only, no blank line after them): a numbered paragraph right under it starts a unit of its own. */
function isHeadingLine(masked: string, u: Unit): boolean {
	if (u.segments.length !== 1) {
		return false;
	}
	const t = masked.slice(u.segments[0].start, u.segments[0].end);
	// `III. Authorization` / `A. Process and timing`: headings one under the other.
	return t.length <= 300 && t.split('\n').every((line) => HEADING_LINE.test(line.trim()));
}
