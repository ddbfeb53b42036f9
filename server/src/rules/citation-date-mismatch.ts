import { factsOf, citationName } from '../citations/context';
import { dateLang, documentDateStyle, rewriteDate } from '../citations/dateStyle';
import { adoptionDates } from '../citations/resolve';
import { applyEdits } from '../fixes/edits';
import { dateArg } from '../l10n/messages';
import type { Finding, Fix, Rule } from './types';

export const citationDateMismatch: Rule = {
	id: 'citation-date-mismatch',
	defaultSeverity: 'warning',
	description: 'The date written with a cited resolution (“resolution 71/19 of 21 November 2016”) is the date the catalogue gives for its adoption.',
	check(ctx) {
		if (!ctx.catalog) {
			return [];
		}
		const facts = factsOf(ctx).filter((f) => f.citation.date && f.entry && !f.fault);
		// A date shared by a list (`both of …`) is fixed only when every item it dates agrees on the right one.
		const byDate = new Map<number, { dates: string[]; ok: boolean }[]>();
		const checked = facts.map((f) => {
			const dates = adoptionDates(f, ctx.catalog);
			const ok = dates.length === 0 || dates.includes(f.citation.date!.value);
			const group = byDate.get(f.citation.date!.span.start) ?? [];
			group.push({ dates, ok });
			byDate.set(f.citation.date!.span.start, group);
			return { f, dates, ok };
		});
		const out: Finding[] = [];
		const style = ctx.derive('citations.dateStyle', () => documentDateStyle(ctx.text, dateLang(ctx.lang)));
		for (const { f, dates, ok } of checked) {
			if (ok) {
				continue;
			}
			const c = f.citation;
			const written = c.date!;
			const right = dates[0];
			const group = byDate.get(written.span.start) ?? [];
			const agreed = group.every((g) => !g.ok && g.dates.length === 1 && g.dates[0] === right);
			const fixes: Fix[] = [];
			const edits = agreed && dates.length === 1 ? rewriteDate(ctx.text, written.span, right, style) : undefined;
			if (edits && edits.length > 0) {
				// The title shows the date as it will be written, in the document's language.
				const shifted = edits.map((e) => ({ ...e, span: { start: e.span.start - written.span.start, end: e.span.end - written.span.start } }));
				const shown = applyEdits(ctx.text.slice(written.span.start, written.span.end), shifted).replace(/\s+/g, ' ');
				// `unres check --fix` writes the date only when the catalogue has it from a record, not from other citations.
				const safe = f.entry?.dateSource === 'text' || f.entry?.dateSource === 'meetings' || f.entry?.dateSource === 'votes';
				fixes.push({ titleKey: 'fix.writeDate', titleArgs: [shown], kind: 'quickfix', isPreferred: true, ...(safe ? { safe } : {}), edits });
			}
			// A date known only from other texts' citations is less sure than the vote record or the text itself.
			const severity = f.entry?.dateSource === 'citations' ? 'information' : undefined;
			out.push({
				span: written.span,
				messageKey: 'dateMismatch',
				args: [citationName(c), dateArg(right), dateArg(written.value)],
				...(severity ? { severity } : {}),
				fixes,
			});
		}
		return out;
	},
};
