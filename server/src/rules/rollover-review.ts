import { msg } from '../l10n/messages';
import { maskOf } from '../parser/mask';
import { declaredBase } from '../versions/declaredBase';
import type { Finding, Rule } from './types';

/**
 * In a draft made from an earlier text (it names its base: `unres-base: …`), every reference to a session in
 * words is a place the drafter must look at: "at its eighty-first session" moves on with the new session,
 * "since its seventy-first session" does not. Information only; silent in texts that name no base.
 */
const SESSION = /\b(?:(?:[A-Za-z]+-)?[A-Za-z]+(?:th|st|nd|rd) session|(?:[\p{L}-]+ et )?[\p{L}-]+ième session|[\p{L}]+(?:ésimo|imo|avo|eno|ndo|ero|cer|mer|rto|nto|xto)(?: [\p{L}]+)? período de sesiones)\b/gu;

export const rolloverReview: Rule = {
	id: 'rollover-review',
	defaultSeverity: 'information',
	description: 'In a draft made from an earlier resolution, each reference to a session is pointed out for review.',
	check(ctx) {
		const { doc, text } = ctx;
		if (declaredBase(text) === undefined) {
			return [];
		}
		// The body only: the masthead's session line is the new one.
		const from = doc.organ?.span.end ?? doc.preamble[0]?.span.start ?? 0;
		const out: Finding[] = [];
		// On the parser's masked copy footnote calls are blanks: `sesiones1` reads `sesiones `.
		const masked = maskOf(doc) ?? text;
		SESSION.lastIndex = from;
		for (let m = SESSION.exec(masked); m; m = SESSION.exec(masked)) {
			out.push({ span: { start: m.index, end: m.index + m[0].length }, messageKey: 'rollover.review', args: [m[0], msg('rollover.review.hint')] });
		}
		return out;
	},
};
