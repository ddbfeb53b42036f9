import type { Span } from '../model/document';

/** One physical line: `[start, end)` excludes the line break. */
export interface Line {
	readonly start: number;
	readonly end: number;
}

/** Splits text into lines on `\n`, `\r\n` and lone `\r`, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	const n = text.length;
	if (!text.includes('\r')) {
		// The common case: indexOf runs far faster than a character loop.
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
			lines.push({ start, end: i });
			start = i + 1;
		}
		lines.push({ start, end: n });
		return lines;
	}
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 /* \n */) {
			lines.push({ start, end: i });
			start = i + 1;
		} else if (c === 13 /* \r */) {
			lines.push({ start, end: i });
			if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
				i++;
			}
			start = i + 1;
		}
	}
	lines.push({ start, end: n });
	return lines;
}

const SPACE = /[\s\u00a0\u202f\ufeff]/;

/** The span of a line without leading and trailing white space (empty span at `start` for a blank line). */
export function trimSpan(text: string, start: number, end: number): Span {
	let s = start;
	let e = end;
	while (s < e && SPACE.test(text[s])) {
		s++;
	}
	while (e > s && SPACE.test(text[e - 1])) {
		e--;
	}
	return { start: s, end: e };
}

/** Converts offsets to LSP-style zero-based line/character positions in O(log n). */
export class LineMap {
	readonly #starts: number[];

	constructor(text: string) {
		this.#starts = splitLines(text).map((line) => line.start);
	}

	get lineCount(): number {
		return this.#starts.length;
	}

	position(offset: number): { line: number; character: number } {
		const starts = this.#starts;
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return { line: lo, character: offset - starts[lo] };
	}

	range(span: Span): { start: { line: number; character: number }; end: { line: number; character: number } } {
		return { start: this.position(span.start), end: this.position(span.end) };
	}

	offset(position: { line: number; character: number }): number {
		const line = Math.min(Math.max(position.line, 0), this.#starts.length - 1);
		return this.#starts[line] + Math.max(position.character, 0);
	}
}
