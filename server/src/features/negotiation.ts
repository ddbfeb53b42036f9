import type { DocumentSymbol } from 'vscode-languageserver-types';
import { format, type Locale } from '../l10n/messages';
import type { Paragraph, ResolutionDocument, Span } from '../model/document';
import type { BracketSpan, NegotiationText } from '../model/negotiation';
import { attributionIn } from '../negotiation/brackets';
import type { LineMap } from '../parser/lines';

/** A quick action of a negotiation text: pure edits on offsets. */
export interface NegotiationAction {
	readonly title: string;
	readonly kind: 'refactor.rewrite';
	readonly edits: readonly { readonly span: Span; readonly newText: string }[];
}

const shorten = (s: string, max = 40): string => {
	const one = s.replace(/\s+/g, ' ').trim();
	return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

/** The innermost bracket that holds the offset (on a bracket character or inside it). */
export function bracketAt(n: NegotiationText, offset: number): BracketSpan | undefined {
	let best: BracketSpan | undefined;
	for (const b of n.brackets) {
		if (b.span.start <= offset && offset < b.span.end && (!best || b.depth > best.depth)) {
			best = b;
		}
	}
	return best;
}

/** The words of an alternative without its attribution (`extreme` of `[extreme - US; G77 delete]`). */
function alternativeText(text: string, s: Span): string {
	const a = attributionIn(text, s.start, s.end);
	return text.slice(s.start, a ? a.span.start : s.end).trim();
}

/** Every alternative a bracket offers, with the span the choice replaces. */
function alternativesOf(text: string, n: NegotiationText, b: BracketSpan): { texts: string[]; span: Span } | undefined {
	if (b.group !== undefined) {
		const members = n.groups[b.group].map((i) => n.brackets[i]);
		return { texts: members.map((m) => alternativeText(text, m.inner)), span: { start: members[0].span.start, end: members[members.length - 1].span.end } };
	}
	if (b.alternatives.length > 1) {
		return { texts: b.alternatives.map((a) => alternativeText(text, a)), span: b.span };
	}
	return undefined;
}

/** Hover on a bracket: its depth, alternatives, attribution, status. */
export function bracketHover(doc: ResolutionDocument, text: string, offset: number, locale: Locale): { span: Span; markdown: string } | undefined {
	const n = doc.negotiation;
	if (!n) {
		return undefined;
	}
	const u = n.unmatched.find((x) => x.offset === offset);
	if (u) {
		return { span: { start: u.offset, end: u.offset + 1 }, markdown: `**${format('hover.unmatched', [], locale)}**` };
	}
	const b = bracketAt(n, offset);
	if (!b) {
		return undefined;
	}
	const lines = [`**${format('hover.bracket', [b.depth], locale)}**`];
	if (b.status) {
		lines.push(format('hover.status', [], locale));
	}
	if (b.placeholder) {
		lines.push(format('hover.placeholder', [], locale));
	}
	const alts = alternativesOf(text, n, b);
	if (alts) {
		lines.push(format('hover.alternatives', [alts.texts.map((t) => `“${shorten(t)}”`).join(' | ')], locale));
	}
	const attributions = (alts && b.group !== undefined ? n.groups[b.group].map((i) => n.brackets[i]) : [b])
		.flatMap((m) => m.alternatives.map((a) => attributionIn(text, a.start, a.end)?.text))
		.filter((a): a is string => a !== undefined);
	if (attributions.length > 0) {
		lines.push(format('hover.attribution', [attributions.join('; ')], locale));
	}
	return { span: b.span, markdown: lines.join('\n\n') };
}

/** The paragraph around an offset. */
function paragraphAt(doc: ResolutionDocument, offset: number): Paragraph | undefined {
	const all = [...doc.preamble, ...doc.operativeParts.flatMap((p) => p.paragraphs), ...doc.annexes.flatMap((a) => [...a.paragraphs, ...a.parts.flatMap((p) => p.paragraphs)])];
	return all.find((p) => p.span.start <= offset && offset <= p.span.end);
}

/** The end of the line where a paragraph ends (after a footnote marker or a closing bracket). */
function paragraphLineEnd(text: string, p: Paragraph): number {
	let end = text.indexOf('\n', Math.max(p.span.start, p.span.end - 1));
	end = end < 0 ? text.length : end;
	while (end > p.span.start && /[ \t\r]/.test(text[end - 1])) {
		end--;
	}
	return end;
}

/** Accept an alternative, remove the brackets of an agreed span, mark a paragraph as agreed. */
export function negotiationActions(doc: ResolutionDocument, text: string, offset: number, locale: Locale): NegotiationAction[] {
	const n = doc.negotiation;
	if (!n) {
		return [];
	}
	const out: NegotiationAction[] = [];
	const b = bracketAt(n, offset);
	if (b && !b.status) {
		const alts = alternativesOf(text, n, b);
		if (alts) {
			for (const t of alts.texts) {
				out.push({ title: format('fix.acceptAlternative', [shorten(t)], locale), kind: 'refactor.rewrite', edits: [{ span: alts.span, newText: t }] });
			}
		} else {
			const a = b.attribution;
			let inner = text.slice(b.inner.start, a ? a.span.start : b.inner.end);
			if (a) {
				inner = inner.replace(/[ \t]+$/, '');
				const stop = /[.;,]$/.exec(text.slice(a.span.start, a.span.end));
				if (stop && !/[.;,]$/.test(inner)) {
					inner += stop[0];
				}
			}
			out.push({ title: format('fix.removeBrackets', [], locale), kind: 'refactor.rewrite', edits: [{ span: b.span, newText: inner }] });
		}
	}
	const p = paragraphAt(doc, offset);
	if (p && !n.statusMarks.some((m) => m.span.start >= p.span.start && m.span.start <= paragraphLineEnd(text, p) + 20)) {
		const end = paragraphLineEnd(text, p);
		out.push({ title: format('fix.markAgreed', [], locale), kind: 'refactor.rewrite', edits: [{ span: { start: end, end }, newText: ' [Agreed ad ref]' }] });
	}
	return out;
}

/** The label and bracket count a paragraph shows in the outline: `OP5bis`, `3 [ ]`. */
export function paragraphOutline(doc: ResolutionDocument, p: Paragraph, locale: Locale = 'en'): { prefix?: string; detail?: string } {
	const n = doc.negotiation;
	if (!n) {
		return {};
	}
	const count = n.brackets.filter((b) => !b.status && b.span.start >= p.span.start && b.span.start < p.span.end).length;
	return {
		...(p.label ? { prefix: p.label.text } : {}),
		...(count > 0 ? { detail: format('outline.brackets', [count], locale) } : {}),
	};
}

/** Alternatives inside a paragraph, as children of its outline entry. */
export function alternativeSymbols(doc: ResolutionDocument, text: string, p: Paragraph, lines: LineMap): DocumentSymbol[] {
	const n = doc.negotiation;
	if (!n) {
		return [];
	}
	const out: DocumentSymbol[] = [];
	for (const g of n.groups) {
		const members = g.map((i) => n.brackets[i]);
		if (members[0].span.start < p.span.start || members[0].span.start >= p.span.end) {
			continue;
		}
		for (const m of members) {
			out.push({ name: `[${shorten(alternativeText(text, m.inner))}]`, kind: 22, range: lines.range(m.span), selectionRange: lines.range(m.span) });
		}
	}
	return out;
}

/** Option blocks in the outline, each option a child. */
export function optionSymbols(doc: ResolutionDocument, text: string, lines: LineMap, locale: Locale = 'en'): DocumentSymbol[] {
	const n = doc.negotiation;
	if (!n) {
		return [];
	}
	return n.optionBlocks.map((block) => ({
		name: format('outline.options', [], locale),
		detail: `${block.options.length}`,
		kind: 10,
		range: lines.range(block.span),
		selectionRange: lines.range(block.options[0]?.head ?? block.span),
		children: block.options.map((o) => ({
			name: shorten(text.slice(o.head.start, o.head.end)),
			kind: 22,
			range: lines.range(o.span),
			selectionRange: lines.range(o.head),
		})),
	}));
}
