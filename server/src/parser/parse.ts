import type {
	Annex, Body, ClosingLine, Footnote, FootnoteMarker, Heading, Lang, Located, OperativeParagraph, OperativePart,
	OrganLine, ParseProblem, PreambularParagraph, ResolutionDocument, Span, SubParagraph,
} from '../model/document';
import { attachNegotiation } from '../negotiation/attach';
import { scanNegotiation } from '../negotiation/scan';
import { scanCitations, symbolOf } from './citations';
import { findDate, isDateLine } from './dates';
import { LineRole, scanFootnoteTexts, scanPlainMarkers, scanSymbolMarkers } from './footnotes';
import { parseHeader } from './header';
import { inlineLabels, nestLabels, rawLabelAt, type RawLabel } from './labels';
import { detectLanguage } from './language';
import { readLead } from './lead';
import { ANNEX, CLOSING, NOISE_LINE, ORGAN_LINES } from './lexicon';
import { splitLines, trimmedEnd, trimmedStart, trimSpan, type Line } from './lines';
import { blankSpans, maskMarkdown, rememberMask } from './mask';

export interface ParseOptions {
	/** Forces the language instead of detecting it. */
	readonly lang?: Lang;
	/** Reads the text as it is, without looking for a negotiation layer (labels, brackets, options). */
	readonly plain?: boolean;
}

