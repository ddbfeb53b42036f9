import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-types';
import { format, type Locale } from '../l10n/messages';
import {
	formFor, genderOf, LEAD_ENTRIES, LEAD_LANGS, MODIFIER_WORD, typedText, withModifier, type Gender, type LeadEntry, type LeadForm, type LeadKind,
	type LeadLang, type ModifierType,
} from '../leadPhrases/index';
import { draftView, frenchSpacing, type DraftView } from '../leadPhrases/paragraphs';
import type { ResolutionDocument } from '../model/document';
import type { DocumentFacts } from '../model/analysis';
import type { LineMap } from '../parser/lines';

/** What completion reads: one parsed version of a document. */
export interface CompletionSource {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly lines: LineMap;
	/** The version's facts, when the caller keeps them (the server does): the lead-phrase view is then built once. */
	readonly facts?: DocumentFacts;
}

export interface CompletionOptions {
	/** Whether the client takes snippets (`$0` for the cursor); plain text otherwise. */
	readonly snippets?: boolean;
	readonly locale?: Locale;
}

// LSP constants, written out so that the core imports types only.
const KIND_SNIPPET = 15;
const KIND_KEYWORD = 14;
const FORMAT_PLAIN = 1;
const FORMAT_SNIPPET = 2;

/**
 * The start of a paragraph up to the cursor: an optional number (`14. `), an optional emphasis mark and
 * the first words typed so far. Anything else on the line means the cursor is not at a paragraph start.
 */
