import { blockSubs, ownEnd } from '../leadPhrases/paragraphs';
import { checkEnding, subEndings, viewOf, type EndRule } from '../leadPhrases/punctuation';
import type { Finding, Rule } from './types';

export const preambularPunctuation: Rule = {
	id: 'preambular-punctuation',
	defaultSeverity: 'warning',
	description: 'Preambular paragraphs end with a comma; one that introduces sub-paragraphs or a quotation ends with a colon.',
	check(ctx) {
		const view = viewOf(ctx);
		const out: Finding[] = [];
		const list = view.paragraphs.filter((d) => d.zone === 'preambular');
		list.forEach((d, i) => {
			const next = list[i + 1];
			// A sentence cut by a page break is checked where it really ends; quotations and notes keep their own punctuation.
			if ((d.role !== 'paragraph' && d.role !== 'continuation') || next?.role === 'continuation') {
				return;
			}
			const p = d.para;
			const rules: EndRule[] = [];
			if (blockSubs(p.subParagraphs).length > 0) {
				rules.push({ from: d.textStart, end: ownEnd(p), accept: [':'], expected: ':', noun: 'punct.noun.preambularIntro' });
				const sub = { accept: [','], expected: ',', noun: 'punct.noun.preambularSub' } as const;
				rules.push(...subEndings(p.subParagraphs, sub, sub));
			} else if (next?.role === 'quote') {
				rules.push({ from: d.textStart, end: ownEnd(p), accept: [':'], expected: ':', noun: 'punct.noun.preambularIntro' });
			} else {
				rules.push({ from: d.textStart, end: ownEnd(p), accept: [','], expected: ',', noun: 'punct.noun.preambular' });
			}
			for (const r of rules) {
				const f = checkEnding(ctx, view, r);
				if (f) {
					out.push(f);
				}
			}
		});
		return out;
	},
};
