import type { MessageKey } from '../l10n/messages';
import {
	closestForm, counterpart, entriesOf, formFor, kindsOf, LEAD_ENTRIES, leadByGrammar, matchTail, plainTokens, typedText, withModifier, type LeadKind, type LeadLang, type LeadMatch,
} from '../leadPhrases/index';
import { viewOf } from '../leadPhrases/punctuation';
import { excerpt } from './excerpt';
import { operativeLeadsSilent } from './layoutSilence';
import type { Finding, Fix, Rule } from './types';
import { alternativeLeads } from './unknown-lead-phrase-alternatives';
import { tableNote } from './operativeLayout';

/** A typical phrase of each kind, named in messages when no better one is known. */
function example(kind: LeadKind, lang: LeadLang, gender: 'f' | 'm' | undefined): string {
	const id = kind === 'preambular' ? 'recalling' : 'decides';
	return typedText(formFor(LEAD_ENTRIES.find((e) => e.id === id)!, lang, gender));
}

function replaceFix(m: LeadMatch, phrase: string): Fix {
	return { titleKey: 'fix.writeLead', titleArgs: [phrase], kind: 'quickfix', isPreferred: true, edits: [{ span: m.span, newText: phrase }] };
}

export const unknownLeadPhrase: Rule = {
	id: 'unknown-lead-phrase',
	defaultSeverity: 'information',
	description: 'A paragraph opens with a known lead phrase for its place: a participle or adjective in the preamble, a verb in the operative part.',
	check(ctx) {
		const view = viewOf(ctx);
		const { lang, gender } = view;
		const out: Finding[] = [];
		if (!lang) {
			return out;
		}
		for (const d of view.paragraphs) {
			// A table's note (`*Abbreviations*: …`) opens with an italic word that is no lead phrase.
			if (d.role !== 'paragraph' || (d.zone === 'operative' && operativeLeadsSilent(ctx.doc)) || tableNote(d, ctx.text)) {
				continue;
			}
			const kind = d.zone;
			const m = d.lead;
			const shown = m ? ctx.text.slice(m.span.start, m.span.end) : '';
			if (!m) {
				// Nothing but a number yet (the drafter is typing): nothing to say.
				const start = d.textStart;
				const newline = ctx.text.indexOf('\n', start);
				// The line ends before its break: a CRLF's \r is no character of the line (LSP positions cannot point inside the pair).
				const lineEnd = newline < 0 ? ctx.text.length : ctx.text[newline - 1] === '\r' ? newline - 1 : newline;
				const end = Math.min(lineEnd, d.para.span.end, start + 30);
				if (end > start && /\S/.test(ctx.text.slice(start, end))) {
					const opening = excerpt(ctx.text.slice(start, Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, d.para.span.end, start + 200)), 30);
					out.push({ span: { start, end }, messageKey: kind === 'preambular' ? 'lead.none.preambular' : 'lead.none.operative', args: [opening, example(kind, lang, gender)] });
				}
				continue;
			}
			const kinds = kindsOf(m);
			if (kinds.has(kind)) {
				continue;
			}
			if (kinds.size > 0) {
				// An operative verb in the preamble or a participle in the operative part: the same phrase in its right form.
				const other = entriesOf(m)[0];
				const pair = counterpart(other.modifier ? entriesOf(m).find((e) => !e.modifier) ?? other : other);
				const phrase = pair ? matchTail(typedText(formFor(pair, lang, gender)), m) : undefined;
				const written = phrase && m.modifier ? withModifier(phrase, lang, kind, m.modifier.type) : phrase;
				const key: MessageKey = kind === 'preambular' ? 'lead.operativeInPreamble' : 'lead.preambularInOperative';
				out.push({
					span: m.span, messageKey: key, args: [shown, written ?? example(kind, lang, gender)],
					...(written ? { fixes: [replaceFix(m, written)] } : {}),
				});
				continue;
			}
			// Not in the table, but a participle, an adjective or a verb of the lexicon, with its adverbs: a lead phrase.
			if (leadByGrammar(m.tokens.map((t) => t.norm), lang, kind)) {
				continue;
			}
			const plain = plainTokens(m);
			const words = plain.slice(0, 4).map((t) => t.word);
			const closest = closestForm(words, lang, kind, gender);
			const key: MessageKey = kind === 'preambular' ? 'lead.unknown.preambular' : 'lead.unknown.operative';
			if (closest) {
				const span = { start: plain[0].start, end: plain[closest.count - 1].end };
				out.push({
					span, messageKey: key, args: [ctx.text.slice(span.start, span.end), closest.words],
					fixes: [{ titleKey: 'fix.writeLead', titleArgs: [closest.words], kind: 'quickfix', isPreferred: true, edits: [{ span, newText: closest.words }] }],
				});
			} else {
				out.push({ span: m.span, messageKey: key, args: [shown, example(kind, lang, gender)] });
			}
		}
		out.push(...alternativeLeads(ctx, view, (kind) => example(kind, lang, gender)));
		return out;
	},
};
