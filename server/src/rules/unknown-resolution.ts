import { citationName, factsOf } from '../citations/context';
import { shortNumber } from '../citations/resolve';
import { dateArg } from '../l10n/messages';
import type { Finding, Rule } from './types';

export const unknownResolution: Rule = {
	id: 'unknown-resolution',
	defaultSeverity: 'warning',
	description: 'A cited resolution can exist: its session or year is not in the future, a Security Council number is not above the last adopted and has the year of that number, a number of a session the catalogue lists completely is in it, and the symbol is well formed.',
	check(ctx) {
		const out: Finding[] = [];
		for (const { citation: c, fault } of factsOf(ctx)) {
			if (!fault) {
				continue;
			}
			const name = citationName(c);
			const written = shortNumber(c);
			switch (fault.kind) {
				case 'futureSession':
					out.push({ span: c.span, messageKey: fault.body === 'GA' ? 'unknown.futureSession' : 'unknown.futureSessionHrc', args: [name, fault.session, fault.year] });
					break;
				case 'futureYear':
					out.push({ span: c.span, messageKey: 'unknown.futureYear', args: [name, fault.year] });
					break;
				case 'scAboveLast':
					out.push(fault.through
						? { span: c.span, messageKey: 'unknown.scAboveLast', args: [name, fault.last, dateArg(fault.through)] }
						: { span: c.span, messageKey: 'unknown.scAboveLastNoDate', args: [name, fault.last] });
					break;
				case 'scYear': {
					const wrong = ctx.text.slice(fault.yearSpan.start, fault.yearSpan.end);
					out.push({
						span: c.span,
						messageKey: 'unknown.scYear',
						args: [written, c.number ?? '', fault.actual, wrong],
						fixes: [{ titleKey: 'fix.replaceWord', titleArgs: [wrong, String(fault.actual)], kind: 'quickfix', isPreferred: true, safe: true, edits: [{ span: fault.yearSpan, newText: String(fault.actual) }] }],
					});
					break;
				}
				case 'scYearBefore':
					out.push({ span: c.span, messageKey: 'unknown.scYearBefore', args: [written, fault.last, fault.lastYear, c.year ?? ''] });
					break;
				case 'notInSession':
					out.push({ span: c.span, messageKey: 'unknown.notInSession', args: [name, fault.session, fault.last] });
					break;
				case 'malformed':
					out.push({ span: c.span, messageKey: `unknown.${fault.why}`, args: [written] });
					break;
			}
		}
		return out;
	},
};
