import type { Lang } from '../model/document';
import type { NegotiationText, Span } from '../model/negotiation';
import { referenceEdits } from './references';
import { scanNegotiation } from './scan';

export type RemainingKind = 'bracket' | 'unmatched' | 'option' | 'alternative' | 'attribution';

/** Something that stops the clean-up: the text is not settled while it remains. */
export interface Remaining {
	readonly kind: RemainingKind;
	readonly span: Span;
	/** What to show: the bracket's first words, the label, the attribution. */
	readonly text: string;
}

export interface Edit {
	readonly span: Span;
	readonly newText: string;
}

export type CleanResult =
	| { readonly ok: true; readonly text: string; readonly edits: readonly Edit[] }
	| { readonly ok: false; readonly remaining: readonly Remaining[] };

/** What still has to be negotiated: brackets, unmatched brackets, option blocks, alternative paragraphs, attributions. */
export function remainingOf(text: string, n: NegotiationText): Remaining[] {
	const out: Remaining[] = [];
	for (const b of n.brackets) {
		if (!b.status) {
			out.push({ kind: 'bracket', span: b.span, text: shorten(text.slice(b.span.start, b.span.end)) });
		}
	}
	for (const u of n.unmatched) {
		out.push({ kind: 'unmatched', span: { start: u.offset, end: u.offset + 1 }, text: u.char });
	}
	for (const block of n.optionBlocks) {
		out.push({ kind: 'option', span: block.options[0]?.head ?? block.span, text: text.slice(block.span.start, block.span.start + 20).trim() });
	}
	for (const l of n.labels) {
		if (l.alt) {
			out.push({ kind: 'alternative', span: l.span, text: l.text });
		}
	}
	for (const a of n.attributions) {
		out.push({ kind: 'attribution', span: a.span, text: a.text });
	}
	return out.sort((a, b) => a.span.start - b.span.start);
}

function shorten(s: string): string {
	const one = s.replace(/\s+/g, ' ');
	return one.length > 40 ? `${one.slice(0, 39)}…]` : one;
}

/** The span of a status mark with the blank before it, or its whole line when it stands alone. */
function markRemoval(text: string, s: Span): Span {
	let start = s.start;
	while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
		start--;
	}
	let end = s.end;
	while (end < text.length && (text[end] === ' ' || text[end] === '\t')) {
		end++;
	}
	const atLineStart = start === 0 || text[start - 1] === '\n';
	const atLineEnd = end === text.length || text[end] === '\n' || text[end] === '\r';
	if (atLineStart && atLineEnd && start > 0) {
		// `…generations.` / `[Agreed ad ref]`: the line goes with its break.
		start--;
		if (start > 0 && text[start - 1] === '\r') {
			start--;
		}
		return { start, end };
	}
	return atLineEnd ? { start, end: s.end } : { start: s.start, end };
}

/**
 * The clean L-document: labels and status marks dropped, `bis`/`ter` paragraphs numbered in sequence and every
 * internal reference (`paragraph 5 bis above`) rewritten to the new number. Refuses while anything is still
 * under negotiation (a bracket, an alternative, an option), listing each.
 */
export function cleanText(text: string, _lang?: Lang): CleanResult {
	const n = scanNegotiation(text);
	if (!n) {
		return { ok: true, text, edits: [] };
	}
	const remaining = remainingOf(text, n);
	if (remaining.length > 0) {
		return { ok: false, remaining };
	}
	const edits: Edit[] = [];
	for (const m of n.statusMarks) {
		edits.push({ span: markRemoval(text, m.span), newText: '' });
	}
	// Labels: `PP3 ` goes; `OP5bis` and `5 bis.` become the paragraph's number in sequence.
	for (const l of n.labels) {
		if (l.position === undefined) {
			edits.push({ span: { start: l.span.start, end: l.textStart }, newText: '' });
		} else {
			edits.push({ span: l.span, newText: `${l.position}.` });
		}
	}
	// Plain numbers after an inserted paragraph move on by one each.
	for (const p of n.plainNumbers) {
		if (p.position !== p.number) {
			edits.push({ span: { start: p.offset, end: p.offset + String(p.number).length }, newText: String(p.position) });
		}
	}
	// References read the numbering they stand in: the resolution's, or an annex's that starts again at 1.
	edits.push(...referenceEdits(text, n.labels, n.plainNumbers));
	edits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	let out = '';
	let at = 0;
	const applied: Edit[] = [];
	for (const e of edits) {
		if (e.span.start < at) {
			continue;
		}
		applied.push(e);
		out += text.slice(at, e.span.start) + e.newText;
		at = e.span.end;
	}
	out += text.slice(at);
	return { ok: true, text: out, edits: applied };
}
