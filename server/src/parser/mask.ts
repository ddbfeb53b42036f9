import { defineQuery } from '../model/analysis';
import type { Span } from '../model/document';

/**
 * A copy of the text of the same length in which Markdown decoration (emphasis stars, link brackets and
 * targets) and superscript digits are blanked with spaces. Every pattern runs on it, so `[51/1](#)` reads as
 * ` 51/1    ` and `*Rappelant*` as ` Rappelant `, while every offset still points into the original text.
 */
export function maskMarkdown(text: string): string {
	// Plain PDF text has no links or Markdown notes: one pass over the emphasis stars and superscripts, if any.
	if (!text.includes('](') && !text.includes('[^')) {
		return text.includes('*') || hasSuperscript(text) ? text.replace(DECORATION, ' ') : text;
	}
	// Otherwise one pass for everything, so that a long text is copied once, not three times.
	return text.replace(MARKDOWN, (m: string, inner: string | undefined, url: string | undefined, at: number) =>
		url !== undefined ? ` ${(inner ?? '').replace(DECORATION, ' ')}${' '.repeat(url.length + 3)}`
		// `Durban[^1]:` in a sentence keeps its colon; only a definition's `[^1]:` at the start of a line is blanked whole.
		: m.endsWith(':') && !startsLine(text, at) ? `${' '.repeat(m.length - 1)}:` : ' '.repeat(m.length));
}

/** Whether only spaces or tabs stand between the start of `at`'s line (or of the text) and `at`. */
export function startsLine(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) {
		i--;
	}
	return i < 0 || text[i] === '\n' || text[i] === '\r';
}

const DECORATION = /[*⁰¹²³⁴⁵⁶⁷⁸⁹]/g;
const SUPERSCRIPT_DIGITS = ['¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** Whether the text has a superscript digit: ten plain searches run faster than one character class. */
export function hasSuperscript(text: string): boolean {
	return SUPERSCRIPT_DIGITS.some((d) => text.includes(d));
}
/** A link `[text](target)` (its text kept), a Markdown note call or definition `[^1]`, `[^1]:`, a run of stars or superscripts. */
const MARKDOWN = /\[([^[\]\n]{0,300})\]\(([^()\n]{0,500})\)|\[\^[^\][\s]{1,20}\]:?|[*⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/**
 * The parser's masked text of a version (Markdown, footnote markers and page furniture blanked): what the passes
 * after the parser search. `parseVersion` gives it the parser's own; a document parsed without facts gets
 * Markdown, footnote texts and markers blanked anew.
 */
export const MASKED = defineQuery('parser.masked', (doc, text) =>
	blankSpans(maskMarkdown(text), [...doc.footnotes.map((f) => f.span), ...doc.footnoteMarkers.map((m) => m.span)]));

/** Blanks the given spans (sorted or not) of a masked text. */
export function blankSpans(masked: string, spans: readonly Span[]): string {
	// Spans already blank (note calls the Markdown mask took out) need no copy of the text.
	const todo = spans.filter((s) => !isBlank(masked, s));
	if (todo.length === 0) {
		return masked;
	}
	const sorted = todo.sort((a, b) => a.start - b.start);
	const parts: string[] = [];
	let at = 0;
	for (const s of sorted) {
		const start = Math.max(s.start, at);
		if (s.end <= start) {
			continue;
		}
		parts.push(masked.slice(at, start), ' '.repeat(s.end - start));
		at = s.end;
	}
	parts.push(masked.slice(at));
	return parts.join('');
}

function isBlank(text: string, span: Span): boolean {
	for (let i = span.start; i < span.end; i++) {
		if (text.charCodeAt(i) !== 32) {
			return false;
		}
	}
	return true;
}
