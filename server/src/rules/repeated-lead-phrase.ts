import type { Edit } from '../fixes/edits';
import { capitalize, lowerFirst, modifierPosition, MODIFIER_WORD, normWord, type LeadLang, type LeadMatch } from '../leadPhrases/index';
import type { DraftParagraph } from '../leadPhrases/paragraphs';
import { viewOf } from '../leadPhrases/punctuation';
import type { Finding, Rule } from './types';

/** Words that end the addressee or object of a lead: an infinitive or a clause follows (`to`, `que`, `de`). */
const STOPS: Readonly<Record<LeadLang, ReadonlySet<string>>> = {
	en: new Set(['to', 'that']),
	fr: new Set(['à', 'de', 'que']),
	es: new Set(['a', 'que', 'de']),
};

/**
 * Whom or what the lead addresses, and how the clause after it opens, as normalised words:
 * `Requests the Secretary-General to submit` → `the secretary-general | to`; `Recalling its resolution 71/19`
 * → `its resolution |`; `Decides that` → ` | that`; `Décide d'inscrire` → ` | de`; `Decide incluir` → ` | (inf)`.
 */
function addressee(text: string, m: LeadMatch, lang: LeadLang): string {
	const stops = STOPS[lang];
	const chunk = text.slice(m.span.end, m.span.end + 240);
	const words: string[] = [];
	let opens = '';
	for (const w of chunk.matchAll(/[\p{L}][\p{L}\p{M}'’-]*|[^\p{L}\s,*_\u00a0\u202f]/gu)) {
		const word = normWord(w[0]);
		if (!/^\p{L}/u.test(word) || words.length >= 12) {
			break;
		}
		const elided = /^(d|qu)'/.exec(word);
		if (elided) {
			opens = elided[1] === 'd' ? 'de' : 'que';
			break;
		}
		// `Demande aux États de`, `Exhorta a los Estados a que`: à/a open an addressee; an infinitive ends it (`Decide incluir`).
		const opensAddressee = words.length === 0 && (word === 'à' || word === 'a');
		if (words.length === 0 && lang !== 'en' && /(?:ar|er|ir|re)$/.test(word) && word.length > 4) {
			opens = '(inf)';
			break;
		}
		if (stops.has(word) && !opensAddressee) {
			opens = word;
			break;
		}
		words.push(word);
	}
	return `${words.join(' ')} | ${opens}`;
}

/** The same phrase with also (or further after also) in its place for the language. */
function repair(text: string, d: DraftParagraph, m: LeadMatch, lang: LeadLang): { edit: Edit; phrase: string } | undefined {
	let edit: Edit;
	if (m.modifier) {
		const old = text.slice(m.modifier.span.start, m.modifier.span.end);
		const word = MODIFIER_WORD[lang].further;
		edit = { span: m.modifier.span, newText: /^\p{Lu}/u.test(old) ? capitalize(word) : word };
	} else {
		const words = m.coreTokens.map((t) => t.word);
		const at = modifierPosition(words, lang, d.zone);
		const also = MODIFIER_WORD[lang].also;
		if (at === 0) {
			const first = m.coreTokens[0];
			edit = { span: { start: first.start, end: first.end }, newText: `${capitalize(also)} ${lowerFirst(first.word)}` };
		} else {
			const after = m.coreTokens[at - 1].end;
			edit = { span: { start: after, end: after }, newText: ` ${also}` };
		}
	}
	const before = text.slice(m.span.start, edit.span.start);
	const rest = text.slice(edit.span.end, m.span.end);
	return { edit, phrase: (before + edit.newText + rest).replace(/[*_]/g, '') };
}

export const repeatedLeadPhrase: Rule = {
	id: 'repeated-lead-phrase',
	defaultSeverity: 'information',
	description: 'A lead phrase that repeats the previous paragraph’s, for the same addressee, takes also or further.',
	check(ctx) {
		const view = viewOf(ctx);
		const { lang } = view;
		const out: Finding[] = [];
		if (!lang) {
			return out;
		}
		for (const d of view.paragraphs) {
			const prev = d.previous;
			const m = d.lead;
			const p = prev?.lead;
			if (!prev || !m || !p || m.forms.length === 0 || m.key !== p.key) {
				continue;
			}
			// Recalling → Recalling also → Recalling further → Recalling …: only a repeat of the same step is a slip.
			const step = m.modifier?.type;
			if (step !== p.modifier?.type || (step !== undefined && step !== 'also')) {
				continue;
			}
			// The UN repeats a bare verb for a new addressee (`Requests all States …` / `Requests the Secretary-General …`).
			if (addressee(ctx.text, m, lang) !== addressee(ctx.text, p, lang)) {
				continue;
			}
			const fix = repair(ctx.text, d, m, lang);
			if (!fix) {
				continue;
			}
			const shown = ctx.text.slice(m.span.start, m.span.end).replace(/[*_]/g, '');
			out.push({
				span: m.span,
				messageKey: 'lead.repeated',
				args: [shown, fix.phrase],
				related: [{ span: p.span, messageKey: 'lead.related.previous', args: [ctx.text.slice(p.span.start, p.span.end).replace(/[*_]/g, '')] }],
				fixes: [{ titleKey: 'fix.writeLead', titleArgs: [fix.phrase], kind: 'quickfix', isPreferred: true, edits: [fix.edit] }],
			});
		}
		return out;
	},
};
