import { isNoteListHeading, noteListEntry } from './noteList';

// What the whole-text scanners see of one line, as their own patterns read it (parser/footnotes.ts,
// negotiation/scan.ts, negotiation/options.ts): an edit that keeps it keeps every line's role.
const SUPER_TEXT = /^[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t\u00a0]+\S/;
const MD_DEF = /^[ \t]*\[\^([^\]\s]{1,20})\]:[ \t]*/;
const SEPARATOR = /^[ \t]*_{5,}[ \t]*$/;
const PLAIN_TEXT = /^[ \t]*(\d{1,3})[ \t\u00a0]+\S/;
const INDENTED = /^[ \t]{2,}\S/;
/** An asterisk note (`* On behalf of …`, parser/footnotes.ts) and a page number alone (furniture beside a running head, parser/layout.ts). */
const ASTERISK = /^[ \t]*\*{1,3}[ \t\u00a0]*\p{L}/u;
const PAGE_NUMBER = /^[ \t]*\d{1,3}[ \t]*$/;
const OPTION_HEAD = /^[ \t]*Option[ \t]+/;
const BRACE_LINE = /^[ \t]*\{[^}\n]*\}[ \t]*$/;
const SECTION = /^[ \t]*(?:[IVXL]{1,6}|[A-Z])\.[ \t]/;
const TERMINAL = /[.;:,!?”"’»)\]*_]\s*$/;
const LINKS = /\[([^[\]\n]{0,300})\]\(([^()\n]{0,500})\)|\[\^[^\][\s]{1,20}\]:?/g;

/** One letter per pattern the line matches: two versions of a line with the same signature play the same role. */
export function lineSignature(line: string): string {
	const flags = [
		line.trim() === '',
		SEPARATOR.test(line),
		isNoteListHeading(line),
		SUPER_TEXT.test(line),
		MD_DEF.test(line),
		PLAIN_TEXT.test(line),
		noteListEntry(line) !== undefined,
		INDENTED.test(line),
		OPTION_HEAD.test(line),
		BRACE_LINE.test(line),
		SECTION.test(line),
		TERMINAL.test(line.replace(LINKS, (m) => ' '.repeat(m.length))),
		ASTERISK.test(line),
		PAGE_NUMBER.test(line),
	];
	return flags.map((f) => (f ? '1' : '0')).join('');
}

/**
 * A copy of `value` (a span, or plain data holding spans) with every offset at or past `from` moved by `delta`.
 * Only what holds a span is copied; strings and numbers are shared.
 */
export function shifted<T>(value: T, from: number, delta: number): T {
	if (delta === 0 || value === null || typeof value !== 'object') {
		return value;
	}
	if (Array.isArray(value)) {
		return value.map((v: unknown) => shifted(v, from, delta)) as T;
	}
	const o = value as Record<string, unknown>;
	if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length === 2) {
		return { start: o.start >= from ? o.start + delta : o.start, end: o.end >= from ? o.end + delta : o.end } as T;
	}
	const out: Record<string, unknown> = {};
	for (const k of Object.keys(o)) {
		out[k] = shifted(o[k], from, delta);
	}
	return out as T;
}
