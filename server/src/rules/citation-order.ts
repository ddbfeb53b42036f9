import { citationLists, orderFaults, sortListEdit } from '../citations/lists';
import { shortNumber } from '../citations/resolve';
import type { Finding, Fix, Rule } from './types';

export const citationOrder: Rule = {
	id: 'citation-order',
	defaultSeverity: 'information',
	description: 'A list of cited resolutions (“its resolutions 71/19 of 21 November 2016 and 73/11 of 26 November 2018”) runs in chronological order, by the catalogue’s dates or the dates written.',
	check(ctx) {
		const out: Finding[] = [];
		for (const list of citationLists(ctx.doc.citations)) {
			const faults = orderFaults(list, ctx.catalog);
			if (faults.length === 0) {
				continue;
			}
			const edit = sortListEdit(ctx.text, list, ctx.catalog);
			const fixes: Fix[] = edit ? [{ titleKey: 'fix.sortCitations', kind: 'quickfix', edits: [edit] }] : [];
			for (const { item, after } of faults) {
				out.push({ span: item.span, messageKey: 'order.before', args: [shortNumber(item), shortNumber(after)], related: [{ span: after.span, messageKey: 'order.related', args: [shortNumber(after)] }], fixes });
			}
		}
		return out;
	},
};
