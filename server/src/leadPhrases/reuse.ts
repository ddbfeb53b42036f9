import type { DocumentFacts } from '../model/analysis';
import type { Span } from '../model/document';
import type { LeadMatch } from './match';
import type { Token } from './words';

/** The lead phrase read at `[start, limit)` by the version before, when the edit since did not reach it; undefined when unknown. */
export type EarlierLeads = (start: number, limit: number) => { match: LeadMatch | undefined } | undefined;

/**
 * A version reparsed in place reads again only the lead phrases the edit reached (decision 17): a paragraph's
 * opening read from `[start, limit)` and the character after it (where a word ends) is the same text as before when
 * it lies wholly before the edit, or wholly after it (then shifted by the edit's length).
 */
export function earlierLeads(facts: DocumentFacts | undefined, leadsOf: (f: DocumentFacts) => ReadonlyMap<number, { limit: number; match: LeadMatch | undefined }> | undefined): EarlierLeads | undefined {
	const previous = facts?.previous;
	const before = previous && previous.facts.doc.lang === facts.doc.lang ? leadsOf(previous.facts) : undefined;
	if (!previous || !before) {
		return undefined;
	}
	const delta = previous.newEnd - previous.oldEnd;
	return (start, limit) => {
		const after = start >= previous.newEnd;
		if (!after && limit >= previous.start) {
			return undefined;
		}
		const old = before.get(after ? start - delta : start);
		if (!old || old.limit !== (after ? limit - delta : limit)) {
			return undefined;
		}
		return { match: after && old.match ? shiftLead(old.match, delta) : old.match };
	};
}

function shiftLead(m: LeadMatch, delta: number): LeadMatch {
	const span = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
	const moved = new Map<Token, Token>();
	const token = (t: Token): Token => {
		let n = moved.get(t);
		if (!n) {
			n = { ...t, start: t.start + delta, end: t.end + delta };
			moved.set(t, n);
		}
		return n;
	};
	return {
		...m,
		span: span(m.span),
		coreTokens: m.coreTokens.map(token),
		tokens: m.tokens.map(token),
		...(m.modifier ? { modifier: { ...m.modifier, span: span(m.modifier.span) } } : {}),
	};
}
