/**
 * Paragraphs and sub-paragraphs of AKN bodies. The department's files hold sub-paragraphs in two ways: as
 * `<list>`/`<point>`/`<sublist>` with `<num>` (newer files), or as flat `<paragraph>`/`<container>` siblings without
 * `<num>` whose text opens with the label (files converted from Word): both become one nested tree here.
 */
import type { Lang } from '../model/document';
import { LabelContext, rawLabelAt } from '../parser/labels';
import { attr, children, descendants, localName, textOf, type Element } from './dom';
import { dropPrefix, leadingText, tidy, type InlineReader } from './inline';
import { plainText, type AknParagraph, type AknSubParagraph, type Inline } from './model';

/** A label at the start of a text: `(a)`, `a)`, `(ii)`, `ii)`, `a.`, `iv.`. */
const LABEL = /^(\((?:[a-z]{1,3}|[ivxlc]{1,6})\)|(?:[a-z]{1,3}|[ivxlc]{1,6})\)|(?:[a-z]|[ivxlc]{1,6})\.)(?:[ \u00a0]|$)/;

export interface Block {
	num?: string;
	runs: Inline[];
	points: RawPoint[];
	/** Part headings marked up as the last points of the block's list (`<point><num>F.</num>` and a bold line): they follow it. */
	headings?: string[];
}

export interface RawPoint {
	label: string;
	runs: Inline[];
	children: RawPoint[];
}

/** Reads one `<paragraph>`, `<container>` or `<point>`: its number, its words and its listed points. */
export function readBlock(el: Element, inline: InlineReader): Block {
	const block: Block = { runs: [], points: [] };
	const add = (runs: Inline[]) => {
		if (runs.length > 0) {
			block.runs = block.runs.length > 0 ? tidy([...block.runs, { text: ' ' }, ...runs]) : runs;
		}
	};
	for (const c of children(el)) {
		const name = localName(c);
		if (name === 'num') {
			block.num = textOf(c);
		} else if (name === 'content' || name === 'intro' || name === 'listIntroduction' || name === 'wrapUp') {
			const ps = children(c).filter((p) => localName(p) === 'p');
			// `<listIntroduction>` often holds its words directly, without a `<p>`.
			for (const p of ps.length > 0 ? ps : [c]) {
				add(inline.runs(p));
			}
		} else if (name === 'p') {
			add(inline.runs(c));
		} else if (name === 'list' || name === 'blockList') {
			const inner = readBlock(c, inline);
			add(inner.runs);
			block.points.push(...inner.points);
			follow(block, inner);
		} else if (name === 'point' || name === 'item') {
			const inner = readBlock(c, inline);
			const heading = partHeading(c, inner);
			if (heading) {
				block.headings = [...(block.headings ?? []), heading];
				continue;
			}
			const last = block.points[block.points.length - 1];
			if (inner.num === undefined && last && inner.points.length === 0 && inner.runs.length > 0 && labelAtStart(inner.runs) === undefined) {
				// `<item>` without a number after the points: the words that close the list (`… and in the commitments
				// contained therein,`), on the line under the last point, as printed, not a point of their own.
				last.runs = [...last.runs, { text: '\n' }, ...inner.runs];
				continue;
			}
			block.points.push({ label: inner.num ?? '', runs: inner.runs, children: inner.points });
			follow(block, inner);
		} else if (name === 'sublist') {
			const inner = readBlock(c, inline);
			follow(block, inner);
			const parent = block.points[block.points.length - 1];
			if (parent) {
				// Points without a number under a point (`Leadership dialogue 1: …;`): lines of that point, as printed.
				for (const p of inner.points) {
					if (p.label === '' && p.children.length === 0 && labelAtStart(p.runs) === undefined) {
						parent.runs = [...parent.runs, { text: '\n' }, ...p.runs];
					} else {
						parent.children.push(p);
					}
				}
			} else {
				block.points.push(...inner.points);
			}
		}
	}
	return block;
}

function follow(block: Block, inner: Block): void {
	if (inner.headings) {
		block.headings = [...(block.headings ?? []), ...inner.headings];
	}
}

