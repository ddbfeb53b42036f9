import type { Finding, Rule } from './types';

export const bracketBalance: Rule = {
	id: 'bracket-balance',
	defaultSeverity: 'error',
	description: 'Every square bracket of a negotiation text is closed, and every closing bracket has its opening one.',
	check(ctx) {
		const n = ctx.doc.negotiation;
		if (!n) {
			return [];
		}
		return n.unmatched.map((u): Finding => ({
			span: { start: u.offset, end: u.offset + 1 },
			messageKey: u.char === '[' ? 'bracket.unclosed' : 'bracket.unopened',
			args: [],
			related: u.candidates.map((c) => ({ span: { start: c, end: c + 1 }, messageKey: u.char === '[' ? 'bracket.related.close' : 'bracket.related.open', args: [] })),
		}));
	},
};
