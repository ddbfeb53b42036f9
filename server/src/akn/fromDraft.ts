/**
 * A parsed unres draft → {@link AknResolution}: the words of every paragraph and sub-paragraph as runs (Markdown
 * emphasis as italics, links as their text, footnote markers as note calls), footnote texts as notes, the
 * heading zone as masthead. Reads the model's spans; never re-parses.
 */
import { operativeParagraphs, type Paragraph, type ResolutionDocument, type Span, type SubParagraph } from '../model/document';
import type { AknNote, AknParagraph, AknPart, AknResolution, AknSubParagraph, Inline } from './model';
import { tidy } from './inline';
import { LANG_TO_CODE } from './read';

/** A Markdown link `[A/75/L.20](#)`: its text. */
const LINK = /\[([^\][\n]*)\]\([^)\n]*\)/g;

export function fromDraft(doc: ResolutionDocument, text: string): AknResolution {
	const notes: AknNote[] = [];
	const noteIndex = new Map<number, number>();
	doc.footnotes.forEach((f, i) => {
		noteIndex.set(i, notes.length);
		notes.push({ marker: f.label, text: [] });
	});
	const runs = new RunReader(doc, text, noteIndex);
	doc.footnotes.forEach((f, i) => {
		(notes[i] as { text: readonly Inline[] }).text = runs.of([f.textSpan]);
	});
	const paragraph = (p: Paragraph): AknParagraph => readParagraph(p, runs, text);
	const parts: AknPart[] = doc.operativeParts.map((part) => ({ ...(part.heading ? { heading: part.heading.text } : {}), paragraphs: part.paragraphs.map(paragraph) }));
	const symbol = doc.ownSymbol?.value ?? doc.masthead.symbol?.value;
	const slice = (s: Span | undefined) => (s ? squashMd(text.slice(s.start, s.end)) : undefined);
	return {
		lang: doc.lang,
		langCode: LANG_TO_CODE[doc.lang],
		body: doc.body,
		symbol,
		number: numberOf(symbol),
		title: doc.title?.text,
		adoptionDate: doc.adoption?.date?.value ?? doc.closing?.date?.value,
		masthead: {
			organName: doc.masthead.organ?.value,
			distribution: doc.masthead.distribution?.value,
			dateText: doc.masthead.date?.value,
			session: doc.masthead.session?.value,
			agendaItem: doc.masthead.agendaItem?.value,
			adoptionLine: doc.adoption ? squashMd(doc.adoption.text.replace(/\s*\[.*$/s, '')) : undefined,
			proponent: doc.adoption?.reference ? squashMd(doc.adoption.reference.value.replace(LINK, '$1')) : undefined,
		},
		organLine: doc.organ ? slice(doc.organ.span)?.replace(/\s*,\s*$/, '') : undefined,
		preamble: doc.preamble.map(paragraph),
		parts: operativeParagraphs(doc).length > 0 ? parts : [],
		notes,
		// A closing of a date alone (no meeting) has its date for meeting: no `adoptionMeeting` then.
		meeting: doc.closing && doc.closing.meeting.span.start !== doc.closing.date?.span.start ? squashMd(doc.closing.meeting.value) : undefined,
		closingDateText: doc.closing?.date ? squashMd(text.slice(doc.closing.date.span.start, doc.closing.date.span.end)) : undefined,
		closingDate: doc.closing?.date?.value,
	};
}

/** `A/RES/75/10` → `75/10`; `E/RES/2023/1` → `2023/1`; `A/HRC/RES/55/1` → `55/1`. */
function numberOf(symbol: string | undefined): string | undefined {
	const m = symbol && /\/RES\/(.+)$/.exec(symbol);
	return m ? m[1].replace(/\s*\(\d{4}\)$/, '') : undefined;
}

function squashMd(s: string): string {
	return s.replace(/\*+|(?<!\w)_+|_+(?!\w)/g, '').replace(/\s+/g, ' ').trim();
}

function readParagraph(p: Paragraph, runs: RunReader, text: string): AknParagraph {
	const own = p.subParagraphs.filter((s) => !s.inline);
	let start = p.segments[0].start;
	if (p.kind === 'operative' && p.numberToken) {
		start = p.numberToken.end;
	}
	let lead: string | undefined;
	if (p.lead) {
		lead = p.lead.value;
		start = p.lead.span.end;
		// Skip the emphasis that closes the lead phrase (`*Rappelant*`).
		while (start < text.length && (text[start] === '*' || text[start] === '_')) {
			start++;
		}
	}
	const firstOwn = own[0]?.span.start ?? Infinity;
	const body = clip(p.segments, start, firstOwn);
	const subs = (list: readonly SubParagraph[]): AknSubParagraph[] =>
		list.filter((s) => !s.inline).map((s) => {
			const children = s.children.filter((c) => !c.inline);
			const end = children[0]?.span.start ?? s.span.end;
			return { label: s.label.value, text: runs.of(clip(p.segments, s.label.span.end, end)), children: subs(s.children) };
		});
	return {
		...(p.kind === 'operative' && p.number ? { num: String(p.number.value) } : {}),
		...(lead ? { lead } : {}),
		text: runs.of(body),
		subParagraphs: subs(own),
	};
}

/** The parts of `segments` between `from` and `to`. */
function clip(segments: readonly Span[], from: number, to: number): Span[] {
	const out: Span[] = [];
	for (const s of segments) {
		const start = Math.max(s.start, from);
		const end = Math.min(s.end, to);
		if (start < end) {
			out.push({ start, end });
		}
	}
	if (out.length === 0 && from < to && Number.isFinite(to)) {
		out.push({ start: from, end: to });
	}
	return out;
}

/** Turns text ranges into runs. */
class RunReader {
	readonly #markers: { span: Span; note?: number; raw: string }[];

	constructor(doc: ResolutionDocument, readonly text: string, noteIndex: ReadonlyMap<number, number>) {
		this.#markers = doc.footnoteMarkers.map((m) => ({ span: m.span, note: m.footnote === undefined ? undefined : noteIndex.get(m.footnote), raw: text.slice(m.span.start, m.span.end) }));
	}

	of(ranges: readonly Span[]): Inline[] {
		const out: Inline[] = [];
		ranges.forEach((r, i) => {
			if (i > 0) {
				out.push({ text: ' ' });
			}
			let at = r.start;
			for (const m of this.#markers) {
				// A marker right after the last word (`2024,[^1]`) lies just past the paragraph's segment: it still belongs to it.
				if (m.span.start >= Math.max(r.start, at) && m.span.start <= r.end) {
					out.push(...markdownRuns(this.text.slice(at, m.span.start)));
					out.push(m.note === undefined ? { text: m.raw } : { note: m.note });
					at = m.span.end;
				}
			}
			out.push(...markdownRuns(this.text.slice(at, r.end)));
		});
		return tidy(out);
	}
}

/** Markdown inline → runs: `*x*`/`_x_` italic, `**x**` plain, `[x](…)` its text, `\x` escapes. */
export function markdownRuns(s: string): Inline[] {
	const out: Inline[] = [];
	const clean = s.replace(LINK, '$1').replace(/\*\*/g, '').replace(/\\([*_[\]\\])/g, '$1');
	const re = /\*([^*\n]+)\*|(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])/gu;
	let at = 0;
	let m: RegExpExecArray | null;
	while ((m = re.exec(clean))) {
		if (m.index > at) {
			out.push({ text: clean.slice(at, m.index) });
		}
		out.push({ text: m[1] ?? m[2], italic: true });
		at = m.index + m[0].length;
	}
	if (at < clean.length) {
		out.push({ text: clean.slice(at).replace(/\*/g, '') });
	}
	return out;
}
