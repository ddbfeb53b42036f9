import type { Located } from '../model/document';
import { LEAD_ADVERBS, LEAD_FOLLOWERS, LEAD_OPENERS } from './lexicon';

const WORD = /[\p{L}][\p{L}'’-]*/uy;
const GAP = /[ \t\u00a0]+/y;

/**
 * The lead phrase opening a paragraph at `from`: the emphasised words when the draft italicises them
 * (`*Rappelant également*`), else the opening participle or verb with the words that belong to it
 * (`Also requests`, `Se félicitant`, `Recalling further`, `Prenant note`).
 */
export function readLead(text: string, from: number, limit: number): Located<string> | undefined {
	let at = from;
	while (at < limit && /[ \t\u00a0]/.test(text[at])) {
		at++;
	}
	const mark = text[at];
	if (mark === '*' || mark === '_') {
		const open = text.startsWith(mark + mark, at) ? 2 : 1;
		const inner = at + open;
		const close = text.indexOf(mark, inner);
		const lineEnd = text.indexOf('\n', inner);
		if (close > inner && close - inner <= 120 && (lineEnd === -1 || close < lineEnd) && close <= limit) {
			const value = text.slice(inner, close).trim();
			if (/^\p{Lu}/u.test(value)) {
				return { value, span: { start: inner, end: inner + text.slice(inner, close).trimEnd().length } };
			}
		}
		at = inner;
	}
	WORD.lastIndex = at;
	const first = WORD.exec(text);
	if (!first || first.index !== at || !/^\p{Lu}/u.test(first[0])) {
		return undefined;
	}
	let end = at + first[0].length;
	let count = 1;
	for (;;) {
		GAP.lastIndex = end;
		if (!GAP.exec(text)) {
			break;
		}
		WORD.lastIndex = GAP.lastIndex;
		const next = WORD.exec(text);
		if (!next || next.index !== GAP.lastIndex || next.index >= limit) {
			break;
		}
		const word = next[0].toLowerCase();
		const opener = LEAD_OPENERS.has(first[0].toLowerCase());
		// `Also requests`, `Bearing in mind`, `Ayant à l'esprit`, `Recalling also`, `Prie en outre`.
		// `Once again urges`: the verb after `once again` belongs to the phrase.
		const afterOnceAgain = count === 2 && /^once[ \t\u00a0]+again$/i.test(text.slice(at, end));
		const takes = (opener && count === 1) || (opener && count === 2 && LEAD_FOLLOWERS.has(word)) || LEAD_ADVERBS.has(word) || afterOnceAgain;
		if (!takes || count >= 4 || (word === 'en' && !/^en[ \t]+outre\b/i.test(text.slice(next.index, next.index + 12))) || (word === 'de' && !/^de[ \t]+nouveau\b/i.test(text.slice(next.index, next.index + 12)))) {
			break;
		}
		end = next.index + next[0].length;
		count++;
	}
	return { value: text.slice(at, end), span: { start: at, end } };
}
