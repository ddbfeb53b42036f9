import { msg, type MessageKey } from '../l10n/messages';
import type { SubParagraph } from '../model/document';
import type { DocumentContext } from '../model/analysis';
import type { Finding } from '../model/finding';
import { blockSubs, draftView, frenchSpacing, type DraftView } from './paragraphs';

/** The view of the document the drafting rules share, computed once per check. */
export function viewOf(ctx: DocumentContext): DraftView {
	return draftView(ctx);
}

export type Mark = ',' | ';' | ':' | '.';

const MARK_NAME: Readonly<Record<Mark, MessageKey>> = {
	',': 'punct.mark.comma',
	';': 'punct.mark.semicolon',
	':': 'punct.mark.colon',
	'.': 'punct.mark.stop',
};

/** A full stop that belongs to an abbreviation is not the paragraph's punctuation: `etc.;`. */
const ABBREVIATION = /(?:^|[^\p{L}])(?:etc|al|Corr|Add|Rev|Suppl|No|Nos|vol|p|pp|para|paras|ibid|cf)\.$/iu;

export interface EndRule {
	/** The words whose ending is checked: `[from, end)`. */
	readonly from: number;
	readonly end: number;
	/** Endings that are right here. */
	readonly accept: readonly Mark[];
	/** The ending the fix writes. */
	readonly expected: Mark;
	/** What the text is, for the message: `punct.noun.operativeLast` … */
	readonly noun: MessageKey;
	/** A sub-paragraph among alternatives may end with `; or` / `; and` (`; ou`, `; et`, `; o`, `; y`). */
	readonly conjunction?: boolean;
}

/** Closing quotation marks: `”`, `»`, `"`, `’`. */
const CLOSING_QUOTE = /[”»"’]/;

/** Whether the quotation that closes at `close` opens after a colon (`… shall read: « …`): a sentence, not a title. */
function quotedSentence(text: string, from: number, close: number): boolean {
	const open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('«', close - 1));
	return open > from && /:[\s\u00a0\u202f]*$/.test(text.slice(Math.max(from, open - 4), open));
}

/** `; or` at the end of a sub-paragraph, in the text's language (emphasis allowed around the word). */
const CONJUNCTION: Readonly<Record<string, RegExp>> = {
	en: /;[\s\u00a0]+[*_]*(?:or|and|and\/or)[*_]*$/u,
	fr: /[\s\u00a0\u202f]?;[\s\u00a0]+[*_]*(?:ou|et|et\/ou)[*_]*$/u,
	es: /;[\s\u00a0]+[*_]*(?:o|u|y|e|y\/o)[*_]*$/u,
};

/** The rest of a line (blanks, emphasis, note calls), a line break, and a line that opens with a label or a number. */
const LABEL_NEXT = /^[ \t\u00a0*_⁰¹²³⁴⁵⁶⁷⁸⁹]*(?:\[\^[^\]\s]{1,20}\])?[ \t\u00a0*_]*(?:\r\n|\r|\n)[ \t\u00a0*_]*(?:\(?(?:[a-z]{1,3}|[ivxlc]{1,6})\)|[a-z]\.|\d{1,3}\.)[ \t\u00a0]/;

/**
 * Whether the ending at `at` decides how the text is read: with no blank line before a labelled line, the
 * parser joins or splits the two by the punctuation: changing it there can move a paragraph boundary.
 */
function decidesStructure(text: string, at: number): boolean {
	return LABEL_NEXT.test(text.slice(at, at + 80));
}