const PARAGRAPH_START = /^([ \t]*)(?:(\*\*)?(\d{1,3})\.(\*\*)?[ \t\u00a0]+)?([*_]?)((?:[\p{L}][\p{L}'’-]*(?:[ \t\u00a0]+|$)){0,4})$/u;

interface Context {
	readonly lang: LeadLang;
	readonly kind: LeadKind;
	/** Offset where the completion's text edit starts. */
	readonly replaceStart: number;
	/** The number to write before an operative verb typed on an unnumbered line. */
	readonly number?: number;
	/** Emphasis typed before the words (`*`), or the document's habit for this kind of paragraph. */
	readonly emphasis: string;
	/** Whether the emphasis mark was typed (it is then inside the replaced range). */
	readonly typedEmphasis: boolean;
	/** Whether nothing follows the cursor on the line: the paragraph's punctuation can be written too. */
	readonly atLineEnd: boolean;
	readonly gender?: Gender;
}

function lineStartOf(text: string, offset: number): number {
	// lastIndexOf reads a negative position as 0: at offset 0 it would find a newline at 0 and answer 1.
	return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** Whether the line before `lineStart` is blank (or there is none): a paragraph starts here. */
function afterBlankLine(text: string, lineStart: number): boolean {
	if (lineStart === 0) {
		return true;
	}
	const prevStart = lineStartOf(text, lineStart - 1);
	return text.slice(prevStart, lineStart).trim() === '';
}

/** How the document writes the lead phrases of this kind: `*` or `_` around them, or nothing. */
function emphasisOf(view: DraftView, text: string, kind: LeadKind): string {
	const count = (k: LeadKind) => {
		const tally = new Map<string, number>();
		for (const d of view.paragraphs) {
			if (d.zone === k && d.role === 'paragraph' && d.lead) {
				const c = text[d.lead.span.start - 1];
				const mark = c === '*' || c === '_' ? c : '';
				tally.set(mark, (tally.get(mark) ?? 0) + 1);
			}
		}
		return tally;
	};
	const pick = (t: Map<string, number>) => [...t.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
	return pick(count(kind)) ?? pick(count(kind === 'preambular' ? 'operative' : 'preambular')) ?? '';
}

/** Works out what kind of lead phrase belongs at `offset`, or undefined when the cursor is not at a paragraph start. */
function contextAt(src: CompletionSource, view: DraftView, offset: number): Context | undefined {
	const { doc, text } = src;
	const lang = view.lang;
	if (!lang) {
		return undefined;
	}
	const lineStart = lineStartOf(text, offset);
	const m = PARAGRAPH_START.exec(text.slice(lineStart, offset));
	if (!m) {
		return undefined;
	}
	const numbered = m[3] !== undefined;
	if (!numbered && !afterBlankLine(text, lineStart)) {
		return undefined;
	}
	const lineEnd = text.indexOf('\n', offset);
	const atLineEnd = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).trim() === '';
	// Inside a paragraph already written (`Recalling its reso|lution`): no list.
	if (!atLineEnd && m[6] !== '') {
		return undefined;
	}
	const wordsStart = offset - m[6].length;
	const typedEmphasis = m[5] !== '';
	const gender = genderOf(doc.body);
	const base = { lang, atLineEnd, typedEmphasis, ...(gender ? { gender } : {}) };

	// Paragraphs that start before this line (the line itself may already read as one).
	const before = view.paragraphs.filter((d) => d.para.span.start < lineStart && d.role !== 'declaration');
	const organEnd = doc.organ?.span.end;
	if (organEnd !== undefined && lineStart < organEnd) {
		return undefined;
	}
	if (numbered) {
		return { ...base, kind: 'operative', replaceStart: wordsStart - m[5].length, emphasis: typedEmphasis ? m[5] : emphasisOf(view, text, 'operative') };
	}
	const lastOperative = [...before].reverse().find((d) => d.zone === 'operative');
	if (lastOperative) {
		// In the operative part a new paragraph needs its number: the one after the previous paragraph's.
		const para = lastOperative.para;
		const previousNumber = para.kind === 'operative' ? para.number?.value : undefined;
		// A part heading (`B`, `II. Reporting`) between the previous paragraph and this line: the part is numbered from 1.
		const between = text.slice(lastOperative.para.span.end, lineStart);
		const headingBetween = /^[ \t*_]*(?:[A-Z]|[IVXL]{1,6})(?:\.[ \t].*)?[ \t*_]*$/m.test(between)
			|| doc.operativeParts.some((p) => p.heading && p.heading.span.start > lastOperative.para.span.end && p.heading.span.start < lineStart);
		const number = headingBetween ? 1 : (previousNumber ?? 1) + 1;
		return { ...base, kind: 'operative', replaceStart: lineStart + m[1].length, number, emphasis: typedEmphasis ? m[5] : emphasisOf(view, text, 'operative') };
	}
	if (organEnd === undefined && before.length === 0 && doc.masthead.symbol !== undefined) {
		// Still in the heading of a draft that has no organ line yet.
		return undefined;
	}
	return { ...base, kind: 'preambular', replaceStart: lineStart + m[1].length, emphasis: typedEmphasis ? m[5] : emphasisOf(view, text, 'preambular') };
}

interface Candidate {
	readonly phrase: string;
	readonly entries: LeadEntry[];
	readonly form: LeadForm;
	/** Lower sorts first. */
	readonly rank: number;
	readonly modifier?: ModifierType;
}

/** Every phrase of a kind in a language, in the organ's gender (both genders when the organ is unknown). */
function candidates(kind: LeadKind, lang: LeadLang, gender: Gender | undefined): Map<string, Candidate> {
	const out = new Map<string, Candidate>();
	for (const entry of LEAD_ENTRIES) {
		if (entry.kind !== kind || entry.modifier) {
			continue;
		}
		for (const form of entry.forms[lang]) {
			if (form.modifier || (gender && form.gender && form.gender !== gender)) {
				continue;
			}
			const phrase = typedText(form);
			const hit = out.get(phrase);
			if (hit) {
				if (!hit.entries.includes(entry)) {
					hit.entries.push(entry);
				}
				continue;
			}
			out.set(phrase, { phrase, entries: [entry], form, rank: form.main ? 3 : 4 });
		}
	}
	return out;
}

function equivalents(entries: readonly LeadEntry[], lang: LeadLang, gender: Gender | undefined): string {
	return LEAD_LANGS.filter((l) => l !== lang)
		.map((l) => `${l.toUpperCase()} ${[...new Set(entries.map((e) => typedText(formFor(e, l, gender))))].slice(0, 3).join(' / ')}`)
		.join(' · ');
}

function documentation(c: Candidate, locale: Locale): MarkupContent {
	const e = c.entries[0];
	const lines = [e.note];
	if (e.uncertain.length > 0) {
		lines.push(`_${e.uncertain.map((l) => l.toUpperCase()).join(', ')}: ${format('hover.uncertain', [], locale)}_`);
	}
	if (c.form.gender && c.form.other) {
		const [f, m] = c.form.gender === 'f' ? [c.form.text, c.form.other] : [c.form.other, c.form.text];
		lines.push(format('hover.agreement', [f, m], locale));
	}
	if (e.sc) {
		lines.push(format('hover.sc', [], locale));
	}
	return { kind: 'markdown', value: lines.join('\n\n') };
}

/**
 * Completion of lead phrases at the start of a paragraph: preambular phrases in the preamble, operative
 * verbs after a paragraph number, in the document's language and the organ's gender, written the way the
 * document writes them (italics or not) with the next paragraph number on an unnumbered operative line,
 * and the phrase of the previous paragraph with also/further first.
 */
export function leadCompletions(src: CompletionSource, offset: number, options: CompletionOptions = {}): CompletionList {
	const empty: CompletionList = { isIncomplete: false, items: [] };
	const view = draftView(src);
	const ctx = contextAt(src, view, offset);
	if (!ctx) {
		return empty;
	}
	const { lang, kind, gender } = ctx;
	const locale = options.locale ?? 'en';
	const list = candidates(kind, lang, gender);
	// Several words typed: only when they begin a known phrase (`Taking no|`), not a sentence (`Recalling its |`).
	const typed = src.text.slice(ctx.replaceStart, offset).replace(/^\d{1,3}\.\s+/, '').replace(/[*_]/g, '').replace(/\s+/g, ' ').toLowerCase();
	if (/\S\s/.test(typed) && ![...list.keys()].some((p) => `${p.toLowerCase()} `.startsWith(typed) || p.toLowerCase().startsWith(typed.trimEnd()))) {
		const also = Object.values(MODIFIER_WORD[lang]);
		if (!also.some((w) => typed.includes(w))) {
			return empty;
		}
	}

	// Phrases already used in this part of the text come back with also/further; the previous paragraph's first.
	const lineStart = lineStartOf(src.text, offset);
	const used = view.paragraphs.filter((d) => d.zone === kind && d.role === 'paragraph' && d.lead && d.lead.forms.length > 0 && d.para.span.start < lineStart);
	const previous = used[used.length - 1];
	const repeats = new Map<string, Candidate>();
	for (const d of used) {
		const m = d.lead!;
		const base = src.text.slice(m.coreTokens[0].start, m.coreTokens[m.coreTokens.length - 1].end).replace(/[*_]/g, '').replace(/\s+/g, ' ');
		const entries = [...new Set(m.forms.filter((f) => f.entry.kind === kind).map((f) => f.entry))];
		if (entries.length === 0) {
			continue;
		}
		const isPrevious = d === previous;
		const next: ModifierType = m.modifier?.type === 'also' ? 'further' : 'also';
		for (const type of ['also', 'further'] as const) {
			const phrase = withModifier(base, lang, kind, type);
			// The previous paragraph's phrase with its next step first; phrases used further up after the plain ones.
			const rank = isPrevious && type === next ? 0 : isPrevious ? 1 : 5;
			const hit = repeats.get(phrase);
			if (!hit || hit.rank > rank) {
				repeats.set(phrase, { phrase, entries, form: m.forms.find((f) => f.entry.kind === kind) ?? m.forms[0], rank, modifier: type });
			}
		}
	}

	const spacing = lang === 'fr' ? frenchSpacing(view, src.text) : { semicolon: '', colon: '' };
	const ending = kind === 'preambular' ? ',' : `${spacing.semicolon};`;
	const number = ctx.number !== undefined ? `${ctx.number}. ` : '';
	const em = ctx.emphasis;
	const range = src.lines.range({ start: ctx.replaceStart, end: offset });
	const snippets = options.snippets !== false;

	const items: CompletionItem[] = [...repeats.values(), ...list.values()].map((c) => {
		const head = `${number}${em}${c.phrase}${em}`;
		const tail = ctx.atLineEnd ? ending : '';
		const newText = snippets ? `${escape(head)} $0${tail}` : `${head} `;
		const label = c.phrase;
		return {
			label,
			kind: c.modifier ? KIND_SNIPPET : KIND_KEYWORD,
			detail: c.modifier ? `${format('completion.alsoForm', [], locale)} — ${MODIFIER_WORD.en[c.modifier]}` : equivalents(c.entries, lang, gender),
			documentation: documentation(c, locale),
			// The client filters on the text of the range: the typed emphasis mark is part of it, the number is not typed yet.
			filterText: `${ctx.typedEmphasis ? em : ''}${c.phrase}`,
			sortText: `${c.rank}${c.phrase.toLowerCase()}`,
			...(c.rank === 0 ? { preselect: true } : {}),
			insertTextFormat: snippets ? FORMAT_SNIPPET : FORMAT_PLAIN,
			textEdit: { range, newText },
		};
	});
	items.sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0));
	return { isIncomplete: false, items };
}

function escape(s: string): string {
	return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}
