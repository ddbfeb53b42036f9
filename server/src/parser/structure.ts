import type { Annex, ClosingLine, OperativePart, ParseProblem, PreambularParagraph } from '../model/document';
import { findDate, isDateLine } from './dates';
import { rawLabelAt, inlineLabels } from './labels';
import { ANNEX, CLOSING, LABEL_START, NUMBERED, PART_HEADING, TERMINAL } from './lexicon';
import { trimSpan } from './lines';
import type { OlderLayout } from '../model/layout';
import { meetingNumberOf } from './meetingLines';
import { isEnactingText, readOlderLayout } from './olderLayouts';
import { organAt, type OrganFind } from './organ';
import { Outline } from './outline';
import { introduces, labelNext, listItem, nextNumber, numberedNext, paragraphNext, titleNext } from './structureCues';
import type { Unit } from './units';

export interface Structure {
	readonly preamble: PreambularParagraph[];
	readonly operativeParts: OperativePart[];
	readonly annexes: Annex[];
	readonly closing?: ClosingLine;
	readonly problems: ParseProblem[];
	readonly layout?: OlderLayout;
}

/** A sentence opening with a participle (`Convaincue qu’une coopération …`, six words or more, no colon): a preambular paragraph without its comma, not a heading (`Peacebuilding Commission`, `Taking stock: …`). */
const PARTICIPLE = /^\p{L}+(?:ing|ed|ant|ée?s?|ues?|euses?|entes?|ando|endo|iendo|ad[ao]s?|id[ao]s?)(?!\p{L})(?:\s+[^\s:]+){5}/iu;

/** A present participle first (`Noting`, `Notant`, `Observando`, `Teniendo`). */
const PRESENT_PARTICIPLE = /^\p{L}+(?:ing|ant|ando|endo|iendo)(?!\p{L})/iu;

/** A document symbol alone on its line (`A/C.2/80/L.50`): a PDF text's running head, not a heading. */
const SYMBOL_LINE = /^\s*[A-Z]{1,5}\/\S+\s*$/;
/** A numbered section title (`VII. Revised estimates resulting from … decision OS/14/101, adopted by …`): budget sections' titles run to 350 characters. */
const PART_HEADING_MAX = 400;

export type Zone = 'preamble' | 'operative' | 'closed' | 'annex';

/** An item numbered in decimals (`1.1. Raise awareness …`). */
const DECIMAL = /^[\s*_]*\d{1,2}\.\d{1,2}\.?[ \t\u00a0]/;