const NUMBERED = /^(\d{1,3})\.(?=[ \t\u00a0])/;
const LABEL_START = /^(?:\((?:[a-z]{1,3}|[ivxlc]{1,6})\)|(?:[a-z]{1,3}|[ivxlc]{1,6})\)|(?:[a-z]|[ivxlc]{1,6})\.)[ \t\u00a0]/;
const TERMINAL = /[.;:,!?][\s"”’»)\]*_]*$/;
const PART_HEADING = /^(?:[A-Z]|[IVXL]{1,6})(?:\.\s.*)?$/;
const PREAMBLE_START = /^(?:[A-Z][a-z]+(?:ing|ed)|[A-ZÉ][a-zéèêàç]+(?:ant|ée?s?)|[A-Z][a-záéíóú]+(?:ando|endo|iendo|ada|ado|ida|ido))\b.*,$/;

/** A run of lines that forms one paragraph, sub-paragraph, heading or closing line. */
interface Unit {
	segments: Span[];
	firstLine: number;
}

function organAt(masked: string, line: Line): { body: Body; lang: Lang; hasComma: boolean; span: Span } | undefined {
	// An organ line is short: most lines are ruled out by their length before any copy is made.
	if (line.end - line.start > 200) {
		return undefined;
	}
	const start = trimmedStart(masked, line.start, line.end);
	return organBetween(masked, start, trimmedEnd(masked, start, line.end));
}

/** The organ line in `[start, end)`, already trimmed. */
function organBetween(masked: string, start: number, end: number): { body: Body; lang: Lang; hasComma: boolean; span: Span } | undefined {
	if (end - start > 60) {
		return undefined;
	}
	const t = masked.slice(start, end);
	for (const o of ORGAN_LINES) {
		if (o.re.test(t)) {
			return { body: o.body, lang: o.lang, hasComma: /[,،，]$/.test(t), span: { start, end } };
		}
	}
	return undefined;
}

/** A hard-wrapped line joins the segment before it (segments are the parser's own objects until it returns). */
function extendLast(u: Unit, end: number): void {
	(u.segments[u.segments.length - 1] as { end: number }).end = end;
}

/** Parses a resolution draft in any of the three input styles into the document model. Never throws. */
export function parse(text: string, options: ParseOptions = {}): ResolutionDocument {
	// A text under negotiation is parsed through its view (same offsets), then gets its labels and brackets back.
	const negotiation = options.plain ? undefined : scanNegotiation(text);
	if (negotiation) {
		return attachNegotiation(parse(negotiation.view, { ...options, plain: true }), negotiation);
	}
	const lines = splitLines(text);
	const notes = scanFootnoteTexts(text, lines);
	const roles = notes.roles;
	const masked0 = maskMarkdown(text);

	// The organ line divides the heading zone from the body.
	let organIndex = -1;
	let organ: ReturnType<typeof organAt>;
	for (let i = 0; i < lines.length && organIndex < 0; i++) {
		if (roles[i] === LineRole.Text && (organ = organAt(masked0, lines[i]))) {
			organIndex = i;
		}
	}
	let bodyFrom = organIndex + 1;
	if (organIndex < 0) {
		bodyFrom = 0;
		for (let i = 0; i < lines.length; i++) {
			const t = masked0.slice(lines[i].start, lines[i].end).trim();
			if (roles[i] === LineRole.Text && (NUMBERED.test(t) || PREAMBLE_START.test(t))) {
				bodyFrom = i;
				break;
			}
		}
	}
	const headerEnd = organIndex >= 0 ? organIndex : bodyFrom;
	const header = parseHeader(text, masked0, lines, 0, headerEnd);
	const body: Body | undefined = organ?.body ?? header.body;

	// Page furniture of PDF text: job numbers, page numbers, the running header repeating the symbol.
	const runningHeader = header.masthead.symbol?.value.replace(/\s+/g, ' ');
	const noise = new Uint8Array(lines.length);
	const noiseSpans: Span[] = [];
	for (let i = bodyFrom; i < lines.length; i++) {
		if (roles[i] !== LineRole.Text) {
			continue;
		}
		const start = trimmedStart(masked0, lines[i].start, lines[i].end);
		const end = trimmedEnd(masked0, start, lines[i].end);
		if (end - start > 80) {
			continue; // page furniture is short
		}
		const raw = masked0.slice(start, end);
		// Runs of blanks collapse to one space, for the comparison; most lines have none to collapse.
		const t = /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
		if (NOISE_LINE.test(t) || (runningHeader !== undefined && t === runningHeader)) {
			noise[i] = 1;
			noiseSpans.push({ start, end });
		}
	}

	// Footnote markers: symbols anywhere, plain digits only where a footnote block gives their numbers.
	const textRegions: Span[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (roles[i] === LineRole.Text && !noise[i]) {
			textRegions.push({ start: lines[i].start, end: lines[i].end });
		}
	}
	const markerFinds = scanSymbolMarkers(text, textRegions);
	const plainTexts = notes.texts.filter((t) => t.style === 'plain');
	if (plainTexts.length > 0) {
		const from = header.title?.span.start ?? lines[headerEnd]?.start ?? 0;
		const regions = textRegions.filter((r) => r.end > from);
		markerFinds.push(...scanPlainMarkers(masked0, regions, plainTexts.map((t) => t.label)));
		markerFinds.sort((a, b) => a.span.start - b.span.start);
	}
	const masked = blankSpans(masked0, [...noiseSpans, ...markerFinds.map((f) => f.span)]);

	// Units: paragraphs are blank-line blocks; hard-wrapped lines join; a page break does not end a paragraph.
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
	for (let i = bodyFrom; i < lines.length; i++) {
		if (roles[i] !== LineRole.Text || noise[i]) {
			gap = true;
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
		const structural = NUMBERED.test(t) || LABEL_START.test(t) || CLOSING.test(t) || annexLine || organBetween(masked, spanStart, spanEnd) !== undefined;
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
			if (structural && endsTerminal(current) && !continuesInlineList(current, t)) {
				current = { segments: [{ start: spanStart, end: spanEnd }], firstLine: i };
				units.push(current);
			} else {
				extendLast(current, spanEnd);
			}
		} else if (!structural && /^\p{Ll}/u.test(t) && !endsTerminal(current)) {
			current.segments.push({ start: spanStart, end: spanEnd });
		} else {
			current = { segments: [{ start: spanStart, end: spanEnd }], firstLine: i };
			units.push(current);
		}
		gap = false;
		// The annex heading stands alone: its title on the next line is a unit of its own.
		afterAnnexLine = annexLine && current.segments.length === 1 && current.segments[0].start === spanStart;
	}

	// Structure: preamble, operative parts, closing, annexes.
	const preamble: PreambularParagraph[] = [];
	const parts: { heading?: Heading; paragraphs: OperativeParagraph[] }[] = [];
	const annexes: { heading: Located<string>; title?: string; span: Span; paragraphs: PreambularParagraph[]; parts: { heading?: Heading; paragraphs: OperativeParagraph[] }[] }[] = [];
	const problems: ParseProblem[] = [];
	let closing: ClosingLine | undefined;
	let zone: 'preamble' | 'operative' | 'closed' | 'annex' = organ && !organ.hasComma ? 'operative' : 'preamble';
	let pendingHeading: Heading | undefined;
	let newPart = false;
	let annexTitleOpen = false;
	type Open = { kind: 'preambular' | 'operative'; segments: Span[]; number?: Located<number>; numberToken?: Span; textStart: number; labels: RawLabel[] };
	let open: Open | undefined;
	let openTarget: 'preamble' | 'operative' | 'annexPre' | 'annexOp' | undefined;

	const flush = () => {
		if (!open || !openTarget) {
			return;
		}
		const o = open;
		open = undefined;
		const first = o.segments[0];
		const last = o.segments[o.segments.length - 1];
		const inline = o.segments.flatMap((s, i) => inlineLabels(masked, i === 0 ? o.textStart : s.start, s.end));
		const subParagraphs: SubParagraph[] = nestLabels(text, [...inline, ...o.labels]);
		const end = subParagraphs.reduce((e, sp) => Math.max(e, sp.span.end), last.end);
		const lead = readLead(text, o.textStart, first.end);
		const base = { span: { start: first.start, end }, segments: o.segments, subParagraphs, ...(lead ? { lead } : {}) };
		const pushOperative = (list: { heading?: Heading; paragraphs: OperativeParagraph[] }[]) => {
			if (list.length === 0 || newPart || pendingHeading) {
				list.push({ ...(pendingHeading ? { heading: pendingHeading } : {}), paragraphs: [] });
				pendingHeading = undefined;
				newPart = false;
			}
			list[list.length - 1].paragraphs.push({ kind: 'operative', ...base, ...(o.number ? { number: o.number, numberToken: o.numberToken } : {}) });
		};
		switch (openTarget) {
			case 'preamble':
				preamble.push({ kind: 'preambular', ...base });
				break;
			case 'operative':
				pushOperative(parts);
				break;
			case 'annexPre':
				annexes[annexes.length - 1].paragraphs.push({ kind: 'preambular', ...base });
				break;
			case 'annexOp':
				pushOperative(annexes[annexes.length - 1].parts);
				break;
		}
	};

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
		if (organHere && organIndex >= 0) {
			flush();
			zone = organHere.hasComma ? 'preamble' : 'operative';
			newPart = true;
			continue;
		}
		if ((m = CLOSING.exec(lineText)) && !closing && zone !== 'annex') {
			flush();
			const meetingEnd = first.start + m[0].length;
			const date = findDate(masked, first.start, unitEnd);
			closing = {
				span: { start: first.start, end: unitEnd },
				meeting: { value: text.slice(first.start, meetingEnd), span: { start: first.start, end: meetingEnd } },
				meetingNumber: Number(m[1]),
				...(date ? { date: { value: date.iso, span: { start: date.start, end: date.end } } } : {}),
			};
			zone = 'closed';
			continue;
		}
		if (single && (m = ANNEX.exec(lineText)) && lineText.length < 250 && !/[;,]$/.test(lineText)) {
			flush();
			const headingEnd = first.start + m[0].length - m[3].length;
			const heading = trimSpan(text, first.start, headingEnd);
			annexes.push({
				heading: { value: text.slice(heading.start, heading.end), span: heading },
				...(m[3].trim() ? { title: m[3].trim() } : {}),
				span: { start: first.start, end: unitEnd },
				paragraphs: [],
				parts: [],
			});
			zone = 'annex';
			pendingHeading = undefined;
			newPart = false;
			annexTitleOpen = !m[3].trim();
			continue;
		}
		if (annexTitleOpen) {
			annexTitleOpen = false;
			// `Annex` / `Principles on digital privacy`: the line under the heading is the annex's title.
			if (single && !TERMINAL.test(lineText) && !PART_HEADING.test(lineText) && !NUMBERED.test(lineText) && /^\p{Lu}/u.test(lineText)) {
				const annex = annexes[annexes.length - 1];
				annex.title = lineText.trim();
				annex.span = { start: annex.span.start, end: unitEnd };
				continue;
			}
		}
		if ((m = NUMBERED.exec(lineText))) {
			flush();
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
			open = {
				kind: 'operative',
				segments: unit.segments,
				number: { value: Number(m[1]), span: digits },
				numberToken: { start: tokenStart, end: tokenEnd },
				textStart: tokenEnd,
				labels: [],
			};
			openTarget = zone === 'annex' ? 'annexOp' : 'operative';
			continue;
		}
		const label = LABEL_START.test(lineText) ? rawLabelAt(masked, first.start, false) : undefined;
		if (label) {
			label.end = unitEnd;
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
			flush();
			pendingHeading = { span: first, text: lineText.trim() };
			continue;
		}
		if (zone === 'operative' && open?.kind === 'operative') {
			// Unnumbered text inside the operative part (a quoted passage) belongs to the paragraph before it.
			open.segments = [...open.segments, ...unit.segments];
			continue;
		}
		flush();
		if (zone === 'closed') {
			// Vote notes and stray footnotes under the meeting line are not paragraphs.
			continue;
		}
		open = { kind: zone === 'operative' ? 'operative' : 'preambular', segments: unit.segments, textStart: first.start, labels: [] };
		openTarget = zone === 'annex' ? 'annexPre' : zone === 'operative' ? 'operative' : 'preamble';
	}
	flush();

	// A single operative paragraph is not numbered (spec §2.6): the last paragraph ends with a full stop.
	if (parts.length === 0 && preamble.length > 0 && /\.[\s"”’»)*_]*$/.test(masked.slice(Math.max(0, preamble[preamble.length - 1].span.end - 6), preamble[preamble.length - 1].span.end))) {
		const last = preamble.pop()!;
		parts.push({ paragraphs: [{ ...last, kind: 'operative' }] });
	}

	const spanOfPart = (p: { heading?: Heading; paragraphs: OperativeParagraph[] }): Span => ({
		start: p.heading?.span.start ?? p.paragraphs[0].span.start,
		end: p.paragraphs[p.paragraphs.length - 1].span.end,
	});
	const operativeParts: OperativePart[] = parts.map((p) => ({ ...p, span: spanOfPart(p) }));
	const annexList: Annex[] = annexes.map((a, i) => {
		const parts = a.parts.map((p) => ({ ...p, span: spanOfPart(p) }));
		const end = [...a.paragraphs, ...parts].reduce((e, p) => Math.max(e, p.span.end), a.span.end);
		const nextStart = annexes[i + 1]?.span.start ?? text.length;
		return { ...a, parts, span: { start: a.span.start, end: Math.min(end, nextStart) } };
	});

	// Pair markers with texts by label, in order.
	const footnotes: (Omit<Footnote, 'markers'> & { markers: number[] })[] = notes.texts.map((t) => ({
		span: t.span, markerSpan: t.markerSpan, textSpan: t.textSpan, label: t.label, number: Number(t.label), markers: [],
	}));
	const byLabel = new Map<string, number[]>();
	footnotes.forEach((f, i) => byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), i]));
	const footnoteMarkers: FootnoteMarker[] = markerFinds.map((f, i) => {
		const candidates = byLabel.get(f.label) ?? [];
		const target = candidates.find((c) => footnotes[c].markers.length === 0) ?? candidates[0];
		if (target !== undefined) {
			footnotes[target].markers.push(i);
		}
		return { span: f.span, label: f.label, number: Number(f.label), ...(target !== undefined ? { footnote: target } : {}) };
	});

	// Own symbol.
	let ownSymbol: Located<string> | undefined;
	if (header.ownNumber) {
		const [first, second] = header.ownNumber.value.split('/');
		const special = first.startsWith('ES-') ? 'emergency' : first.startsWith('S-') ? 'special' : 'regular';
		const n = Number(first.replace(/^E?S-/, ''));
		const ownBody: Body = n >= 1946 ? 'ECOSOC' : body === 'HRC' ? 'HRC' : body === 'ECOSOC' ? 'ECOSOC' : 'GA';
		const symbol = symbolOf({
			kind: 'resolution', body: ownBody, text: header.ownNumber.value, number: Number(second),
			...(ownBody === 'ECOSOC' ? { year: n } : { session: n, sessionKind: special }),
		});
		ownSymbol = { value: symbol, span: header.ownNumber.span };
	} else if (header.ownSCNumber) {
		ownSymbol = { value: `S/RES/${header.ownSCNumber.number} (${header.ownSCNumber.year})`, span: header.ownSCNumber.span };
	} else if (header.masthead.symbol) {
		ownSymbol = { value: header.masthead.symbol.value.replace(/\s+/g, ' '), span: header.masthead.symbol.span };
	}

	// Citations: heading lines, paragraphs (as whole segments, so hard-wrapped lists stay whole), footnote texts.
	const citationRegions: Span[] = [];
	for (let i = 0; i < headerEnd; i++) {
		if (roles[i] === LineRole.Text) {
			citationRegions.push({ start: lines[i].start, end: lines[i].end });
		}
	}
	for (const u of units) {
		citationRegions.push(...u.segments);
	}
	for (const f of footnotes) {
		citationRegions.push(f.textSpan);
	}
	const exclude = [header.masthead.symbol?.span, header.ownNumber?.span, header.ownSCNumber?.span].filter((s): s is Span => s !== undefined);
	const citations = scanCitations(masked, citationRegions, { body, exclude });

	const lang = options.lang ?? organ?.lang ?? detectLanguage(text);
	const organLine: OrganLine | undefined = organ ? { span: organ.span, body: organ.body, hasComma: organ.hasComma } : undefined;
	const doc: ResolutionDocument = {
		length: text.length,
		lang,
		langDetected: options.lang === undefined,
		...(notes.style ? { footnoteStyle: notes.style } : {}),
		masthead: header.masthead,
		...(header.adoption ? { adoption: header.adoption } : {}),
		...(header.title ? { title: header.title } : {}),
		...(ownSymbol ? { ownSymbol } : {}),
		...(organLine ? { organ: organLine } : {}),
		...(body ? { body } : {}),
		preamble,
		operativeParts,
		annexes: annexList,
		footnoteMarkers,
		footnotes,
		citations,
		...(closing ? { closing } : {}),
		problems,
	};
	rememberMask(doc, masked);
	return doc;
}
