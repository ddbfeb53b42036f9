import type { AdoptionLine, Body, Located, Masthead, Span, Title } from '../model/document';
import { findDate, isDateLine } from './dates';
import { MASTHEAD, ORGAN_NAMES } from './lexicon';
import type { Line } from './lines';
import { trimSpan } from './lines';

export interface Header {
	readonly masthead: Masthead;
	readonly adoption?: AdoptionLine;
	readonly title?: Title;
	/** The number of a numbered title (`75/10`) or the SC resolution line, as written. */
	readonly ownNumber?: Located<string>;
	readonly ownSCNumber?: { number: number; year: number; span: Span };
	/** Body named by the masthead. */
	readonly body?: Body;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const SYMBOL_IN_LINE = /\b(?:A|S|E)\/[A-Za-z0-9./-]{0,40}\d[A-Za-z0-9./-]{0,40}(?:\s?\(\d{4}\))?/;
/** A line that is the symbol alone: PDF text puts it on the line after `United Nations`. */
const SYMBOL_LINE = new RegExp(`^${SYMBOL_IN_LINE.source.slice(2)}$`);

/** Reads the heading zone (spec §2.1–2.3): every line before the organ line. */
export function parseHeader(text: string, masked: string, lines: readonly Line[], from: number, to: number): Header {
	const masthead: Mutable<Masthead> & { other: Located<string>[] } = { other: [] };
	let adoption: Mutable<AdoptionLine> | undefined;
	let title: Title | undefined;
	let boldTitle: Title | undefined;
	let ownNumber: Located<string> | undefined;
	let ownSCNumber: Header['ownSCNumber'];
	let body: Body | undefined;
	let afterSponsors: Span[] | undefined;
	let adoptionOpen = false;

	const located = (span: Span): Located<string> => ({ value: text.slice(span.start, span.end), span });

	for (let i = from; i < to; i++) {
		const span = trimSpan(masked, lines[i].start, lines[i].end);
		if (span.start === span.end) {
			adoptionOpen = false;
			continue;
		}
		const line = masked.slice(span.start, span.end);
		const original = text.slice(lines[i].start, lines[i].end).trim();

		if (adoptionOpen && adoption && !adoption.date && /^(?:on|le|el|the|\d)/i.test(line)) {
			// `Resolution adopted by the General Assembly` / `on 1 December 2025`
			adoption.span = { start: adoption.span.start, end: span.end };
			adoption.text = `${adoption.text} ${line}`;
			const d = findDate(masked, span.start, span.end);
			if (d) {
				adoption.date = { value: d.iso, span: { start: d.start, end: d.end } };
			}
			adoptionOpen = false;
			continue;
		}
		adoptionOpen = false;

		let m: RegExpExecArray | null;
		if (MASTHEAD.unitedNations.test(line)) {
			const s = SYMBOL_IN_LINE.exec(line);
			if (s) {
				masthead.symbol = located({ start: span.start + s.index, end: span.start + s.index + s[0].length });
			}
			continue;
		}
		if (!masthead.symbol && SYMBOL_LINE.test(line)) {
			masthead.symbol = located(span);
			continue;
		}
		if ((m = MASTHEAD.adoption.exec(line))) {
			adoption = { span, text: line };
			const d = findDate(masked, span.start, span.end);
			if (d) {
				adoption.date = { value: d.iso, span: { start: d.start, end: d.end } };
			}
			const meeting = /\b(?:at its|à sa|en su)\s+(\d{1,5})/i.exec(line);
			if (meeting) {
				const at = span.start + meeting.index + meeting[0].length - meeting[1].length;
				adoption.meeting = { value: Number(meeting[1]), span: { start: at, end: at + meeting[1].length } };
			}
			body ??= ORGAN_NAMES.find((o) => o.re.test(line))?.body;
			adoptionOpen = true;
			continue;
		}
		if (line.startsWith('[') && adoption && !adoption.reference) {
			adoption.reference = located(span);
			adoption.span = { start: adoption.span.start, end: span.end };
			continue;
		}
		if ((m = MASTHEAD.scResolutionLine.exec(line))) {
			ownSCNumber = { number: Number(m[1]), year: Number(m[2]), span };
			body ??= 'SC';
			continue;
		}
		if ((m = MASTHEAD.numberedTitle.exec(line)) && !title) {
			const numberStart = span.start + line.indexOf(m[1]);
			ownNumber = { value: m[1], span: { start: numberStart, end: numberStart + m[1].length } };
			const textStart = span.start + line.lastIndexOf(m[3]);
			title = { span, text: m[3].trim(), textSpan: { start: textStart, end: span.end } };
			continue;
		}
		const organ = ORGAN_NAMES.find((o) => new RegExp(`^(?:${o.re.source})`, 'i').test(line));
		if (organ && !masthead.organ) {
			const name = new RegExp(`^(?:${organ.re.source})`, 'i').exec(line)!;
			masthead.organ = located({ start: span.start, end: span.start + name[0].length });
			body ??= organ.body;
		}
		const distr = MASTHEAD.distribution.exec(line);
		if (distr) {
			const at = span.start + distr.index;
			masthead.distribution = located({ start: at, end: at + distr[0].length });
			continue;
		}
		if (organ && masthead.organ?.span.start === span.start) {
			continue;
		}
		if (isDateLine(line) && !masthead.date) {
			masthead.date = located(span);
			continue;
		}
		if (MASTHEAD.original.test(line)) {
			masthead.original = located(span);
			continue;
		}
		if (MASTHEAD.session.test(line) && !masthead.session) {
			masthead.session = located(span);
			continue;
		}
		if (MASTHEAD.agendaItem.test(line) && !masthead.agendaItem) {
			masthead.agendaItem = located(span);
			continue;
		}
		if (MASTHEAD.sponsors.test(line)) {
			masthead.sponsors = located(span);
			afterSponsors = [];
			continue;
		}
		if (afterSponsors && !title) {
			afterSponsors.push(span);
			continue;
		}
		if (!boldTitle && original.startsWith('**')) {
			// A bold block: runs to the line that closes the emphasis.
			let end = span.end;
			let j = i;
			while (!text.slice(lines[j].start, lines[j].end).trimEnd().endsWith('**') && j + 1 < to) {
				j++;
				end = trimSpan(text, lines[j].start, lines[j].end).end;
			}
			const whole = { start: span.start, end };
			const inner = trimSpan(masked, whole.start, whole.end);
			boldTitle = { span: whole, text: masked.slice(inner.start, inner.end).replace(/\s+/g, ' '), textSpan: inner };
			i = j;
			continue;
		}
		masthead.other.push(located(span));
	}
	if (!title && afterSponsors && afterSponsors.length > 0) {
		const whole = { start: afterSponsors[0].start, end: afterSponsors[afterSponsors.length - 1].end };
		title = { span: whole, text: masked.slice(whole.start, whole.end).replace(/\s+/g, ' ').trim(), textSpan: whole };
	}
	return { masthead, adoption, title: title ?? boldTitle, ownNumber, ownSCNumber, body };
}
