import { removeFootnoteTextEdit } from '../fixes/footnoteTexts';
import type { Footnote } from '../model/document';
import type { Finding, Related, Rule } from './types';

export const footnoteUnused: Rule = {
	id: 'footnote-unused',
	defaultSeverity: 'warning',
	description: 'Every footnote text has a marker in the text.',
	check(ctx) {
		const { doc } = ctx;
		const out: Finding[] = [];
		const used = new Map<string, Footnote>();
		for (const f of doc.footnotes) {
			if (f.markers.length > 0 && !used.has(f.label)) {
				used.set(f.label, f);
			}
		}
		for (const footnote of doc.footnotes) {
			if (footnote.markers.length > 0) {
				continue;
			}
			// The marker of that number went to another text of the same number.
			const twin = used.get(footnote.label);
			const related: Related[] = twin ? [{ span: doc.footnoteMarkers[twin.markers[0]].span, messageKey: 'footnote.related.marker', args: [footnote.label] }] : [];
			out.push({
				span: footnote.markerSpan,
				messageKey: 'footnote.unused',
				args: [footnote.label],
				related,
				fixes: [{ titleKey: 'fix.removeFootnoteText', titleArgs: [footnote.label], kind: 'quickfix', edits: [removeFootnoteTextEdit(ctx.text, footnote)] }],
			});
		}
		return out;
	},
};
