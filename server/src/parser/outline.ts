import type {
	Annex, Heading, Located, OperativeParagraph, OperativePart, PreambularParagraph, Span, SubParagraph,
} from '../model/document';
import { inlineLabels, nestLabels, type RawLabel } from './labels';
import { readLead } from './lead';

/** A paragraph still collecting its lines. */
export interface OpenParagraph {
	kind: 'preambular' | 'operative';
	segments: Span[];
	number?: Located<number>;
	numberToken?: Span;
	textStart: number;
	labels: RawLabel[];
}

/** Where an open paragraph goes once it closes. */
export type Target = 'preamble' | 'operative' | 'annexPre' | 'annexOp';

interface PartDraft {
	heading?: Heading;
	paragraphs: OperativeParagraph[];
}

export interface AnnexDraft {
	heading: Located<string>;
	title?: string;
	span: Span;
	paragraphs: PreambularParagraph[];
	parts: PartDraft[];
}

/** The resolution's outline as the parser builds it: preamble, operative parts, annexes, and the paragraph still open. */
export class Outline {
	readonly preamble: PreambularParagraph[] = [];
	readonly annexes: AnnexDraft[] = [];
	private readonly parts: PartDraft[] = [];
	/** A part heading waiting for its first paragraph. */
	pendingHeading: Heading | undefined;
	/** The next operative paragraph starts a new part (after a second organ line). */
	newPart = false;
	open: OpenParagraph | undefined;
	private target: Target | undefined;

	constructor(private readonly text: string, private readonly masked: string) {}

	/** Opens a paragraph; the one open before must have been closed with {@link close}. */
	begin(open: OpenParagraph, target: Target): void {
		this.open = open;
		this.target = target;
	}

	/** The open paragraph belongs to the operative part after all (a part's lone unnumbered paragraph). */
	asOperative(): void {
		if (this.open) {
			this.open.kind = 'operative';
			this.target = 'operative';
		}
	}

	/** Closes the open paragraph, if any: its sub-paragraphs nest, its lead phrase is read, and it joins its list. */
	close(): void {
		const o = this.open;
		if (!o || !this.target) {
			return;
		}
		this.open = undefined;
		const first = o.segments[0];
		const last = o.segments[o.segments.length - 1];
		const inline = o.segments.flatMap((s, i) => inlineLabels(this.masked, i === 0 ? o.textStart : s.start, s.end));
		const subParagraphs: SubParagraph[] = nestLabels(this.text, [...inline, ...o.labels]);
		const end = subParagraphs.reduce((e, sp) => Math.max(e, sp.span.end), last.end);
		const lead = readLead(this.text, o.textStart, first.end);
		const base = { span: { start: first.start, end }, segments: o.segments, subParagraphs, ...(lead ? { lead } : {}) };
		switch (this.target) {
			case 'preamble':
				this.preamble.push({ kind: 'preambular', ...base });
				break;
			case 'operative':
				this.pushOperative(this.parts, { kind: 'operative', ...base, ...(o.number ? { number: o.number, numberToken: o.numberToken } : {}) });
				break;
			case 'annexPre':
				this.annexes[this.annexes.length - 1].paragraphs.push({ kind: 'preambular', ...base });
				break;
			case 'annexOp':
				this.pushOperative(this.annexes[this.annexes.length - 1].parts, { kind: 'operative', ...base, ...(o.number ? { number: o.number, numberToken: o.numberToken } : {}) });
				break;
		}
	}

	private pushOperative(list: PartDraft[], paragraph: OperativeParagraph): void {
		if (list.length === 0 || this.newPart || this.pendingHeading) {
			list.push({ ...(this.pendingHeading ? { heading: this.pendingHeading } : {}), paragraphs: [] });
			this.pendingHeading = undefined;
			this.newPart = false;
		}
		list[list.length - 1].paragraphs.push(paragraph);
	}

	/** Starts an annex: headings and parts before it stay behind. */
	addAnnex(annex: AnnexDraft): void {
		this.annexes.push(annex);
		this.pendingHeading = undefined;
		this.newPart = false;
	}

	/** The finished outline, with the spans of parts and annexes. */
	finish(): { preamble: PreambularParagraph[]; operativeParts: OperativePart[]; annexes: Annex[] } {
		const { preamble, parts, annexes, masked, text } = this;
		// A single operative paragraph is not numbered (spec §2.6): the last paragraph ends with a full stop (or the
		// question mark of the question it quotes, A/RES/77/276).
		if (parts.length === 0 && preamble.length > 0 && /[.?][\s"”’»)*_]*$/.test(masked.slice(Math.max(0, preamble[preamble.length - 1].span.end - 6), preamble[preamble.length - 1].span.end))) {
			const last = preamble.pop()!;
			parts.push({ paragraphs: [{ ...last, kind: 'operative' }] });
		}
		const operativeParts: OperativePart[] = parts.map((p) => ({ ...p, span: spanOfPart(p) }));
		const annexList: Annex[] = annexes.map((a, i) => {
			const parts = a.parts.map((p) => ({ ...p, span: spanOfPart(p) }));
			const end = [...a.paragraphs, ...parts].reduce((e, p) => Math.max(e, p.span.end), a.span.end);
			const nextStart = annexes[i + 1]?.span.start ?? text.length;
			return { ...a, parts, span: { start: a.span.start, end: Math.min(end, nextStart) } };
		});
		return { preamble, operativeParts, annexes: annexList };
	}
}

function spanOfPart(p: PartDraft): Span {
	return {
		start: p.heading?.span.start ?? p.paragraphs[0].span.start,
		end: p.paragraphs[p.paragraphs.length - 1].span.end,
	};
}