/** `<point><num>F.</num><content><p><span class="bold">Actions related to …</span>`: a part heading, not a point. */
function partHeading(el: Element, inner: Block): string | undefined {
	const num = inner.num?.trim() ?? '';
	if (!/^(?:[A-Z]|[IVXL]{1,6})\.$/.test(num) || inner.points.length > 0) {
		return undefined;
	}
	const spans = descendants(el, 'span');
	const text = inner.runs.map((r) => ('text' in r ? r.text : '')).join('').trim();
	const bold = spans.length > 0 && spans.every((s) => /\bbold\b/.test(attr(s, 'class') ?? '')) && spans.map(textOf).join(' ').length >= text.length - 2;
	return bold && text && text.length <= 200 ? `${num} ${text}` : undefined;
}

/** The label a text opens with, if any. */
export function labelAtStart(runs: readonly Inline[]): string | undefined {
	return LABEL.exec(leadingText(runs))?.[1];
}

/** Splits the leading italic words off as the lead phrase. */
export function splitLead(runs: readonly Inline[]): { lead?: string; text: Inline[] } {
	const first = runs[0];
	if (!first || !('text' in first) || !first.italic) {
		return { text: [...runs] };
	}
	const lead = first.text.trim();
	if (!lead || /^[\d(]/.test(lead)) {
		return { text: [...runs] };
	}
	return { lead, text: tidy(runs.slice(1)) };
}

/**
 * Builds paragraphs from blocks in order: a block with a number or a lead opens a paragraph; a block that opens
 * with a label is a sub-paragraph of the paragraph before it.
 */
export class ParagraphBuilder {
	readonly paragraphs: MutableParagraph[] = [];

	/** @param continues whether unnumbered text continues the paragraph before it (the operative part). */
	constructor(readonly continues = false) {}

	add(block: Block): void {
		if (block.num === undefined && block.runs.length === 0 && block.points.length === 0) {
			// An empty `<container>` or `<paragraph>` of the source is no paragraph.
			return;
		}
		const current = this.paragraphs[this.paragraphs.length - 1];
		if (block.num === undefined && block.runs.length === 0 && current) {
			// Points with no words of their own (a `<blockList>` beside the paragraphs) continue the paragraph before them.
			current.flat.push(...block.points);
			return;
		}
		const label = block.num === undefined || !/^\d/.test(block.num) ? (block.num && LABEL.test(`${block.num} `) ? block.num : labelAtStart(block.runs)) : undefined;
		if (label !== undefined && current) {
			const runs = block.num === label ? block.runs : dropPrefix(block.runs, leadingText(block.runs).indexOf(label) + label.length);
			current.flat.push({ label, runs, children: block.points });
			return;
		}
		if (current && !this.continues && block.num === undefined && block.points.length === 0 && /^[\s]*[“«"„]/.test(leadingText(block.runs)) && /:\s*$/.test(plainText([...current.text, ...current.intro.flat()]))) {
			// `… sur la question ci-après :` / `« Quelles sont les obligations … ? »`: the quotation the colon opens is the
			// paragraph's own, as unres reads it (A/RES/80/116 F).
			current.intro.push(block.runs);
			return;
		}
		const num = block.num?.replace(/\.$/, '').trim() ?? this.#inText(block, current);
		if (current && this.continues && !num && block.runs.length > 0 && (current.num !== undefined || !(block.runs[0] && 'text' in block.runs[0] && block.runs[0].italic))) {
			// Unnumbered words after an operative paragraph (a quoted passage) belong to it, as unres reads them.
			// Before its first sub-paragraph it stays before them, as the XML orders it; after one, it keeps its place
			// when it introduces the next list (`4 *Decide* que …:` then `a) …`, A/RES/80/247 S).
			if (current.flat.length === 0) {
				current.intro.push(block.runs);
			} else {
				current.more.push(block.runs);
				current.moreAt.push(current.flat.length);
			}
			return;
		}
		// A number no paragraph takes (`1.1`, its full stop in the words: `.\tRaise awareness …`, A/RES/76/3) stays in the words.
		const runs = num && !/^\d+$/.test(num) && block.num !== undefined ? tidy([{ text: block.num.trim() }, ...block.runs]) : block.runs;
		const { lead, text } = splitLead(runs);
		this.paragraphs.push({ num: num && /^\d+$/.test(num) ? num : undefined, lead, text, flat: [...block.points], intro: [], more: [], moreAt: [] });
	}

	/**
	 * The number a paragraph without `<num>` writes at the start of its text (`6.\u200e\t<i>Reaffirms</i>`, A/RES/74/258)
	 * when it is the next of the sequence (1 for the first): the number is then taken off the words.
	 */
	#inText(block: Block, current: MutableParagraph | undefined): string | undefined {
		const m = /^(\d{1,3})\. /.exec(leadingText(block.runs));
		const expected = current === undefined ? 1 : current.num !== undefined ? Number(current.num) + 1 : undefined;
		if (!m || !this.continues || Number(m[1]) !== expected) {
			return undefined;
		}
		block.runs = dropPrefix(block.runs, m[0].length);
		return m[1];
	}

	/** Whether the last paragraph is numbered and ends with a colon, no points yet: the plain lines after it are its own. */
	introducesNext(): boolean {
		const p = this.paragraphs[this.paragraphs.length - 1];
		return !!p && p.num !== undefined && p.flat.length === 0 && /:\s*$/.test(plainText([...p.text, ...p.intro.flat(), ...p.more.flat()]));
	}

	/** The paragraphs with their flat sub-paragraphs nested by level. */
	result(): AknParagraph[] {
		return this.paragraphs.map((p) => {
			const top: number[] = [];
			const subParagraphs = nest(p.flat, top);
			// Where each block stands: after how many of the paragraph's first-level sub-paragraphs; only the words that
			// introduce the next list (`… as follows:`) stay among them: other lines between sub-paragraphs (`Panel 1: …`,
			// A/RES/79/333) unres reads as no part of the list, so they stay after it.
			const intro = p.more.map((runs) => /:[\s*_"”’»)\]]*$/.test(plainText(runs)));
			// A block stays in place with the introducing words that follow it at the same place (`Article 11` then `… establish:`).
			const moreAt = p.moreAt.map((n, i) => (intro.some((yes, j) => yes && j >= i && p.moreAt[j] === n) ? top.filter((t) => t < n).length : top.length));
			const placed = moreAt.some((n) => n < subParagraphs.length);
			return {
				num: p.num, lead: p.lead, text: p.text, subParagraphs,
				...(p.intro.length > 0 ? { intro: p.intro } : {}), ...(p.more.length > 0 ? { more: p.more } : {}), ...(placed ? { moreAt } : {}),
				...(p.heading ? { heading: true } : {}),
			};
		});
	}
}

interface MutableParagraph {
	heading?: boolean;
	num?: string;
	lead?: string;
	text: Inline[];
	flat: RawPoint[];
	intro: Inline[][];
	more: Inline[][];
	/** For each block of `more`, how many points of `flat` come before it. */
	moreAt: number[];
}

/** Nests points that were written flat (`(a)`, `(i)`, `(ii)`, `(b)`) by their editorial level. */
function nest(points: readonly RawPoint[], top?: number[]): AknSubParagraph[] {
	const context = new LabelContext();
	const roots: { node: AknSubParagraph & { children: AknSubParagraph[] }; level: number }[] = [];
	const stack: typeof roots = [];
	const out: AknSubParagraph[] = [];
	for (const p of points) {
		const bare = p.label.trim();
		const raw = rawLabelAt(`${bare} `, 0, false);
		const level = raw ? context.classify(raw).level : 1;
		const node = { label: bare, text: p.runs, children: nest(p.children) as AknSubParagraph[] };
		while (stack.length > 0 && stack[stack.length - 1].level >= level) {
			stack.pop();
		}
		const parent = stack[stack.length - 1];
		if (parent) {
			parent.node.children.push(node);
		} else {
			top?.push(roots.length);
			out.push(node);
		}
		const entry = { node, level };
		roots.push(entry);
		stack.push(entry);
	}
	return out;
}

/** Default label style of a language for level 1 (`(a)` in English, `a)` in French and Spanish). */
export function labelFor(lang: Lang | undefined, level: number, ordinal: number): string {
	const alpha = String.fromCharCode(96 + ((ordinal - 1) % 26) + 1);
	const text = level === 2 || level === 4 ? toRoman(ordinal) : alpha;
	if (level >= 3) {
		return `${text}.`;
	}
	return lang === 'en' || lang === undefined ? `(${text})` : `${text})`;
}

function toRoman(n: number): string {
	const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
	let s = '';
	for (const [v, r] of table) {
		while (n >= v) {
			s += r;
			n -= v;
		}
	}
	return s;
}
