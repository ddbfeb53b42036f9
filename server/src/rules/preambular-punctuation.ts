import type { SubParagraph } from '../model/document';
import { blockSubs, ownEnd, type DraftView } from '../leadPhrases/paragraphs';
import { checkEnding, subEndings, viewOf, type EndRule, type Mark } from '../leadPhrases/punctuation';
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

/** The first sub-paragraph of a list that introduces no others: the one whose ending sets the list's mark. */
function firstLeaf(subs: readonly SubParagraph[]): SubParagraph | undefined {
	const s = blockSubs(subs)[0];
	return s && blockSubs(s.children).length > 0 ? firstLeaf(s.children) : s;
}

/**
 * The mark that ends the sub-paragraphs of a preambular paragraph, but the last one: a comma, or a semicolon when the
 * list opens with one. French texts end the points of a preambular enumeration with `;` (A/RES/76/29, 79/56, 80/34,
 * E/RES/2022/3 F), and 80/151 does in all three languages, the last point closing the paragraph with its comma;
 * a list that mixes the two marks is still flagged.
 */
function leafMark(view: DraftView, subs: readonly SubParagraph[], leaves: number): Mark {
	const first = firstLeaf(subs);
	return first && leaves > 1 && view.ends.of(first.label.span.end, first.span.end).char === ';' ? ';' : ',';
}

function leafCount(subs: readonly SubParagraph[]): number {
	return blockSubs(subs).reduce((n, s) => n + (blockSubs(s.children).length > 0 ? leafCount(s.children) : 1), 0);
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
				const mark = leafMark(view, p.subParagraphs, leafCount(p.subParagraphs));
				const leaf = { accept: [mark], expected: mark, noun: 'punct.noun.preambularSub' } as const;
				const last = { accept: [','], expected: ',', noun: 'punct.noun.preambularSub' } as const;
				rules.push(...subEndings(p.subParagraphs, leaf, last));
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
