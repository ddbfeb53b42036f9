/**
 * What a citing text itself says of a resolution: the clause right after the citation (its date and the rest of
 * its list included) — "51/1 du 15 octobre 1996, dans laquelle elle a invité …", "71/19 … et 73/11 … concernant la
 * coopération entre …". The hover shows it where the catalogue has no title. Pure.
 */
import type { Citation, ResolutionDocument } from '../model/document';

// Between two citations of one list: a comma or a conjunction, maybe the trigger word again ("and its resolution").
const LIST_GAP = /^[\s,]*(?:(?:et|and|y|e|ainsi que|as well as|as also)\s+)?(?:(?:ses|sa|son|les|la|its|the|su|sus|las|los)\s+)?(?:r[ée]solu(?:tion|ción|ciones|tions?)|d[ée]cisi(?:on|ón|ones|ons))?[\s,]*$/i;

// A clause that says something of the text it follows.
const CLAUSE_START = new RegExp([
	// French
	'dans (?:laquelle|lesquelles|lequel|lesquels)', 'par (?:laquelle|lesquelles)', 'aux termes de (?:laquelle|lesquelles)', 'concernant', 'relatives? à',
	'intitulées?', 'portant', 'sur (?:la|le|les|l[’\'])', 'qui',
	// English
	'in which', 'by which', 'under which', 'whereby', 'concerning', 'regarding', 'relating to', 'entitled', 'on (?:the|a|an)\\b', 'which',
	// Spanish
	'en (?:la|las|el|los) que', 'por (?:la|las|el|los) que', 'relativas? a', 'sobre (?:la|el|los|las)', 'titulada', 'que',
].map((w) => `(?:${w})`).join('|'), 'iu');

// Where the clause ends: the next item of the paragraph ("…, et ses résolutions …", "…, and recalling …") or a semicolon.
const CLAUSE_END = /;|,\s+(?:et|and|y|ainsi que|as well as)\s+(?:ses?|sa|son|les|la|its|the|their|su|sus|las|los|rappelant|recalling|recordando|notant|noting|observando)\b|\s(?:et|and|y)\s+(?:\S+\s+){0,2}(?:r[ée]solu(?:tion|ción)|d[ée]cisi[oó]n)/iu;
// … or another body's text: ", and Economic and Social Council resolution …".
const NEXT_BODY = /,\s+(?:et|and|y)\s+(?=\p{Lu})/u;

const MAX = 300;

/** The clause, as plain text without Markdown, or undefined when none follows the citation. */
export function citedClause(text: string, doc: ResolutionDocument, c: Citation): string | undefined {
	const list = doc.citations;
	let i = list.indexOf(c);
	if (i < 0) {
		return undefined;
	}
	let end = ending(list[i]);
	// The rest of the list the citation belongs to: the clause after the list speaks of all of its texts.
	while (i + 1 < list.length && list[i + 1].span.start - end < 60 && LIST_GAP.test(cleaned(text.slice(end, list[i + 1].span.start)).replace(/[[\]()#]/g, ''))) {
		i++;
		end = ending(list[i]);
	}
	// The paragraph goes on to a blank line.
	const stop = /\n[ \t]*\n/.exec(text.slice(end, end + 4000));
	let tail = cleaned(text.slice(end, end + (stop ? stop.index : 4000))).replace(/^[\s,;:]+/, '');
	if (!new RegExp(`^(?:${CLAUSE_START.source})(?=\\s|$)`, 'iu').test(tail)) {
		return undefined;
	}
	for (const end of [CLAUSE_END, NEXT_BODY]) {
		const cut = end.exec(tail);
		if (cut) {
			tail = tail.slice(0, cut.index);
		}
	}
	tail = tail.replace(/[\s,;:.]+$/, '');
	return tail.length > MAX ? `${tail.slice(0, MAX - 1).replace(/\s+\S*$/, '')} …` : tail || undefined;
}

function ending(c: Citation): number {
	return Math.max(c.span.end, c.date?.span.end ?? 0);
}

/** Markdown and note calls out: `[51/1](#)` → `51/1`, `[^2]`, `^2^`, superscript digits, emphasis. */
function cleaned(s: string): string {
	return s
		.replace(/\[\^[^\]]*\]/g, '')
		.replace(/\^[^^\s]+\^/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[\u00b9\u00b2\u00b3\u2070-\u2079*_]/g, '')
		.replace(/\s+/g, ' ');
}
