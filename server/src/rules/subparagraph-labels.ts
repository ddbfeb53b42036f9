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
		// The relabelling plan reads the whole document: it is made when a fix is asked for, not on every keystroke.
		const planned = (): Fix[] => {
			const fix = relabelFix(ctx);
			return fix ? [fix] : [];
		};
		const out: Finding[] = [];
		for (const fault of analysis.faults) {
			const { sub } = fault;
			const span = sub.label.span;
			const label = sub.label.value;
			switch (fault.kind) {
				case 'level':
					out.push({ span, messageKey: 'labels.level', args: [label, fault.other.label.value, fault.expected], get fixes() { return planned(); } });
					break;
				case 'depth':
					out.push({ span, messageKey: 'labels.depth', args: [label, fault.parent.label.value, fault.expected], get fixes() { return planned(); } });
					break;
				case 'start':
					out.push({ span, messageKey: 'labels.start', args: [label, fault.expected], get fixes() { return planned(); } });
					break;
				case 'missing':
					out.push(fault.from === fault.to
						? { span, messageKey: 'labels.missing', args: [fault.from, fault.previous.label.value, label], get fixes() { return planned(); } }
						: { span, messageKey: 'labels.missingMany', args: [fault.from, fault.to, fault.previous.label.value, label], get fixes() { return planned(); } });
					break;
				case 'duplicate':
					out.push({
						span, messageKey: 'labels.duplicate', args: [label, fault.expected], get fixes() { return planned(); },
						related: [{ span: fault.first.label.span, messageKey: 'labels.related.previous', args: [fault.first.label.value] }],
					});
					break;
				case 'backwards':
					out.push({ span, messageKey: 'labels.backwards', args: [label, fault.previous.label.value, fault.expected], get fixes() { return planned(); } });
					break;
				case 'wrong':
					out.push({ span, messageKey: 'labels.wrong', args: [label, fault.previous.label.value, fault.next.label.value, fault.expected], get fixes() { return planned(); } });
					break;
				case 'style':
					out.push({ span, messageKey: 'labels.style', args: [msg(ctx.lang === 'fr' ? 'lang.fr' : ctx.lang === 'es' ? 'lang.es' : 'lang.en'), fault.expected, label], get fixes() { return planned(); } });
					break;
			}
		}
		return out;
	},
};
