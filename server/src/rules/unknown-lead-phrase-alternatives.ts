import { kindsOf, matchLead, type LeadKind } from '../leadPhrases/index';
import type { DraftView } from '../leadPhrases/paragraphs';
import type { Finding, RuleContext } from './types';

/**
 * `[Decides][Requests] that …`, `[Calls upon / Encourages]`: the rule reads the first alternative through the
 * view; each other alternative that opens the paragraph is checked here on its own.
 */
export function alternativeLeads(ctx: RuleContext, view: DraftView, exampleOf: (kind: LeadKind) => string): Finding[] {
	const n = ctx.doc.negotiation;
	if (!n || !view.lang) {
		return [];
	}
	const out: Finding[] = [];
	for (const d of view.paragraphs) {
		if (d.role !== 'paragraph') {
			continue;
		}
		// The bracket that opens the paragraph (right after its number), with its alternatives.
		const first = n.brackets.find((b) => b.inner.start >= d.textStart - 2 && b.span.start <= d.textStart + 1 && !b.status);
		if (!first) {
			continue;
		}
		const others = first.group !== undefined
			? n.groups[first.group].slice(1).map((i) => n.brackets[i].alternatives[0])
			: first.alternatives.slice(1);
		for (const alt of others) {
			const start = alt.start + (/^\s*/.exec(n.text.slice(alt.start, alt.end))?.[0].length ?? 0);
			const m = matchLead(n.text, start, view.lang, alt.end);
			if (!m || !kindsOf(m).has(d.zone)) {
				const word = /^[\p{L}'’-]+(?:[ \t]+[\p{L}'’-]+)?/u.exec(n.text.slice(start, alt.end))?.[0] ?? n.text.slice(start, alt.end);
				if (word) {
					out.push({ span: { start, end: start + word.length }, messageKey: d.zone === 'preambular' ? 'lead.unknown.preambular' : 'lead.unknown.operative', args: [word, exampleOf(d.zone)] });
				}
			}
		}
	}
	return out;
}
