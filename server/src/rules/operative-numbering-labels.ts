import { labelFaults } from '../negotiation/labelFaults';
import type { Finding, RuleContext } from './types';

/** The part of operative-numbering that reads the labels of a negotiation text (`OP5bis`, `2.bis`, `PP3`). */
export function labelFindings(ctx: RuleContext): Finding[] {
	const n = ctx.doc.negotiation;
	if (!n || n.labels.length === 0) {
		return [];
	}
	return labelFaults(n).map((f): Finding => {
		const { label } = f;
		switch (f.kind) {
			case 'duplicate':
				return { span: label.span, messageKey: 'label.duplicate', args: [label.text], related: [{ span: f.other!.span, messageKey: 'label.related.first', args: [f.other!.text] }] };
			case 'backwards':
				return { span: label.span, messageKey: 'label.backwards', args: [label.text, f.other!.text] };
			case 'noBase':
				return { span: label.span, messageKey: 'label.noBase', args: [label.text, f.base ?? String(label.number)] };
			case 'wrongPart':
				return { span: label.span, messageKey: 'label.wrongPart', args: [label.text] };
		}
	});
}
