import type { LabelKind, LabelStyle, Span, SubParagraph } from '../model/document';
import { readingOf } from './labelReading';
import { alphaValue, romanValue } from './roman';

/** A label opening a line: `(a)`, `a)`, `(ii)`, `ii)`, `a.`, `iv.` followed by a space. */
export const LABEL_AT_LINE_START = /^(?:\(([a-z]{1,3}|[ivxlc]{1,6})\)|([a-z]{1,3}|[ivxlc]{1,6})\)|([a-z]|[ivxlc]{1,6})\.)(?=[ \t\u00a0])/;

export interface RawLabel {
	readonly span: Span;
	readonly text: string;
	readonly style: LabelStyle;
	readonly inline: boolean;
	/** Where the sub-paragraph it opens ends. */
	end: number;
}

export function rawLabelAt(masked: string, at: number, inline: boolean): RawLabel | undefined {
	const m = LABEL_AT_LINE_START.exec(masked.slice(at, at + 12));
	if (!m) {
		return undefined;
	}
	const style: LabelStyle = m[1] !== undefined ? 'paren' : m[2] !== undefined ? 'close' : 'dot';
	return { span: { start: at, end: at + m[0].length }, text: m[1] ?? m[2] ?? m[3], style, inline, end: at + m[0].length };
}

/** Per-paragraph memory of the last label of each level, to tell `(i)` the letter from `(i)` the numeral. */
export class LabelContext {
	readonly #last = new Map<number, { kind: LabelKind; ordinal: number }>();

	classify(raw: RawLabel, reading?: LabelKind): { kind: LabelKind; level: 1 | 2 | 3 | 4; ordinal: number } {
		const alpha = alphaValue(raw.text);
		const roman = romanValue(raw.text);
		const dot = raw.style === 'dot';
		const alphaLevel = dot ? 3 : 1;
		const romanLevel = dot ? 4 : 2;
		let kind: LabelKind;
		if (Number.isNaN(roman)) {
			kind = 'alpha';
		} else if (reading && !Number.isNaN(alpha)) {
			kind = reading;
		} else if (Number.isNaN(alpha) || raw.text.length > 1 && raw.text !== raw.text[0].repeat(raw.text.length)) {
			kind = 'roman';
		} else {
			// Both readings are possible (`i`, `v`, `x`, `c`, `l`, or `ii` = double i).
			const lastAlpha = this.#last.get(alphaLevel);
			const lastRoman = this.#last.get(romanLevel);
			if (lastAlpha && lastAlpha.ordinal === alpha - 1 && !(lastRoman && lastRoman.ordinal === roman - 1)) {
				kind = 'alpha';
			} else if (roman === 1 || (lastRoman && lastRoman.ordinal === roman - 1)) {
				kind = 'roman';
			} else {
				kind = raw.text.length > 1 ? 'roman' : 'alpha';
			}
		}
		const level = (kind === 'alpha' ? alphaLevel : romanLevel) as 1 | 2 | 3 | 4;
		const ordinal = kind === 'alpha' ? alpha : roman;
		this.#last.set(level, { kind, ordinal });
		// A new parent resets its children's sequence.
		for (const deeper of [level + 1, level + 2, level + 3]) {
			if (deeper <= 4 && !(level === 1 && deeper === 3 && dot)) {
				this.#last.delete(deeper);
			}
		}
		return { kind, level, ordinal };
	}
}

/** Turns labels in order into the nested sub-paragraph tree. */
export function nestLabels(text: string, raws: readonly RawLabel[]): SubParagraph[] {
	const context = new LabelContext();
	type Node = { -readonly [K in keyof SubParagraph]: SubParagraph[K] } & { children: Node[] };
	const roots: Node[] = [];
	const stack: Node[] = [];
	for (const [i, raw] of raws.entries()) {
		const c = context.classify(raw, readingOf(text, raws, i));
		const node: Node = {
			span: { start: raw.span.start, end: raw.end },
			label: { value: text.slice(raw.span.start, raw.span.end), span: raw.span },
			labelText: raw.text,
			labelKind: c.kind,
			labelStyle: raw.style,
			level: c.level,
			ordinal: c.ordinal,
			inline: raw.inline,
			children: [],
		};
		while (stack.length > 0 && stack[stack.length - 1].level >= node.level) {
			stack.pop();
		}
		if (stack.length > 0) {
			const parent = stack[stack.length - 1];
			parent.children.push(node);
			parent.span = { start: parent.span.start, end: Math.max(parent.span.end, node.span.end) };
		} else {
			roots.push(node);
		}
		stack.push(node);
	}
	return roots;
}

const INLINE = /[:;][ \t\u00a0\r\n]*(?=\(?(?:[a-z]|[ivx]{1,4})\)[ \t\u00a0])/g;

/**
 * Inline sub-paragraphs: `… pour ce qui est : a) de prévenir … ; b) de prévenir …`. The first must be
 * `a`/`i` after a colon, each next one the next letter or numeral after a semicolon.
 */
export function inlineLabels(masked: string, start: number, end: number): RawLabel[] {
	const slice = masked.slice(start, end);
	if (!slice.includes(':')) {
		return [];
	}
	const found: RawLabel[] = [];
	let expectAlpha = 0;
	let expectRoman = 0;
	for (const m of slice.matchAll(INLINE)) {
		const at = start + (m.index ?? 0) + m[0].length;
		const raw = rawLabelAt(masked, at, true);
		if (!raw || raw.style === 'dot') {
			continue;
		}
		const isColon = m[0][0] === ':';
		const a = alphaValue(raw.text);
		const r = romanValue(raw.text);
		const ok = (isColon && (a === 1 || r === 1)) || (!isColon && found.length > 0 && (a === expectAlpha + 1 || r === expectRoman + 1));
		if (!ok) {
			continue;
		}
		if (found.length > 0) {
			found[found.length - 1].end = start + (m.index ?? 0) + 1;
		}
		expectAlpha = Number.isNaN(a) ? expectAlpha : a;
		expectRoman = Number.isNaN(r) ? expectRoman : r;
		found.push(raw);
	}
	if (found.length > 0) {
		found[found.length - 1].end = end;
	}
	return found.length >= 2 ? found : [];
}
