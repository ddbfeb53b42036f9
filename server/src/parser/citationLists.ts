import type { Body, Citation } from '../model/document';
import { dateAt, type DateMatch } from './dates';

/**
 * How the items of a cited list are joined and dated (issue 17, the official texts): a list joined to another
 * organization's list, dates written one after the other for the items in order, and which shapes a named body
 * numbers so. Used by citations.ts.
 */

/** Other organizations named in full before the keyword, in one noun phrase (no comma between). */
export const FOREIGN_NAMED = /(?:International Telecommunication Union|Union internationale des télécommunications|Unión Internacional de Telecomunicaciones|Conference of (?:the )?States Parties|Conférence des États parties|Conferencia de (?:los )?Estados Partes)(?:(?!\s(?:and|et|y)\s)[^,.;:]){0,100}$/;
/** The numbers of a list, then the words that join the next list to it: `91 and `, `250/2002, 275/2003 et `. */
const D = `\\d{1,2}\\s+(?:de\\s+)?\\p{L}+\\s+(?:de\\s+)?\\d{4}(?:\\[\\^\\d+\\])?\\s*`;
const AND = `(?:,?\\s*(?:and|et|y)\\s+|,\\s*)`;
const DATED_ITEM = `[\\d/()A-Z]+(?:\\[\\^\\d+\\])?\\s*(?:,?\\s*(?:of|du|de|del)\\s+${D})?`;
const ITEMS = `\\s*${DATED_ITEM}(?:${AND}${DATED_ITEM})*`;
const OF_NAME = `,?\\s+(?:of the|de la|de l['’]|du|del|de los)\\s+[^,.;\\d]{1,90}?`;
export const JOINED_ITEMS = new RegExp(
	`^(?:${ITEMS}|${OF_NAME}(?:,?\\s+(?:en date des?|of|de)\\s+${D}(?:${AND}${D})*)?|${OF_NAME}\\s+${ITEMS}),?\\s*(?:and|et|y|as well as|ainsi que|así como)\\s+(?:(?:the|la|les|las|los|its|sa|ses|su|sus)\\s+)?$`,
	'u',
);

const NEXT_DATE = /(?:,\s*(?:and\s+|et\s+|y\s+)?|\s+(?:and|et|y)\s+)(?:(?:of|du|de|del|el)\s+)?/y;

/** The dates that follow `first` one after the other, when there are exactly `n` of them. */
export function datesInOrder(masked: string, first: DateMatch, end: number, n: number): DateMatch[] | undefined {
	const dates = [first];
	while (dates.length <= n) {
		NEXT_DATE.lastIndex = dates[dates.length - 1].end;
		const sep = NEXT_DATE.exec(masked);
		const next = sep ? dateAt(masked, NEXT_DATE.lastIndex) : undefined;
		if (!next || next.end > end) {
			break;
		}
		dates.push(next);
	}
	return dates.length === n ? dates : undefined;
}

/** Whether an item's shape is the numbering of `body`: `n (yyyy)` the Security Council's, `yyyy/n` ECOSOC's, `n/m` the others'. */
export function shapeFits(c: Citation, body: Body): boolean {
	const shape = c.body === 'SC' ? 'SC' : c.body === 'ECOSOC' ? 'ECOSOC' : c.text.includes('(') ? 'roman' : 'session';
	return shape === body || (shape === 'session' && (body === 'GA' || body === 'HRC')) || (shape === 'roman' && (body === 'GA' || body === 'ECOSOC'));
}
