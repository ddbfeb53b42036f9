import { msg, type MessageArg } from '../l10n/messages';
import { operativeParagraphs } from '../model/document';
import { oppositeQualifier, type ParagraphReference } from '../fixes/paragraphReferences';
import { referencesOf } from '../fixes/renumber';
import { languageLabelStyle, renderLabel } from '../fixes/relabel';
import { inRecalledText } from './recalledText';
import type { Finding, Fix, Rule } from './types';

const noun = (ref: ParagraphReference, n: number): MessageArg => msg(ref.scope.kind === 'body' ? 'noun.operative' : 'noun.annex', n);

export const paragraphReference: Rule = {
	id: 'paragraph-reference',
	defaultSeverity: 'warning',
	description: 'References such as “paragraph 17 of the present resolution”, “paragraphe 5 ci-dessus” or “párrafo 3 supra” point to a paragraph (and sub-paragraph) that exists, in the direction they say.',
	check(ctx) {
		const out: Finding[] = [];
		// A text whose paragraphs lost their numbers (Word's automatic numbering, not in the text) cannot be checked.
		const unnumbered = !operativeParagraphs(ctx.doc).some((p) => p.number);
		for (const { ref, resolved } of referencesOf(ctx)) {
			if ((unnumbered && ref.scope.kind === 'body') || inRecalledText(ctx.doc, ctx.text, ref.span.start)) {
				continue;
			}
			let direction: Finding | undefined;
			for (const r of resolved) {
				const n = r.item.number;
				if (!r.paragraph) {
					out.push({ span: ref.span, messageKey: 'reference.missing', args: [ref.text, noun(ref, n)] });
					continue;
				}
				if (r.missingLabel) {
					const shown = renderLabel(r.missingLabel.text, languageLabelStyle(ctx.lang) ?? 'paren');
					out.push({ span: ref.span, messageKey: 'reference.missingSub', args: [ref.text, noun(ref, n), shown] });
				}
				const target = r.paragraph.numberToken ?? r.paragraph.span;
				const wrongWay = (ref.direction === 'above' && r.paragraph.span.start > ref.span.start) || (ref.direction === 'below' && r.paragraph.span.start < ref.span.start);
				if (wrongWay && !direction && ref.qualifier) {
					const opposite = oppositeQualifier(ctx.lang, ref.qualifier.word);
					const fixes: Fix[] = opposite
						? [{ titleKey: 'fix.replaceWord', titleArgs: [ref.qualifier.word, opposite], kind: 'quickfix', edits: [{ span: ref.qualifier.span, newText: opposite }] }]
						: [];
					direction = {
						span: ref.span,
						messageKey: ref.direction === 'above' ? 'reference.isBelow' : 'reference.isAbove',
						args: [ref.text, noun(ref, n)],
						related: [{ span: target, messageKey: 'reference.related.target', args: [] }],
						fixes,
					};
					out.push(direction);
				}
			}
		}
		return out;
	},
};
