import { msg } from '../l10n/messages';
import type { Body } from '../model/document';
import { capitalize, normWord, type LeadForm } from '../leadPhrases/index';
import { viewOf } from '../leadPhrases/punctuation';
import type { Edit } from '../fixes/edits';
import type { Finding, Rule } from './types';

const ORGAN = { GA: 'organ.name.GA', SC: 'organ.name.SC', ECOSOC: 'organ.name.ECOSOC', HRC: 'organ.name.HRC' } as const;

/** Keeps the case of the word it replaces: `Préoccupé` → `Préoccupée`, `préoccupé` → `préoccupée`. */
function sameCase(model: string, word: string): string {
	return /^\p{Lu}/u.test(model) ? capitalize(word) : word;
}

export const leadPhraseAgreement: Rule = {
	id: 'lead-phrase-agreement',
	defaultSeverity: 'warning',
	description: 'French and Spanish lead words agree with the organ: feminine for the General Assembly, masculine for the Councils.',
	check(ctx) {
		const view = viewOf(ctx);
		const { lang, gender } = view;
		const body = ctx.doc.body as Body | undefined;
		const out: Finding[] = [];
		if ((lang !== 'fr' && lang !== 'es') || !gender || !body) {
			return out;
		}
		// The lead, and the phrase of a clause standing before an operative verb (`Consciente de …, se félicite`).
		for (const m of view.paragraphs.flatMap((d) => (d.role === 'paragraph' ? [d.lead, d.opening] : []))) {
			if (!m || m.forms.length === 0) {
				continue;
			}
			const wrong = m.forms.filter((f) => f.gender !== undefined && f.gender !== gender);
			if (wrong.length === 0 || m.forms.some((f) => f.gender === undefined || f.gender === gender)) {
				continue;
			}
			const form: LeadForm = wrong[0];
			const right = form.entry.forms[lang].find((f) => f.text === form.other)?.core ?? [];
			const edits: Edit[] = [];
			m.coreTokens.forEach((t, i) => {
				const want = right[i];
				if (want !== undefined && normWord(want) !== t.norm) {
					edits.push({ span: { start: t.start, end: t.end }, newText: sameCase(t.word, want) });
				}
			});
			if (edits.length === 0) {
				continue;
			}
			const shown = ctx.text.slice(m.span.start, m.span.end).replace(/[*_]/g, '');
			let phrase = ctx.text.slice(m.span.start, m.span.end);
			for (const e of [...edits].reverse()) {
				phrase = phrase.slice(0, e.span.start - m.span.start) + e.newText + phrase.slice(e.span.end - m.span.start);
			}
			phrase = phrase.replace(/[*_]/g, '');
			out.push({
				span: m.span,
				messageKey: 'lead.agreement',
				args: [shown, msg(ORGAN[body]), msg(gender === 'f' ? 'gender.f' : 'gender.m'), phrase],
				fixes: [{ titleKey: 'fix.writeLead', titleArgs: [phrase], kind: 'quickfix', isPreferred: true, edits }],
			});
		}
		return out;
	},
};