/** Checks how a paragraph or sub-paragraph ends; a finding with its fix when the ending is wrong or missing. */
export function checkEnding(ctx: DocumentContext, view: DraftView, rule: EndRule): Finding | undefined {
	const { text } = ctx;
	const e = view.ends.of(rule.from, rule.end);
	if (e.at < rule.from || (rule.accept as readonly string[]).includes(e.char)) {
		return undefined;
	}
	const conjunction = CONJUNCTION[ctx.lang] ?? CONJUNCTION.en;
	if (rule.conjunction && rule.accept.includes(';') && conjunction.test(text.slice(Math.max(rule.from, e.at - 12), e.at + 1))) {
		return undefined;
	}
	// A question or an exclamation ends a quotation, not a paragraph a drafter wrote.
	if (e.char === '?' || e.char === '!' || e.char === '…') {
		return undefined;
	}
	// A paragraph that ends with a quoted sentence may end with the quotation's own mark (`… the following question:
	// “…?”`, the last paragraph's `… shall read: « … reconnue. »`); a `;` inside the quote still asks for its place
	// outside, and so does a full stop inside a quoted title (`entitled “… Countries.”`).
	const inner = CLOSING_QUOTE.test(e.char) ? /([.;,:?!…])[\s\u00a0\u202f]?$/.exec(text.slice(Math.max(rule.from, e.at - 2), e.at))?.[1] : undefined;
	if (inner !== undefined && (/[?!…]/.test(inner) || (inner === '.' && rule.expected === '.' && quotedSentence(text, rule.from, e.at)))) {
		return undefined;
	}
	const spacing = ctx.derive('leadPhrases.frenchSpacing', () => frenchSpacing(view, text));
	const written = (m: Mark) => (ctx.lang === 'fr' && m === ';' ? spacing.semicolon + m : ctx.lang === 'fr' && m === ':' ? spacing.colon + m : m);
	const isMark = /[.,;:]/.test(e.char) && !(e.char === '.' && ABBREVIATION.test(text.slice(Math.max(rule.from, e.at - 8), e.at + 1)));
	const newText = written(rule.expected);
	// Where the ending decides how the lines around it are read, no fix: a changed mark moves a paragraph boundary,
	// and the check of the new reading asks for the old mark back. The drafter adds the blank line or the mark.
	const fixable = !decidesStructure(text, e.at + 1);
	if (isMark) {
		const start = e.spaceAt ?? e.at;
		return {
			span: { start: e.at, end: e.at + 1 },
			messageKey: 'punct.wrong',
			args: [msg(rule.noun), msg(MARK_NAME[rule.expected]), e.char],
			fixes: fixable ? [{ titleKey: 'fix.endWith', titleArgs: [rule.expected], kind: 'quickfix', isPreferred: true, safe: true, edits: [{ span: { start, end: e.at + 1 }, newText }] }] : [],
		};
	}
	// The finding covers the last word, where the mark is missing.
	let start = e.at;
	while (start > rule.from && /[\p{L}\p{N}’'-]/u.test(text[start - 1])) {
		start--;
	}
	return {
		span: { start, end: e.at + 1 },
		messageKey: 'punct.missing',
		args: [msg(rule.noun), msg(MARK_NAME[rule.expected]), text.slice(start, e.at + 1)],
		fixes: fixable ? [{ titleKey: 'fix.endWith', titleArgs: [rule.expected], kind: 'quickfix', isPreferred: true, safe: true, edits: [{ span: { start: e.insertAt, end: e.insertAt }, newText }] }] : [],
	};
}

/**
 * The endings of sub-paragraphs on lines of their own: one that introduces others ends with a colon, the
 * others with `leaf`, and the last one of the paragraph with `last` (the paragraph's own ending).
 */
export function subEndings(subs: readonly SubParagraph[], leaf: Omit<EndRule, 'from' | 'end'>, last: Omit<EndRule, 'from' | 'end'>): EndRule[] {
	const out: EndRule[] = [];
	const leaves: SubParagraph[] = [];
	const walk = (list: readonly SubParagraph[]) => {
		for (const s of blockSubs(list)) {
			const kids = blockSubs(s.children);
			if (kids.length > 0) {
				out.push({ from: s.label.span.end, end: kids[0].span.start, accept: [':'], expected: ':', noun: 'punct.noun.subIntro' });
				walk(s.children);
			} else {
				leaves.push(s);
			}
		}
	};
	walk(subs);
	leaves.forEach((s, i) => {
		// Every sub-paragraph but the last may join the next with `; or` / `; and`.
		const r = i === leaves.length - 1 ? last : { ...leaf, conjunction: true };
		out.push({ ...r, from: s.label.span.end, end: s.span.end });
	});
	return out;
}
