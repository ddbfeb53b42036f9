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

/** Normalises what differs between input styles without changing a word: runs of blanks, broken hyphens. */
function clean(s: string): string {
	return s.replace(/(\p{Ll})- (?=\p{Ll})/gu, '$1-');
}

/** Reads a text into comparable units (parsing it when no model is given). Never throws. */
export function readVersion(text: string, doc: ResolutionDocument = parse(blankFurniture(text))): Version {
	const masked = maskOf(doc) ?? maskMarkdown(text);
	const markers = [...doc.footnoteMarkers].sort((a, b) => a.span.start - b.span.start);
	let next = 0;

	/** The words of `segments`, blanks collapsed, starting at `from`; the footnote calls inside, and label offsets. */
	const read = (segments: readonly Span[], from: number, labels: readonly number[]): { text: string; notes: NoteCall[]; breaks: number[] } => {
		let out = '';
		let space = false;
		const notes: NoteCall[] = [];
		const breaks: number[] = [];
		let label = 0;
		const sortedLabels = [...labels].sort((a, b) => a - b);
		while (next > 0 && markers[next - 1].span.start >= (segments[0]?.start ?? 0)) {
			next--;
		}
		for (const seg of segments) {
			for (let i = Math.max(seg.start, from); i < seg.end; i++) {
				while (next < markers.length && markers[next].span.start < i) {
					next++;
				}
				if (next < markers.length && markers[next].span.start === i && markers[next].footnote !== undefined) {
					notes.push({ at: out.length, footnote: markers[next].footnote as number });
				}
				while (label < sortedLabels.length && sortedLabels[label] < i) {
					label++;
				}
				const c = masked[i];
				if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\f') {
					space = out.length > 0;
					continue;
				}
				if (space) {
					out += ' ';
					space = false;
				}
				if (label < sortedLabels.length && sortedLabels[label] === i && out.length > 0) {
					breaks.push(out.length);
				}
				out += c;
			}
			space = out.length > 0;
		}
		const cleaned = clean(out);
		if (cleaned.length !== out.length) {
			// A broken hyphen was mended: calls and breaks after it move back by one per mend.
			const shift = (at: number) => at - (out.slice(0, at).length - clean(out.slice(0, at)).length);
			return { text: cleaned, notes: notes.map((n) => ({ at: shift(n.at), footnote: n.footnote })), breaks: breaks.map(shift) };
		}
		return { text: out, notes, breaks };
	};

	const unit = (p: Paragraph, label: string, position: number): VersionUnit => {
		const from = p.kind === 'operative' && p.numberToken ? p.numberToken.end : p.span.start;
		const labels = flatLabels(p.subParagraphs);
		const r = read(p.segments, from, labels);
		const lead = p.lead?.value.replace(/\s+/g, ' ') ?? '';
		return { label, position, text: r.text, leadLength: lead && r.text.startsWith(lead) ? lead.length : 0, notes: r.notes, breaks: r.breaks };
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
		return { label: `FN${f.label}`, position: Number.isFinite(f.number) ? f.number : i + 1, text: r.text, leadLength: 0, notes: [], breaks: [] };
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
