import type { Body, Lang, Span } from '../model/document';
import { ORGAN_LINES } from './lexicon';
import { trimmedEnd, trimmedStart, type Line } from './lines';

/** An organ line found: `The General Assembly,` opens the preamble; without the comma, the operative part. */
export interface OrganFind {
	readonly body: Body;
	readonly lang: Lang;
	readonly hasComma: boolean;
	readonly span: Span;
}

/** The organ line on `line`, if it is one. */
export function organAt(masked: string, line: Line): OrganFind | undefined {
	// An organ line is short: most lines are ruled out by their length before any copy is made.
	if (line.end - line.start > 200) {
		return undefined;
	}
	const start = trimmedStart(masked, line.start, line.end);
	return organBetween(masked, start, trimmedEnd(masked, start, line.end));
}

/** The organ line in `[start, end)`, already trimmed. */
export function organBetween(masked: string, start: number, end: number): OrganFind | undefined {
	if (end - start > 60) {
		return undefined;
	}
	const t = masked.slice(start, end);
	for (const o of ORGAN_LINES) {
		if (o.re.test(t)) {
			return { body: o.body, lang: o.lang, hasComma: /[,،，]$/.test(t), span: { start, end } };
		}
	}
	return undefined;
}
