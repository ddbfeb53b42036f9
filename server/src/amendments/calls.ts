import { wordDiff } from '../versions/compare';
import type { ParagraphView } from './view';

/**
 * Footnote calls seen from two versions of a paragraph. Amendments do not touch footnotes, but in PDF text a call is
 * digits glued to a word or set after it (`Commission,11`, `Material, 12 the`, `2015–20307`), which the parser takes
 * for a call in one version (and blanks it) and leaves as words in the other. A change that only adds, drops or
 * renumbers such digits is a note change, not a change of the words: the writer leaves it out, and the round trip
 * compares paragraphs with it aside — the same notion on both sides.
 */
export interface CallText {
	readonly text: string;
	/** View positions `p` where the tabled text has a call the parser took out, just before character `p`. */
	readonly calls: ReadonlySet<number>;
	/** The digits taken out at each of those positions, when known. */
	readonly digits?: ReadonlyMap<number, string>;
}

/** A paragraph's words (its view) with the note calls the parser took out of them. */
export function callText(view: ParagraphView, original: string): CallText {
	const calls = new Set<number>();
	const digits = new Map<number, string>();
	for (let i = 0; i < view.text.length; i++) {
		const s = original.slice(view.starts[i], view.ends[i]);
		if (view.text[i] === ' ' && isCall(s)) {
			calls.add(i);
			digits.set(i, s.trim());
		}
	}
	const n = view.text.length;
	const tail = n > 0 ? trailingCall(original, view.ends[n - 1]) : '';
	if (tail) {
		calls.add(n);
		digits.set(n, tail.trim());
	}
	return { text: view.text, calls, digits };
}

