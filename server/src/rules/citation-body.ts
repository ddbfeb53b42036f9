import { bodyName } from '../citations/context';
import { bodyConflict, shortNumber } from '../citations/resolve';
import { msg, type MessageKey } from '../l10n/messages';
import type { Finding, Rule } from './types';

export const citationBody: Rule = {
	id: 'citation-body',
	defaultSeverity: 'warning',
	description: 'The body named beside a cited number can have numbered it so: a year/number is the Economic and Social Council’s, number (year) the Security Council’s, session/number the General Assembly’s or the Human Rights Council’s.',
	check(ctx) {
		const out: Finding[] = [];
		for (const c of ctx.doc.citations) {
			const conflict = c.kind === 'document' ? undefined : bodyConflict(c);
			if (!conflict) {
				continue;
			}
			out.push({ span: c.span, messageKey: 'body.mismatch', args: [shortNumber(c), bodyName(conflict.named), msg(`shape.${conflict.shape}` as MessageKey)] });
		}
		return out;
	},
};
