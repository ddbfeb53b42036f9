/**
 * Cues the structure pass reads in the units around the one it places: whether a numbered paragraph introduces
 * what follows (a colon), whether a numbered line is an item of a list inside it, what the next unit is.
 */
import { CLOSING, LABEL_START, NUMBERED, PART_HEADING, TERMINAL } from './lexicon';
import type { Outline } from './outline';
import type { Unit } from './units';

/**
 * Whether the open operative paragraph, numbered, ends with a colon (`4. … on the following themes:`): the plain lines
 * after it (`Round table 1: …`, A/RES/78/318) are its own, no heading. After an unnumbered one (`Adopts the following
 * declaration:`) the adopted text's title is a heading (A/RES/76/1).
 */
export function introduces(outline: Outline, masked: string): boolean {
	const open = outline.open;
	if (open?.kind !== 'operative' || !open.number) {
		return false;
	}
	const last = open.segments[open.segments.length - 1];
	return /:[\s"”’»)\]*_]*$/.test(masked.slice(Math.max(last.start, last.end - 8), last.end));
}


/**
 * Whether a numbered line is an item of a list inside the open operative paragraph: the paragraph (numbered N, no
 * sub-paragraphs) ends with a colon and the line restarts at 1, or the list goes on (2, 3 …); an item numbered N + 1
 * is the list's only when the next numbered line takes N + 1 again.
 */
export function listItem(outline: Outline, masked: string, list: { next: number; paragraph: number } | undefined, n: number, next: () => number | undefined): { next: number; paragraph: number } | undefined {
	const open = outline.open;
	if (open?.kind !== 'operative' || !open.number || open.labels.length > 0) {
		return undefined;
	}
	if (list && list.paragraph === open.number.value) {
		return n === list.next && (n !== list.paragraph + 1 || next() === n) ? { ...list, next: n + 1 } : undefined;
	}
	return n === 1 && open.segments.length === 1 && introduces(outline, masked) ? { next: 2, paragraph: open.number.value } : undefined;
}


/** The number of the next unit that opens with one. */
export function nextNumber(masked: string, units: readonly Unit[], index: number): number | undefined {
	for (let j = index + 1; j < units.length; j++) {
		const s = units[j].segments[0];
		const m = NUMBERED.exec(masked.slice(s.start, Math.min(s.end, s.start + 12)));
		if (m) {
			return Number(m[1]);
		}
	}
	return undefined;
}


/** Whether a unit is a paragraph, numbered or not, rather than a heading or the meeting line: its first line ends with punctuation. */
export function paragraphNext(masked: string, unit: Unit | undefined): boolean {
	const first = unit?.segments[0];
	if (!first || numberedNext(masked, unit)) {
		return !!first;
	}
	const line = masked.slice(first.start, first.end);
	return TERMINAL.test(line) && !PART_HEADING.test(line) && !CLOSING.test(line) && !LABEL_START.test(line);
}


/** Whether a unit is a one-line title: no final punctuation, a capital first. */
export function titleNext(masked: string, unit: Unit | undefined): boolean {
	const first = unit?.segments[0];
	if (!first || unit!.segments.length !== 1) {
		return false;
	}
	const line = masked.slice(first.start, first.end).trim();
	return line.length <= 200 && !line.includes('\n') && /^\p{Lu}/u.test(line) && !TERMINAL.test(line) && !CLOSING.test(line);
}


/** Whether a unit opens with an operative number (`1.`). */
export function numberedNext(masked: string, unit: Unit | undefined): boolean {
	const first = unit?.segments[0];
	return !!first && NUMBERED.test(masked.slice(first.start, Math.min(first.end, first.start + 300)));
}

/** Whether a unit opens with a sub-paragraph label (`(a)`, `a)`). */
export function labelNext(masked: string, unit: Unit | undefined): boolean {
	const first = unit?.segments[0];
	return !!first && LABEL_START.test(masked.slice(first.start, Math.min(first.end, first.start + 12)));
}
