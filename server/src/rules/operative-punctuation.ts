import type { OperativeParagraph } from '../model/document';
import { blockSubs, introducesDeclaration, ownEnd } from '../leadPhrases/paragraphs';
import { checkEnding, subEndings, viewOf, type EndRule, type Mark } from '../leadPhrases/punctuation';
import { operativeEndingsLoose, operativeEndingsSilent } from './layoutSilence';
import { introducesList, ownWordsEnd, sectionTitle, tableNote } from './operativeLayout';
import { opensAsDeclaration } from './organLineKinds';
import { isOptionPlaceholder } from './optionPlaceholder';
import type { Finding, Rule } from './types';

/** A paragraph that quotes a text after a colon (`… the following text:` / `“…”`) keeps the quotation's punctuation. */
function quotes(ctx: Parameters<Rule['check']>[0], p: OperativeParagraph): boolean {
	const view = viewOf(ctx);
	return p.segments.slice(0, -1).some((s) => view.ends.of(s.start, s.end).char === ':');
}

export const operativePunctuation: Rule = {
	id: 'operative-punctuation',
	defaultSeverity: 'warning',
	description: 'Operative paragraphs end with a semicolon, the last one with a full stop, and one that introduces sub-paragraphs with a colon.',
	check(ctx) {
		const view = viewOf(ctx);
		const out: Finding[] = [];
		if (operativeEndingsSilent(ctx.doc)) {
			return out;
		}
		// A declaration (`1. We, the heads of State …`) is written in sentences: each paragraph ends with a full stop.
		const firstOperative = view.paragraphs.find((d) => d.zone === 'operative' && d.role === 'paragraph');
		const declaration = firstOperative !== undefined && opensAsDeclaration(ctx.text.slice(firstOperative.para.span.start, firstOperative.para.span.end));
		// An older text's unnumbered paragraphs end with `;`, `.` or, before what they introduce, `:`.
		const loose = operativeEndingsLoose(ctx.doc);
		for (const d of view.paragraphs) {
			if (d.zone !== 'operative' || d.role !== 'paragraph' || d.para.kind !== 'operative' || quotes(ctx, d.para)
				|| isOptionPlaceholder(ctx.text.slice(d.para.span.start, d.para.span.end)) || sectionTitle(view, d, ctx.text) || tableNote(d, ctx.text)) {
				continue;
			}
			const p = d.para;
			const final = d.lastPart && d.lastInPart;
			// Sections (I, II …) of one resolution end with `;`, parts adopted one by one (A, B) with `.`.
			const accept: Mark[] = final ? ['.'] : loose ? [';', '.', ':'] : d.lastInPart || declaration ? [';', '.'] : [';'];
			const expected: Mark = final ? '.' : ';';
			const noun = !final ? 'punct.noun.operative' : p.number ? 'punct.noun.operativeLast' : 'punct.noun.operativeSingle';
			const rules: EndRule[] = [];
			if (blockSubs(p.subParagraphs).length > 0) {
				rules.push({ from: d.textStart, end: ownEnd(p), accept: [':'], expected: ':', noun: 'punct.noun.operativeIntro' });
				rules.push(...subEndings(
					p.subParagraphs,
					{ accept: [';'], expected: ';', noun: 'punct.noun.operativeSub' },
					{ accept, expected, noun: final ? 'punct.noun.operativeSubLast' : 'punct.noun.operativeSub' },
				));
			} else {
				// `Adopts the following Pact for the Future:` introduces the text that follows it, or the annex.
				const introduces = introducesDeclaration(view, d) || (final && ctx.doc.annexes.length > 0) || introducesList(view, d, ctx.text, ctx.doc.closing?.span.start ?? ctx.doc.annexes[0]?.span.start ?? ctx.text.length);
				rules.push({ from: d.textStart, end: ownWordsEnd(view, p, ctx.text), accept: introduces ? [...accept, ':'] : accept, expected, noun });
			}
			for (const r of rules) {
				const f = checkEnding(ctx, view, r);
				if (f) {
					out.push(f);
				}
			}
		}
		return out;
	},
};
