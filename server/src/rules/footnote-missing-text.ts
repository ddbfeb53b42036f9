import { addFootnoteTextEdit } from '../fixes/footnoteTexts';
import type { Finding, Rule } from './types';

export const footnoteMissingText: Rule = {
	id: 'footnote-missing-text',
	defaultSeverity: 'error',
	description: 'Every footnote marker has a footnote text.',
	check(ctx) {
		const out: Finding[] = [];
		for (const marker of ctx.doc.footnoteMarkers) {
			if (marker.footnote !== undefined) {
				continue;
			}
			out.push({
				span: marker.span,
				messageKey: 'footnote.missingText',
				args: [marker.label],
				fixes: [{ titleKey: 'fix.addFootnoteText', titleArgs: [marker.label], kind: 'quickfix', isPreferred: true, edits: [addFootnoteTextEdit(ctx, marker)] }],
			});
		}
		return out;
	},
};
