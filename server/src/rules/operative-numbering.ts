import { msg, type MessageArg } from '../l10n/messages';
import type { OperativePart } from '../model/document';
import { numberingOf, renumberFix } from '../fixes/renumber';
import type { NumberingScope } from '../fixes/numbering';
import { numberingSilent } from './layoutSilence';
import { labelFindings } from './operative-numbering-labels';
import type { Finding, Fix, Rule } from './types';

const noun = (scope: NumberingScope, n: number): MessageArg => msg(scope.kind === 'body' ? 'noun.operative' : 'noun.annex', n);
const nouns = (scope: NumberingScope, from: number, to: number): MessageArg => msg(scope.kind === 'body' ? 'noun.operatives' : 'noun.annexes', from, to);

/** `A`, `II` or the heading's first words, to name a part in a message. */
function partName(part: OperativePart | undefined, index: number): string {
	const heading = part?.heading?.text.trim();
	if (!heading) {
		return String(index + 1);
	}
	const m = /^([A-Z]|[IVXL]{1,6})(?=[.\s]|$)/.exec(heading);
	if (m) {
		return m[1];
	}
	return heading.length > 40 ? `“${heading.slice(0, 39)}…”` : `“${heading}”`;
}

const plainNumbering: Rule = {
	id: 'operative-numbering',
	defaultSeverity: 'error',
	description: 'Operative paragraphs are numbered 1, 2, 3 … without gaps or repeats, from 1 in each part; a single operative paragraph is not numbered.',
	check(ctx) {
		if (numberingSilent(ctx.doc)) {
			return [];
		}
		const analysis = numberingOf(ctx);
		if (analysis.faults.length === 0 && !analysis.single?.numberToken) {
			return [];
		}
		// The renumbering plan reads the whole document: it is made when a fix is asked for, not on every keystroke.
		const planned = (): Fix[] => {
			const fix = renumberFix(ctx);
			return fix ? [fix] : [];
		};
		const out: Finding[] = [];
		const token = analysis.single?.numberToken;
		if (token) {
			out.push({
				span: token,
				messageKey: 'numbering.single',
				args: [ctx.text.slice(token.start, token.end).replace(/[*_]/g, '').trim()],
				severity: 'information',
				get fixes(): Fix[] {
					const remove = planned()[0]?.edits.find((e) => e.newText === '' && e.span.start <= token.start && e.span.end >= token.end);
					return remove ? [{ titleKey: 'fix.removeNumber', kind: 'quickfix', edits: [remove], isPreferred: true }] : [];
				},
			});
		}
		for (const fault of analysis.faults) {
			const { scope, entry } = fault;
			const span = entry.paragraph.numberToken ?? entry.digits;
			switch (fault.kind) {
				case 'start':
					out.push(fault.part
						? { span, messageKey: 'numbering.partStart', args: [partName(fault.part, scope.parts.indexOf(fault.part)), entry.number, 1], get fixes() { return planned(); } }
						: { span, messageKey: 'numbering.start', args: [msg(scope.kind === 'body' ? 'noun.numbering.body' : 'noun.numbering.annex'), entry.number, entry.expected], get fixes() { return planned(); } });
					break;
				case 'missing':
					out.push(fault.from === fault.to
						? { span, messageKey: 'numbering.missing', args: [noun(scope, fault.from), fault.previous, entry.number], get fixes() { return planned(); } }
						: { span, messageKey: 'numbering.missingMany', args: [nouns(scope, fault.from, fault.to), fault.previous, entry.number], get fixes() { return planned(); } });
					break;
				case 'duplicate':
					out.push({
						span, messageKey: 'numbering.duplicate', args: [noun(scope, entry.number), entry.expected], get fixes() { return planned(); },
						related: [{ span: fault.first.paragraph.numberToken ?? fault.first.digits, messageKey: 'numbering.related.first', args: [entry.number] }],
					});
					break;
				case 'wrong':
					out.push({ span, messageKey: 'numbering.wrong', args: [noun(scope, entry.number), fault.previous, fault.next, fault.previous + 1], get fixes() { return planned(); } });
					break;
				case 'backwards':
					out.push({ span, messageKey: 'numbering.backwards', args: [noun(scope, entry.number), fault.previous, entry.expected], get fixes() { return planned(); } });
					break;
			}
		}
		return out;
	},
};

/** Numbers as written, and in a negotiation text the labels (`OP5ter` before `OP5bis`, a `bis` without its base). */
export const operativeNumbering: Rule = {
	...plainNumbering,
	check: (ctx) => [...plainNumbering.check(ctx), ...labelFindings(ctx)],
};