/** A line that opens a quotation. */
const QUOTE_OPENS = /^[\s*_]*[“«"„]/;

/**
 * Reads the units of the body in order into preamble, operative parts, closing line and annexes. `from`: the zone
 * the first unit is read in, for a window of units inside the body (parser/splice.ts; an annex one opens a blank annex).
 */
export function readStructure(text: string, masked: string, units: readonly Unit[], organ: OrganFind | undefined, from?: 'preamble' | 'operative' | 'annex'): Structure {
	const outline = new Outline(text, masked);
	if (from === 'annex') {
		outline.addAnnex({ heading: { value: '', span: { start: 0, end: 0 } }, span: { start: 0, end: 0 }, paragraphs: [], parts: [] });
	}
	const problems: ParseProblem[] = [];
	let closing: ClosingLine | undefined;
	let zone: Zone = from ?? (organ && !organ.hasComma ? 'operative' : 'preamble');
	let annexTitleOpen = false;
	// A numbered list a paragraph introduces (`11. Approves the following provisional agenda …:` / `1. Opening …`):
	// the number its next item takes, and the number the next paragraph would take.
	let list: { next: number; paragraph: number } | undefined;

	for (const [index, unit] of units.entries()) {
		const first = unit.segments[0];
		const lineText = masked.slice(first.start, Math.min(first.end, first.start + 300));
		const single = unit.segments.length === 1 && !masked.slice(first.start, first.end).includes('\n');
		const unitEnd = unit.segments[unit.segments.length - 1].end;
		let m: RegExpExecArray | null;

		if (zone === 'closed' && closing && !closing.date && single && isDateLine(lineText)) {
			// `28th plenary meeting` / (blank line) / `4 November 2025`
			const date = findDate(masked, first.start, unitEnd);
			if (date) {
				closing = { ...closing, span: { start: closing.span.start, end: unitEnd }, date: { value: date.iso, span: { start: date.start, end: date.end } } };
			}
			continue;
		}
		if (!closing && zone !== 'annex' && single && index === units.length - 1 && isDateLine(lineText) && (outline.preamble.length > 0 || outline.open)) {
			// A text adopted without a meeting (silence procedure) closes with its date alone: the date is the closing line.
			const date = findDate(masked, first.start, unitEnd);
			if (date) {
				loneOperative(outline, masked, zone);
				outline.close();
				const span = { start: date.start, end: date.end };
				closing = { span: { start: first.start, end: unitEnd }, meeting: { value: text.slice(date.start, date.end), span }, date: { value: date.iso, span } };
				zone = 'closed';
				continue;
			}
		}
		const organHere = single ? organAt(masked, { start: first.start, end: first.end }) : undefined;
		if (organHere && organ) {
			outline.close();
			zone = organHere.hasComma ? 'preamble' : 'operative';
			outline.newPart = true;
			continue;
		}
		if ((m = CLOSING.exec(lineText)) && !closing && zone !== 'annex') {
			loneOperative(outline, masked, zone);
			outline.close();
			const meetingEnd = first.start + m[0].length;
			const date = findDate(masked, first.start, unitEnd);
			closing = {
				span: { start: first.start, end: unitEnd },
				meeting: { value: text.slice(first.start, meetingEnd), span: { start: first.start, end: meetingEnd } },
				...(meetingNumberOf(m[1]) !== undefined ? { meetingNumber: meetingNumberOf(m[1]) } : {}),
				...(date ? { date: { value: date.iso, span: { start: date.start, end: date.end } } } : {}),
			};
			zone = 'closed';
			continue;
		}
		if (single && (m = ANNEX.exec(lineText)) && lineText.length < 250 && !/[;,]$/.test(lineText)) {
			outline.close();
			const headingEnd = first.start + m[0].length - m[3].length;
			const heading = trimSpan(text, first.start, headingEnd);
			outline.addAnnex({
				heading: { value: text.slice(heading.start, heading.end), span: heading },
				...(m[3].trim() ? { title: m[3].trim() } : {}),
				span: { start: first.start, end: unitEnd },
				paragraphs: [],
				parts: [],
			});
			zone = 'annex';
			annexTitleOpen = !m[3].trim();
			continue;
		}
		if (annexTitleOpen) {
			annexTitleOpen = false;
			// `Annex` / `Principles on digital privacy`: the line under the heading is the annex's title.
			if (single && !TERMINAL.test(lineText) && !PART_HEADING.test(lineText) && !NUMBERED.test(lineText) && /^\p{Lu}/u.test(lineText)) {
				const annex = outline.annexes[outline.annexes.length - 1];
				annex.title = lineText.trim();
				annex.span = { start: annex.span.start, end: unitEnd };
				continue;
			}
		}
		if ((m = NUMBERED.exec(lineText))) {
			const n = Number(m[1]);
			list = listItem(outline, masked, list, n, () => nextNumber(masked, units, index));
			if (list) {
				// An item of the list is a line of the paragraph that introduces it, as the agenda of A/RES/78/223 is.
				outline.open!.segments = [...outline.open!.segments, ...unit.segments];
				continue;
			}
			outline.close();
			if (zone === 'preamble') {
				zone = 'operative';
			}
			if (zone === 'closed') {
				problems.push({ span: first, message: 'Numbered paragraph after the closing meeting line' });
				zone = 'operative';
			}
			const digits = { start: first.start + m.index, end: first.start + m.index + m[1].length };
			let tokenEnd = digits.end + 1;
			while (text[tokenEnd] === '*' || text[tokenEnd] === '_') {
				tokenEnd++;
			}
			let tokenStart = digits.start;
			while (tokenStart > first.start && (text[tokenStart - 1] === '*' || text[tokenStart - 1] === '_')) {
				tokenStart--;
			}
			outline.begin({
				kind: 'operative',
				segments: unit.segments,
				number: { value: Number(m[1]), span: digits },
				numberToken: { start: tokenStart, end: tokenEnd },
				textStart: tokenEnd,
				labels: [],
			}, zone === 'annex' ? 'annexOp' : 'operative');
			continue;
		}
		const label = LABEL_START.test(lineText) ? rawLabelAt(masked, first.start, false) : undefined;
		if (label) {
			label.end = unitEnd;
			const open = outline.open;
			if (open) {
				open.labels.push(label);
				for (const s of unit.segments) {
					const inner = inlineLabels(masked, s === first ? label.span.end : s.start, s.end);
					open.labels.push(...inner);
				}
			} else {
				problems.push({ span: label.span, message: `Sub-paragraph ${label.text} has no paragraph to belong to` });
			}
			continue;
		}
		if (outline.open && zone !== 'closed' && QUOTE_OPENS.test(lineText) && /:[\s*_]*$/.test(masked.slice(Math.max(0, outline.open.segments[outline.open.segments.length - 1].end - 8), outline.open.segments[outline.open.segments.length - 1].end)) && outline.open.labels.length === 0) {
			// `… on the following question:` / `“Having particular regard to …,`: the quotation the colon opens is the
			// paragraph's own (A/RES/77/276), in the preamble's zone as in the operative one.
			outline.open.segments = [...outline.open.segments, ...unit.segments];
			continue;
		}
		// `I` / `Conditions of service …`: the title under a bare part number completes its heading.
		const numeral = !outline.open && outline.pendingHeading && /^(?:[A-Z]|[IVXL]{1,6})$/.test(outline.pendingHeading.text) ? outline.pendingHeading : undefined;
		// A budget section's title runs long (`VII. Revised estimates resulting from resolutions and decisions adopted by …`,
		// 250 to 320 characters, A/RES/75/253): a part heading is read on its whole line, up to 400 characters.
		const headingText = single && first.end - first.start > 300 && first.end - first.start <= 400 ? masked.slice(first.start, first.end) : lineText;
		const isHeading = single && !TERMINAL.test(headingText)
			&& ((PART_HEADING.test(headingText) && headingText.length <= PART_HEADING_MAX) || (lineText.length <= 200 && /^\p{Lu}/u.test(lineText) && ((zone === 'operative' && !introduces(outline, masked)) || zone === 'annex' || (zone === 'preamble' && (!!numeral || (numberedNext(masked, units[index + 1]) && !PARTICIPLE.test(lineText) && !SYMBOL_LINE.test(lineText)))))));
		const stacked = !single && zone === 'preamble' ? stackedHeading(masked, unit, units[index + 1]) : undefined;
		if (stacked) {
			// A PDF text's `I` / `Achieving sustainable fisheries` in one block before paragraph 1: the same heading as on one line.
			loneOperative(outline, masked, zone);
			outline.close();
			outline.pendingHeading = { span: first, text: stacked };
			continue;
		}
		const wrapped = numeral && !single ? wrappedTitle(masked, unit, units[index + 1]) : undefined;
		if (numeral && wrapped) {
			// `III` / `Enhancing integrated global management, leveraging technology and` / `measuring …`: a PDF title wraps.
			outline.pendingHeading = { span: { start: numeral.span.start, end: unitEnd }, text: `${numeral.text}. ${wrapped}` };
			continue;
		}
		if (isHeading) {
			if (numeral && !PART_HEADING.test(lineText)) {
				outline.pendingHeading = { span: { start: numeral.span.start, end: first.end }, text: `${numeral.text}. ${lineText.trim()}` };
				continue;
			}
			loneOperative(outline, masked, zone);
			outline.close();
			outline.pendingHeading = { span: first, text: headingText.trim() };
			continue;
		}
		const sectionEnd = masked.slice(unit.segments[unit.segments.length - 1].start, unitEnd);
		// Inside a section's preamble, or before another of its paragraphs, a paragraph opening with a participle is
		// preambular even when it ends with `;` or `.` (A/RES/77/256 B S `Reconociendo … de la Comisión;`, 79/258 S
		// `Habiendo examinado … Consultiva.`, 75/245 F `Rappelant … ;` then `Approuve …`): preambular-punctuation says so.
		const sectionPreambular = /,[\s"”’»)\]*_]*$/.test(sectionEnd)
			|| (/[;.][\s"”’»)\]*_]*$/.test(sectionEnd) && PARTICIPLE.test(lineText.trimStart()) && (outline.open?.kind === 'preambular' || paragraphNext(masked, units[index + 1])))
			// `Noting with satisfaction:` then its points (a), (b) (E/RES/2023/5, part B).
			|| (/:[\s"”’»)\]*_]*$/.test(sectionEnd) && PRESENT_PARTICIPLE.test(lineText.trimStart()) && labelNext(masked, units[index + 1]));
		if (zone === 'operative' && outline.pendingHeading && (outline.open?.kind ?? 'preambular') === 'preambular' && sectionPreambular) {
			// A section with a preamble of its own (`B` / `Recalling …,` / `1. …`): its preambular paragraphs join
			// the preamble, as those of a component resolution under its own organ line do.
			outline.close();
			outline.begin({ kind: 'preambular', segments: unit.segments, textStart: first.start, labels: [] }, 'preamble');
			continue;
		}
		if (zone === 'operative' && outline.open?.kind === 'operative' && !DECIMAL.test(lineText)) {
			// Unnumbered text inside the operative part (a quoted passage) belongs to the paragraph before it; an item
			// numbered `1.1.` of an adopted text (A/RES/76/3) is a paragraph of its own.
			outline.open.segments = [...outline.open.segments, ...unit.segments];
			continue;
		}
		outline.close();
		if (zone === 'closed') {
			// Vote notes and stray footnotes under the meeting line are not paragraphs.
			continue;
		}
		if (zone === 'preamble' && single && isEnactingText(lineText) && titleNext(masked, units[index + 1])) {
			// `Adopts the following document:` over the adopted text's title (A/RES/76/3): the operative part begins;
			// the titles under it are headings, its first numbered paragraph is the text's paragraph 1.
			zone = 'operative';
		}
		outline.begin(
			{ kind: zone === 'operative' ? 'operative' : 'preambular', segments: unit.segments, textStart: first.start, labels: [] },
			zone === 'annex' ? 'annexPre' : zone === 'operative' ? 'operative' : 'preamble',
		);
	}
	outline.close();
	return readOlderLayout(text, masked, { ...outline.finish(), ...(closing ? { closing } : {}), problems });
}

/** A part number over its title in one block (`I` / `Achieving sustainable fisheries`) right before paragraph 1: the heading's text. */
function stackedHeading(masked: string, unit: Unit, next: Unit | undefined): string | undefined {
	const first = unit.segments[0];
	const lines = masked.slice(first.start, first.end).split('\n').map((l) => l.trim());
	if (unit.segments.length !== 1 || lines.length !== 2 || !/^(?:[A-Z]|[IVXL]{1,6})$/.test(lines[0])) {
		return undefined;
	}
	const title = lines[1];
	const isTitle = title.length <= 200 && /^\p{Lu}/u.test(title) && !TERMINAL.test(title) && !PARTICIPLE.test(title);
	return isTitle && numberedNext(masked, next) ? `${lines[0]}. ${title}` : undefined;
}

/** The title under a bare part number, wrapped on a few lines without punctuation at their ends, right before a numbered paragraph. */
function wrappedTitle(masked: string, unit: Unit, next: Unit | undefined): string | undefined {
	const first = unit.segments[0];
	if (unit.segments.length !== 1 || first.end - first.start > 300 || !numberedNext(masked, next)) {
		return undefined;
	}
	const lines = masked.slice(first.start, first.end).split('\n').map((l) => l.trim());
	const ok = lines.length <= 4 && /^\p{Lu}/u.test(lines[0]) && lines.every((l) => l !== '' && !TERMINAL.test(l) && !NUMBERED.test(l) && !LABEL_START.test(l));
	return ok ? lines.join(' ') : undefined;
}

/**
 * A part of a composite text whose only operative paragraph is unnumbered (`A` / preamble / `Urges … :` (a) … (b) …
 * `.` / `B`): at the next part or the meeting line, the paragraph ending with a full stop is that part's operative one.
 */
function loneOperative(outline: Outline, masked: string, zone: string): void {
	const open = outline.open;
	if (zone !== 'preamble' || !outline.pendingHeading || open?.kind !== 'preambular') {
		return;
	}
	const end = open.labels.reduce((e, l) => Math.max(e, l.end), open.segments[open.segments.length - 1].end);
	if (/\.[\s"”’»)\]*_]*$/.test(masked.slice(Math.max(0, end - 12), end))) {
		outline.asOperative();
	}
}
