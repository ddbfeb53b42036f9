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

/** Where each line starts (the same lines as {@link splitLines}), without building a line object each. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	if (!text.includes('\r')) {
		for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
			starts.push(i + 1);
		}
		return starts;
	}
	return splitLines(text).map((line) => line.start);
}

/** `\s` of a regular expression (which already takes in U+00A0, U+202F and U+FEFF), by character code. */
export function isSpace(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The span of a line without leading and trailing white space (empty span at `start` for a blank line). */
export function trimSpan(text: string, start: number, end: number): Span {
	const s = trimmedStart(text, start, end);
	return { start: s, end: trimmedEnd(text, s, end) };
}

/** The first offset in `[start, end)` that is not white space (`end` if none). */
export function trimmedStart(text: string, start: number, end: number): number {
	let s = start;
	while (s < end && isSpace(text.charCodeAt(s))) {
		s++;
	}
	return s;
}

/** The end of `[start, end)` without its trailing white space. */
export function trimmedEnd(text: string, start: number, end: number): number {
	let e = end;
	while (e > start && isSpace(text.charCodeAt(e - 1))) {
		e--;
	}
	return e;
}

/** Converts offsets to LSP-style zero-based line/character positions in O(log n). */
export class LineMap {
	readonly #starts: number[];
	readonly #text: string;

	constructor(text: string, starts?: number[]) {
		this.#starts = starts ?? lineStarts(text);
		this.#text = text;
	}

	/**
	 * The map of `text`, made by `change` (no line break removed or typed) from the text `before` maps: the starts
	 * after the edited line move by the edit's length, without reading the text again (decision 17).
	 */
	static edited(before: LineMap, change: { start: number; end: number; text: string }, text: string): LineMap {
		const old = before.#text;
		const delta = change.text.length - (change.end - change.start);
		// Between the two characters of a CRLF, an edit makes a line of its own.
		if (hasLineBreak(change.text) || hasLineBreak(old.slice(change.start, change.end)) || old.length + delta !== text.length || old.charCodeAt(change.start - 1) === 13) {
			return new LineMap(text);
		}
		const starts = before.#starts.slice();
		for (let i = before.position(change.start).line + 1; i < starts.length; i++) {
			starts[i] += delta;
		}
		return new LineMap(text, starts);
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

	/**
	 * The offset of a position, clamped as `TextDocument.offsetAt` clamps it: a line past the end is the end of
	 * the text, a negative one its start, and a character past the line's end stops before its line break.
	 */
	offset(position: { line: number; character: number }): number {
		const starts = this.#starts;
		if (position.line >= starts.length) {
			return this.#text.length;
		}
		if (position.line < 0) {
			return 0;
		}
		const start = starts[position.line];
		if (position.character <= 0) {
			return start;
		}
		const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.#text.length;
		let offset = Math.min(start + position.character, next);
		while (offset > start && (this.#text.charCodeAt(offset - 1) === 10 || this.#text.charCodeAt(offset - 1) === 13)) {
			offset--;
		}
		return offset;
	}
}

function hasLineBreak(s: string): boolean {
	return s.includes('\n') || s.includes('\r');
}

/** The index of the last item whose start is at or before `offset` (items sorted by start, at least one). */
export function lastStartingAtOrBefore(items: readonly { readonly start: number }[], offset: number): number {
	return lastAtOrBefore(items, (item) => item.start, offset);
}

/** The index of the last item whose key is at or before `value` (items sorted by key, at least one; 0 if none is). */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, value: number): number {
	let lo = 0;
	let hi = items.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (key(items[mid]) <= value) {
			lo = mid;
		} else {
			hi = mid - 1;
		}
	}
	return lo;
}
