import type { Paragraph, ResolutionDocument, Span } from '../model/document';
import { maskMarkdown, maskOf } from '../parser/mask';
import { parse } from '../parser/parse';
import { blankFurniture, headSymbol } from './furniture';

/** Where a footnote call sits in a unit's text: before character `at`, pointing at `footnote` (index into the version's notes). */
export interface NoteCall {
	readonly at: number;
	readonly footnote: number;
}

/** One comparable piece of a version: a paragraph, a footnote, the title. Its text is what a reader reads. */
export interface VersionUnit {
	/** `PP3`, `OP5`, `FN2`, `Annex 4`. */
	readonly label: string;
	/** 1-based in its part; operative paragraphs and footnotes keep the number printed. */
	readonly position: number;
	/**
	 * The words without page furniture, line wrapping, Markdown emphasis, footnote calls or the paragraph number:
	 * the same in the three input styles.
	 */
	readonly text: string;
	/** Length of the lead phrase at the start of {@link text} (italic in Word), 0 when none. */
	readonly leadLength: number;
	readonly notes: readonly NoteCall[];
	/** Sub-paragraph labels of this paragraph, as offsets into {@link text} (for indented lines in Word). */
	readonly breaks: readonly number[];
	/** Where the paragraph or footnote is written in the text it was read from. */
	readonly span: Span;
}

/** A version of a text, cut into the parts that are aligned with one another. */
export interface Version {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly symbol?: string;
	readonly title?: string;
	readonly preamble: readonly VersionUnit[];
	readonly operative: readonly VersionUnit[];
	readonly annex: readonly VersionUnit[];
	readonly footnotes: readonly VersionUnit[];
}

/** Mends what PDF extraction breaks without changing a word: `neo- Nazism`. */
function clean(s: string): string {
	return s.includes('- ') ? s.replace(/(\p{Ll})- (?=\p{Ll})/gu, '$1-') : s;
}

const CALL = '\u0001';
const LABEL = '\u0002';
const SENTINELS = /([\u0001\u0002])/;
const BLANKS = /[\s\u00a0\u202f]+/g;

/** Reads a text into comparable units (parsing it when no model is given). Never throws. */
export function readVersion(text: string, doc: ResolutionDocument = parse(blankFurniture(text))): Version {
	const masked = maskOf(doc) ?? maskMarkdown(text);
	const markers = [...doc.footnoteMarkers].sort((a, b) => a.span.start - b.span.start);
	let next = 0;

	/** The words of `segments`, blanks collapsed, starting at `from`; the footnote calls inside, and label offsets. */
	const read = (segments: readonly Span[], from: number, labels: readonly number[]): { text: string; notes: NoteCall[]; breaks: number[] } => {
		// Calls and labels become sentinels in the raw text, blanks collapse in one pass, then the sentinels are read off.
		const first = segments[0]?.start ?? 0;
		while (next > 0 && markers[next - 1].span.start >= first) {
			next--;
		}
		const pieces: string[] = [];
		const callTargets: number[] = [];
		const cuts: { at: number; end: number; kind: string; footnote?: number }[] = [];
		for (const seg of segments) {
			const s0 = Math.max(seg.start, from);
			for (; next < markers.length && markers[next].span.start < seg.end; next++) {
				const m = markers[next];
				if (m.span.start >= s0 && m.footnote !== undefined) {
					cuts.push({ at: m.span.start, end: m.span.end, kind: CALL, footnote: m.footnote });
				}
			}
			for (const l of labels) {
				if (l >= s0 && l < seg.end) {
					cuts.push({ at: l, end: l, kind: LABEL });
				}
			}
			cuts.sort((a, b) => a.at - b.at);
			let at = s0;
			for (const c of cuts) {
				// A call's characters go (the mask made them blanks): `INTERPOL¹,` reads `INTERPOL,`.
				pieces.push(masked.slice(at, Math.max(at, c.at)), c.kind);
				if (c.footnote !== undefined) {
					callTargets.push(c.footnote);
				}
				at = Math.max(at, c.end);
			}
			pieces.push(masked.slice(at, Math.max(at, seg.end)), ' ');
			cuts.length = 0;
		}
		const raw = clean(pieces.join('').replace(BLANKS, ' ').trim());
		if (!raw.includes(CALL) && !raw.includes(LABEL)) {
			return { text: raw, notes: [], breaks: [] };
		}
		let out = '';
		const notes: NoteCall[] = [];
		const breaks: number[] = [];
		let call = 0;
		for (const part of raw.split(SENTINELS)) {
			if (part === CALL) {
				notes.push({ at: out.length, footnote: callTargets[call++] });
			} else if (part === LABEL) {
				if (out.length > 0) {
					breaks.push(out.length);
				}
			} else {
				out += out.endsWith(' ') && part.startsWith(' ') ? part.slice(1) : out.length === 0 ? part.trimStart() : part;
			}
		}
		const text = out.trimEnd();
		return { text, notes: notes.map((n) => ({ at: Math.min(n.at, text.length), footnote: n.footnote })), breaks: breaks.filter((b) => b < text.length) };
	};

	const unit = (p: Paragraph, label: string, position: number): VersionUnit => {
		const from = p.kind === 'operative' && p.numberToken ? p.numberToken.end : p.span.start;
		const labels = flatLabels(p.subParagraphs);
		const r = read(p.segments, from, labels);
		const lead = p.lead?.value.replace(/\s+/g, ' ') ?? '';
		return { label, position, text: r.text, leadLength: lead && r.text.startsWith(lead) ? lead.length : 0, notes: r.notes, breaks: r.breaks, span: p.span };
	};

	const preamble = doc.preamble.map((p, i) => unit(p, `PP${i + 1}`, i + 1));
	const multiPart = doc.operativeParts.length > 1;
	let index = 0;
	const operative = doc.operativeParts.flatMap((part) => part.paragraphs.map((p) => {
		index++;
		const n = p.number?.value ?? index;
		const prefix = multiPart && part.heading ? `${part.heading.text.split(/[.\s]/)[0]} ` : '';
		return unit(p, `${prefix}OP${n}`, n);
	}));
	const annex = doc.annexes.flatMap((a) => [...a.paragraphs, ...a.parts.flatMap((part) => part.paragraphs)])
		.map((p, i) => unit(p, `Annex ${i + 1}`, i + 1));
	const footnotes = doc.footnotes.map((f, i) => {
		const r = read([f.textSpan], f.textSpan.start, []);
		return { label: `FN${f.label}`, position: Number.isFinite(f.number) ? f.number : i + 1, text: r.text, leadLength: 0, notes: [], breaks: [], span: f.span };
	});
	return {
		doc,
		text,
		...(symbolOf(doc, text) ? { symbol: symbolOf(doc, text) } : {}),
		...(doc.title ? { title: doc.title.text.replace(/\s+/g, ' ').trim() } : {}),
		preamble,
		operative,
		annex,
		footnotes,
	};
}

function flatLabels(subs: Paragraph['subParagraphs']): number[] {
	return subs.flatMap((s) => [...(s.inline ? [] : [s.label.span.start]), ...flatLabels(s.children)]);
}

function symbolOf(doc: ResolutionDocument, text: string): string | undefined {
	return doc.ownSymbol?.value ?? doc.masthead.symbol?.value.replace(/\s+/g, '') ?? headSymbol(text);
}
