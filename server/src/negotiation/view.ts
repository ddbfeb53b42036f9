import type { NegotiationText, Span } from '../model/negotiation';
import { attributionIn } from './brackets';

type Parts = Omit<NegotiationText, 'view' | 'text'>;

/** Blanks a span, keeping line breaks so that lines stay where they are. */
function blank(chars: string[], s: Span): void {
	for (let i = s.start; i < s.end; i++) {
		if (chars[i] !== '\n' && chars[i] !== '\r') {
			chars[i] = ' ';
		}
	}
}

/** Writes `5.` over a label token of at least that length, the rest blank. */
function writeNumber(chars: string[], s: Span, n: number): boolean {
	const token = `${n}.`;
	if (token.length > s.end - s.start) {
		return false;
	}
	blank(chars, s);
	for (let i = 0; i < token.length; i++) {
		chars[s.start + i] = token[i];
	}
	return true;
}

/**
 * The text as the resolution rules read it (see {@link NegotiationText.view}): the same length and lines, so
 * that every offset of the parse still points into the original text.
 */
export function buildView(text: string, parts: Parts, renumbered: readonly { digits: Span; position: number }[]): string {
	const chars = [...text.split('')];
	for (const line of parts.markupLines) {
		blank(chars, line);
	}
	for (const m of parts.statusMarks) {
		blank(chars, m.span);
	}
	for (const a of parts.attributions) {
		blank(chars, a.span);
	}
	for (const g of parts.groups) {
		// `[Decides][Requests]`: the first alternative stands for the group; the others are read on their own.
		for (const i of g.slice(1)) {
			blank(chars, parts.brackets[i].span);
		}
	}
	for (const b of parts.brackets) {
		// `[Option 5A: , subject to …]`: the option's name is no text of the paragraph.
		const option = /^Option[ \t]+\w{1,3}[ \t]*:/.exec(text.slice(b.inner.start, b.inner.start + 16));
		if (option) {
			blank(chars, { start: b.inner.start, end: b.inner.start + option[0].length });
		}
		chars[b.span.start] = ' ';
		chars[b.span.end - 1] = ' ';
		if (b.alternatives.length > 1) {
			blank(chars, { start: b.alternatives[0].end, end: b.inner.end });
			const own = attributionIn(text, Math.max(b.alternatives[0].start, b.alternatives[0].end - 200), b.alternatives[0].end);
			if (own) {
				blank(chars, own.span);
			}
		} else if (b.attribution) {
			// `… responsibilities. -G77; US delete.]`: a final stop of the attribution is the sentence's own.
			const a = b.attribution.span;
			const keep = /[.;,]$/.test(text.slice(a.start, a.end)) ? 1 : 0;
			blank(chars, { start: a.start, end: a.end - keep });
		}
	}
	for (const u of parts.unmatched) {
		chars[u.offset] = ' ';
	}
	for (const l of parts.labels) {
		if (l.position === undefined || !writeNumber(chars, l.span, l.position)) {
			blank(chars, l.span);
		}
	}
	for (const r of renumbered) {
		// `5 bis` → `6    `: the position, padded; a longer number than the space it has is left as written.
		const token = String(r.position);
		if (token.length <= r.digits.end - r.digits.start) {
			blank(chars, r.digits);
			for (let i = 0; i < token.length; i++) {
				chars[r.digits.start + i] = token[i];
			}
		}
	}
	return chars.join('');
}