/** The note call written just after offset `end` (`Countries;17`), blank before it included; '' when none. */
export function trailingCall(original: string, end: number): string {
	return /^[ \t]*(?:\d{1,3}|[*⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?!\S)/u.exec(original.slice(end, end + 8))?.[0] ?? '';
}

const isCall = (s: string) => /\S/.test(s) && /^\s*(?:\d{1,3}|[*⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*$/u.test(s);

/** A word-level change: `[aStart, aEnd)` of the first text becomes `[bStart, bEnd)` of the second. */
export interface Hunk {
	aStart: number;
	aEnd: number;
	bStart: number;
	bEnd: number;
}

/** The changes from `a` to `b` over word tokens; a blank removed and put back on the same side is no change. */
export function hunks(a: string, b: string): Hunk[] {
	const out: Hunk[] = [];
	let at = 0;
	let bt = 0;
	let open: Hunk | undefined;
	for (const [op, s] of wordDiff(a, b)) {
		if (op === 0) {
			open = undefined;
			at += s.length;
			bt += s.length;
			continue;
		}
		if (!open) {
			open = { aStart: at, aEnd: at, bStart: bt, bEnd: bt };
			out.push(open);
		}
		if (op === -1) {
			at += s.length;
			open.aEnd = at;
		} else {
			bt += s.length;
			open.bEnd = bt;
		}
	}
	for (const h of out) {
		while (h.aEnd > h.aStart && h.bEnd > h.bStart && /\s/.test(a[h.aEnd - 1]) && /\s/.test(b[h.bEnd - 1])) {
			h.aEnd--;
			h.bEnd--;
		}
		while (h.aEnd > h.aStart && h.bEnd > h.bStart && /\s/.test(a[h.aStart]) && /\s/.test(b[h.bStart])) {
			h.aStart++;
			h.bStart++;
		}
	}
	return out.filter((h) => h.aEnd > h.aStart || h.bEnd > h.bStart);
}

/**
 * Digits glued to a word in lower case or to the mark after one (`Rights29`, `Commission,11`, `(No. 182),16`,
 * `2024,11`) — not the thousands of `1,000`, nor names such as `G20` or `COVID-19`.
 */
const GLUED = /(?<=\p{Ll}\p{Ll}|[,;:)”’])(?<!\d,)\d{1,3}(?![\p{L}\p{N}])|(?<=\d,)\d{1,2}(?![\p{L}\p{N}])/gu;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** `full[offset, end)` with glued call digits taken out (the context decides what is glued), and how many. */
function unglued(full: string, offset: number, end: number): { text: string; calls: number } {
	let text = '';
	let calls = 0;
	let at = offset;
	GLUED.lastIndex = offset;
	for (let m = GLUED.exec(full); m; m = GLUED.exec(full)) {
		if (m.index >= end) {
			break;
		}
		if (m.index + m[0].length <= end) {
			text += full.slice(at, m.index);
			at = m.index + m[0].length;
			calls++;
		}
	}
	return { text: text + full.slice(at, end), calls };
}

/** Whether dropping one run of up to three digits that ends a number or stands alone in `longer` gives `shorter`. */
function oneCallMore(longer: string, shorter: string): boolean {
	const target = collapse(shorter);
	for (const m of longer.matchAll(/\d+(?![\p{L}\p{N}])/gu)) {
		const end = m.index + m[0].length;
		for (let k = 1; k <= Math.min(3, m[0].length); k++) {
			if (collapse(longer.slice(0, end - k) + longer.slice(end)) === target) {
				return true;
			}
		}
	}
	return false;
}

const near = (calls: ReadonlySet<number>, start: number, end: number) => [...calls].some((p) => p >= start - 1 && p <= end + 1);

/** Whether a change only adds, drops or renumbers note calls. */
export function callOnly(h: Hunk, a: CallText, b: CallText): boolean {
	const removed = unglued(a.text, h.aStart, h.aEnd);
	const added = unglued(b.text, h.bStart, h.bEnd);
	if (collapse(removed.text) === collapse(added.text)) {
		return true;
	}
	// A call on one side (taken out by the parser, or glued) and digits set apart on the other (`Material, 12 the`).
	const callA = removed.calls > 0 || near(a.calls, h.aStart, h.aEnd);
	const callB = added.calls > 0 || near(b.calls, h.bStart, h.bEnd);
	return (callA && oneCallMore(added.text, removed.text)) || (callB && oneCallMore(removed.text, added.text));
}

/** The changes from `a` to `b` that are more than note calls. */
export function wordChanges(a: CallText, b: CallText): Hunk[] {
	return a.text === b.text ? [] : hunks(a.text, b.text).filter((h) => !callOnly(h, a, b));
}

/**
 * `a` with only the given changes made: `b` without its note-call differences. Digits glued to a word in the words
 * a change brings (`Countries12`) are `b`'s note calls: left out, since `a`'s own calls stay where they are.
 */
export function withChanges(a: string, b: string, changes: readonly Hunk[]): string {
	let out = '';
	let at = 0;
	for (const h of changes) {
		out += a.slice(at, h.aStart) + unglued(b, h.bStart, h.bEnd).text;
		at = h.aEnd;
	}
	return out + a.slice(at);
}

/**
 * `t.text[start, end)` with a star after each word that carries a note call the parser took out (`Court* that
 * define`), as L-documents quote them (A/C.3/80/L.58); `unres amend` reads a star as "a call may stand here".
 * A call just after `end` counts when `closing` (a whole paragraph), not for quoted words.
 */
export function withCallMarks(t: CallText, start: number, end: number, closing = false): string {
	let out = '';
	let at = start;
	for (const p of [...t.calls].sort((x, y) => x - y)) {
		if (p > start && (p < end || (closing && p === end)) && /\S/.test(t.text[p - 1])) {
			// Digits after a decimal point are the number's own (`12.8 per cent`), whatever the parser took them for.
			const decimal = /\d[.,]$/.test(t.text.slice(start, p)) && /^\d+$/.test(t.digits?.get(p) ?? '');
			out += `${t.text.slice(at, p)}${decimal ? t.digits?.get(p) : '*'}`;
			at = p;
		}
	}
	return out + t.text.slice(at, end);
}
