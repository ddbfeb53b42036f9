import { footnotesOf, renumberFootnotesFix } from '../fixes/renumber';
import type { Finding, Fix, Rule } from './types';

export const footnoteNumbering: Rule = {
	id: 'footnote-numbering',
	defaultSeverity: 'warning',
	description: 'Footnotes are numbered 1, 2, 3 … in order of first appearance, with one text per number, and the texts of a block in order.',
	check(ctx) {
		const analysis = footnotesOf(ctx);
		const fix = renumberFootnotesFix(ctx);
		const fixes: Fix[] = fix ? [fix] : [];
		const out: Finding[] = [];
		for (const fault of analysis.faults) {
			switch (fault.kind) {
				case 'start':
					out.push({ span: fault.marker.span, messageKey: 'footnote.start', args: [fault.marker.label, fault.expected], fixes });
					break;
				case 'missing':
					out.push(fault.from === fault.to
						? { span: fault.marker.span, messageKey: 'footnote.missing', args: [fault.from, fault.previous, fault.marker.label], fixes }
						: { span: fault.marker.span, messageKey: 'footnote.missingMany', args: [fault.from, fault.to, fault.previous, fault.marker.label], fixes });
					break;
				case 'wrong':
					out.push({ span: fault.marker.span, messageKey: 'footnote.wrong', args: [fault.marker.label, fault.previous, fault.next, fault.expected], fixes });
					break;
				case 'order':
					out.push({ span: fault.marker.span, messageKey: 'footnote.order', args: [fault.marker.label, fault.previous, fault.expected], fixes });
					break;
				case 'twoTexts':
					out.push({
						span: fault.footnote.markerSpan, messageKey: 'footnote.twoTexts', args: [fault.footnote.label], fixes,
						related: [{ span: fault.first.markerSpan, messageKey: 'footnote.related.firstText', args: [fault.first.label] }],
					});
					break;
				case 'textOrder':
					out.push({
						span: fault.footnote.markerSpan, messageKey: 'footnote.textOrder', args: [fault.footnote.label, fault.previous.label], fixes,
						related: [{ span: fault.previous.markerSpan, messageKey: 'footnote.related.text', args: [fault.previous.label] }],
					});
					break;
			}
		}
		return out;
	},
};
