import { blockSubs, ownEnd } from '../leadPhrases/paragraphs';
import { checkEnding, subEndings, viewOf, type EndRule } from '../leadPhrases/punctuation';
import type { Finding, Rule } from './types';

type Described = ReturnType<typeof viewOf>['paragraphs'][number];

/**
 * A sub-heading among the preambular paragraphs (`Countries in special situations`, `Transport and transit corridors`
 * in A/RES/78/148, printed bold): a short plain line with no mark, before a paragraph whose lead phrase is in italics.
 * It is no paragraph, so it takes no comma.
 */
function subHeading(text: string, d: Described, next: Described | undefined): boolean {
	const own = text.slice(d.para.span.start, ownEnd(d.para)).trim();
	// The lead phrase after it is in italics, the heading is not (a draft without italics keeps the warning).
	// (A paragraph's span starts after an opening `*`.)
	const italic = (p: Described['para']) => /[*_]/.test(text.slice(Math.max(0, p.span.start - 1), p.span.start + 1));
	return next !== undefined && italic(next.para) && !italic(d.para) && d.para.subParagraphs.length === 0
		&& own.length > 0 && own.length <= 80 && !own.includes('\n') && /^\p{Lu}/u.test(own) && !/[.,;:!?]$/.test(own);
}

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
			if ((d.role !== 'paragraph' && d.role !== 'continuation') || next?.role === 'continuation' || (d.role === 'paragraph' && subHeading(ctx.text, d, next))) {
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
