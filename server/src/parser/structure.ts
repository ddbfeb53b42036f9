import type { Annex, ClosingLine, OperativePart, ParseProblem, PreambularParagraph } from '../model/document';
import { findDate, isDateLine } from './dates';
import { rawLabelAt, inlineLabels } from './labels';
import { ANNEX, CLOSING, LABEL_START, NUMBERED, PART_HEADING, TERMINAL } from './lexicon';
import { trimSpan } from './lines';
import type { OlderLayout } from '../model/layout';
import { meetingNumberOf } from './meetingLines';
import { readOlderLayout } from './olderLayouts';
import { organAt, type OrganFind } from './organ';
import { Outline } from './outline';
import type { Unit } from './units';

export interface Structure {
	readonly preamble: PreambularParagraph[];
	readonly operativeParts: OperativePart[];
	readonly annexes: Annex[];
	readonly closing?: ClosingLine;
	readonly problems: ParseProblem[];
	readonly layout?: OlderLayout;
}

type Zone = 'preamble' | 'operative' | 'closed' | 'annex';

/** Reads the units of the body in order into preamble, operative parts, closing line and annexes. */
export function readStructure(text: string, masked: string, units: readonly Unit[], organ: OrganFind | undefined): Structure {
	const outline = new Outline(text, masked);
	const problems: ParseProblem[] = [];
	let closing: ClosingLine | undefined;
	let zone: Zone = organ && !organ.hasComma ? 'operative' : 'preamble';
	let annexTitleOpen = false;

	for (const unit of units) {
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
		const organHere = single ? organAt(masked, { start: first.start, end: first.end }) : undefined;
		if (organHere && organ) {
			outline.close();
			zone = organHere.hasComma ? 'preamble' : 'operative';
			outline.newPart = true;
			continue;
		}
		if ((m = CLOSING.exec(lineText)) && !closing && zone !== 'annex') {
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
		const isHeading = single && lineText.length <= 150 && !TERMINAL.test(lineText)
			&& (PART_HEADING.test(lineText) || ((zone === 'operative' || zone === 'annex') && /^\p{Lu}/u.test(lineText)));
		if (isHeading) {
			outline.close();
			outline.pendingHeading = { span: first, text: lineText.trim() };
			continue;
		}
		if (zone === 'operative' && outline.open?.kind === 'operative') {
			// Unnumbered text inside the operative part (a quoted passage) belongs to the paragraph before it.
			outline.open.segments = [...outline.open.segments, ...unit.segments];
			continue;
		}
		outline.close();
		if (zone === 'closed') {
			// Vote notes and stray footnotes under the meeting line are not paragraphs.
			continue;
		}
		outline.begin(
			{ kind: zone === 'operative' ? 'operative' : 'preambular', segments: unit.segments, textStart: first.start, labels: [] },
			zone === 'annex' ? 'annexPre' : zone === 'operative' ? 'operative' : 'preamble',
		);
	}
	outline.close();
	return readOlderLayout(text, masked, { ...outline.finish(), ...(closing ? { closing } : {}), problems });
}
