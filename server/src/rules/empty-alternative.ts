import type { Finding, Rule } from './types';

const EMPTY = /^\s*$/;

export const emptyAlternative: Rule = {
	id: 'empty-alternative',
	defaultSeverity: 'warning',
	description: 'No alternative or option of a negotiation text is empty: `[]`, `[ / ]`, an option with no text.',
	check(ctx) {
		const n = ctx.doc.negotiation;
		if (!n) {
			return [];
		}
		const out: Finding[] = [];
		for (const b of n.brackets) {
			if (b.status) {
				continue;
			}
			// `[]` is empty; `[ ]` alone is a placeholder to fill, but an empty member of `[A][ ]` is an empty alternative.
			const emptyMember = (b.group !== undefined || b.alternatives.length > 1) && b.alternatives.some((a) => EMPTY.test(n.text.slice(a.start, a.end)));
			if (b.inner.end === b.inner.start || emptyMember) {
				out.push({ span: b.span, messageKey: 'alternative.empty', args: [n.text.slice(b.span.start, b.span.end)] });
			}
		}
		for (const block of n.optionBlocks) {
			for (const o of block.options) {
				if (!o.hasText) {
					out.push({ span: o.head, messageKey: 'alternative.emptyOption', args: [o.name] });
				}
			}
		}
		return out;
	},
};
