import { displaySymbol } from '../catalog/symbols';
import { citationName, factsOf } from '../citations/context';
import { bodyConflict } from '../citations/resolve';
import { ADD_TO_CATALOGUE_COMMAND } from '../model/finding';
import type { Finding, Fix, Rule } from './types';


/** What the command writes: the entry of the workspace catalogue file. */
export interface CatalogueAddition {
	readonly symbol: string;
	readonly date?: string;
}

export const uncataloguedResolution: Rule = {
	id: 'uncatalogued-resolution',
	defaultSeverity: 'information',
	description: 'A cited resolution the offline catalogue does not know. Usually real (the catalogue lacks most older General Assembly resolutions adopted without a vote), so never louder than information by default.',
	check(ctx) {
		if (!ctx.catalog) {
			return [];
		}
		const out: Finding[] = [];
		for (const { citation: c, key, entry, fault } of factsOf(ctx)) {
			// An impossible reference, or a number that does not fit the body named beside it, is another rule's.
			if (fault || !key || entry || bodyConflict(c)) {
				continue;
			}
			const symbol = displaySymbol(key, c.body === 'SC' ? c.year : undefined);
			const addition: CatalogueAddition = { symbol, ...(c.date ? { date: c.date.value } : {}) };
			const fix: Fix = { titleKey: 'fix.addToCatalogue', titleArgs: [symbol], kind: 'quickfix', edits: [], command: { name: ADD_TO_CATALOGUE_COMMAND, arguments: [addition] } };
			out.push({ span: c.span, messageKey: 'uncatalogued', args: [citationName(c)], fixes: [fix] });
		}
		return out;
	},
};
