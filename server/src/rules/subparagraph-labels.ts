import { msg } from '../l10n/messages';
import { labelsOf, relabelFix } from '../fixes/renumber';
import type { Finding, Fix, Rule } from './types';

export const subparagraphLabels: Rule = {
	id: 'subparagraph-labels',
	defaultSeverity: 'warning',
	description: 'Sub-paragraph labels run (a), (b), (c) … then (i), (ii) … without gaps, repeats or mixed levels, in the style of the language: (a) in English, a) in French and Spanish.',
	check(ctx) {
		const analysis = labelsOf(ctx);
		if (analysis.faults.length === 0) {
			return [];
		}
		const fix = relabelFix(ctx);
		const fixes: Fix[] = fix ? [fix] : [];
		const out: Finding[] = [];
		for (const fault of analysis.faults) {
			const { sub } = fault;
			const span = sub.label.span;
			const label = sub.label.value;
			switch (fault.kind) {
				case 'level':
					out.push({ span, messageKey: 'labels.level', args: [label, fault.other.label.value, fault.expected], fixes });
					break;
				case 'depth':
					out.push({ span, messageKey: 'labels.depth', args: [label, fault.parent.label.value, fault.expected], fixes });
					break;
				case 'start':
					out.push({ span, messageKey: 'labels.start', args: [label, fault.expected], fixes });
					break;
				case 'missing':
					out.push(fault.from === fault.to
						? { span, messageKey: 'labels.missing', args: [fault.from, fault.previous.label.value, label], fixes }
						: { span, messageKey: 'labels.missingMany', args: [fault.from, fault.to, fault.previous.label.value, label], fixes });
					break;
				case 'duplicate':
					out.push({
						span, messageKey: 'labels.duplicate', args: [label, fault.expected], fixes,
						related: [{ span: fault.first.label.span, messageKey: 'labels.related.previous', args: [fault.first.label.value] }],
					});
					break;
				case 'backwards':
					out.push({ span, messageKey: 'labels.backwards', args: [label, fault.previous.label.value, fault.expected], fixes });
					break;
				case 'style':
					out.push({ span, messageKey: 'labels.style', args: [msg(ctx.lang === 'fr' ? 'lang.fr' : ctx.lang === 'es' ? 'lang.es' : 'lang.en'), fault.expected, label], fixes });
					break;
			}
		}
		return out;
	},
};
