import type { ResolutionDocument } from '../model/document';
import { symbolBracket } from './layoutSilence';
import type { Finding, Rule } from './types';

/** What makes a text look final: a document symbol in the masthead, an adoption line or a closing meeting line. */
function finalSign(doc: ResolutionDocument): string | undefined {
	return doc.masthead.symbol?.value ?? doc.adoption?.text.slice(0, 40) ?? doc.closing?.meeting.value;
}

export const negotiationLeftover: Rule = {
	id: 'negotiation-leftover',
	defaultSeverity: 'information',
	description: 'A text that looks final (it has a document symbol) keeps no paragraph label, bracket, attribution or status mark of the negotiation.',
	check(ctx) {
		const n = ctx.doc.negotiation;
		const sign = n && finalSign(ctx.doc);
		if (!n || !sign) {
			return [];
		}
		const out: Finding[] = [];
		for (const l of n.labels) {
			out.push({ span: l.span, messageKey: 'leftover.label', args: [l.text, sign] });
		}
		for (const b of n.brackets) {
			if (!b.status && !symbolBracket(ctx.text, b.inner)) {
				out.push({ span: { start: b.span.start, end: b.span.start + 1 }, messageKey: 'leftover.bracket', args: [sign] });
			}
		}
		for (const m of n.statusMarks) {
			out.push({ span: m.span, messageKey: 'leftover.status', args: [m.text, sign] });
		}
		for (const a of n.attributions) {
			out.push({ span: a.span, messageKey: 'leftover.attribution', args: [a.text, sign] });
		}
		for (const block of n.optionBlocks) {
			out.push({ span: block.options[0]?.head ?? block.span, messageKey: 'leftover.option', args: [sign] });
		}
		return out.sort((a, b) => a.span.start - b.span.start);
	},
};
