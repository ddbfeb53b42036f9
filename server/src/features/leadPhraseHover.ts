import type { Hover } from 'vscode-languageserver-types';
import { format, type Locale } from '../l10n/messages';
import { entriesOf, formFor, LEAD_LANGS, typedText, withModifier, type LeadEntry, type LeadForm } from '../leadPhrases/index';
import { draftView } from '../leadPhrases/paragraphs';
import type { ResolutionDocument } from '../model/document';
import type { DocumentFacts } from '../model/analysis';
import type { LineMap } from '../parser/lines';

/** What a hover reads: one parsed version of a document. */
export interface HoverSource {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly lines: LineMap;
	/** The version's facts, when the caller keeps them (the server does): the lead-phrase view is then built once. */
	readonly facts?: DocumentFacts;
}

const LANG_NAME = { en: 'EN', fr: 'FR', es: 'ES' } as const;

function both(form: LeadForm): string {
	return form.gender && form.other ? (form.gender === 'f' ? `${form.text} / ${form.other}` : `${form.other} / ${form.text}`) : form.text;
}

/**
 * Hover on a lead phrase: its equivalents in the other two languages (both genders where French or Spanish
 * agree with the organ), the also/further forms for a repeat, the note on usage and whether a rendering is
 * unverified. Undefined when `offset` is not on a lead phrase of the resolution.
 */
export function leadPhraseHover(src: HoverSource, offset: number, locale: Locale = 'en'): Hover | undefined {
	const view = draftView(src);
	const lang = view.lang;
	const d = view.paragraphs.find((p) => p.lead && p.role === 'paragraph' && p.lead.span.start <= offset && offset <= p.lead.span.end);
	const m = d?.lead;
	if (!d || !m || !lang || m.forms.length === 0) {
		return undefined;
	}
	const kinds = [...new Set(m.forms.map((f) => f.entry.kind))];
	const kind = kinds.includes(d.zone) ? d.zone : kinds[0];
	// The entries the text stands for: those written with its also/further (`Recognizing further`), else the
	// plain ones with the modifier added (`Réaffirme également` → `Also reaffirms`).
	const want = m.modifier?.type;
	const all = entriesOf(m, kind);
	const exact = all.filter((e) => e.modifier === want);
	const entries = exact.length > 0 ? exact : all.filter((e) => !e.modifier);
	const add = exact.length > 0 ? undefined : want;
	const first: LeadEntry = entries[0] ?? all[0];
	const shown = src.text.slice(m.span.start, m.span.end).replace(/[*_]/g, '');
	const what = format(kind === 'preambular' ? 'hover.preambular' : 'hover.operative', [], locale);
	const lines: string[] = [`**${shown}** — ${what.charAt(0).toLowerCase()}${what.slice(1)}`];

	// The equivalents, the entry that matches the text best first (`Soulignant`: Stressing, Emphasizing, Underlining …).
	const others = LEAD_LANGS.filter((l) => l !== lang).map((l) => {
		const write = (e: LeadEntry) => {
			const form = formFor(e, l, view.gender ?? 'f');
			const text = both(form).replace(/\s*\[[^\]]*\].*$/, ' …');
			return add ? text.split(' / ').map((t) => withModifier(t, l, kind, add)).join(' / ') : text;
		};
		const forms = [...new Set(entries.slice(0, 4).map(write))];
		return `${LANG_NAME[l]} ${forms.map((f) => `*${f}*`).join(' / ')}`;
	});
	lines.push(others.join(' · '));

	const own = m.forms.find((f) => f.entry === first && f.gender !== undefined);
	if (own && own.other) {
		const [f, masc] = own.gender === 'f' ? [own.text, own.other] : [own.other, own.text];
		lines.push(format('hover.agreement', [f, masc], locale));
	}
	if (!m.modifier && !first.modifier) {
		const base = typedText(formFor(first, lang, view.gender));
		lines.push(format('hover.repeated', [`${withModifier(base, lang, kind, 'also')} · ${withModifier(base, lang, kind, 'further')}`], locale));
	}
	lines.push(`_${first.note}_`);
	if (first.uncertain.length > 0) {
		lines.push(`${first.uncertain.map((l) => LANG_NAME[l]).join(', ')}: ${format('hover.uncertain', [], locale).toLowerCase()}`);
	}
	if (first.sc) {
		lines.push(format('hover.sc', [], locale));
	}
	return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: src.lines.range(m.span) };
}
