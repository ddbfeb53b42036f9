import type { Span } from '../model/document';
import { OPTIONAL_TAIL, type LeadEntry, type LeadForm } from './entries';
import { mayOpenModifier, stripModifiers, type ModifierType } from './modifiers';
import type { LeadKind, LeadLang } from './table';
import { leadTrie, type TrieNode } from './trie';
import { normWord, splitWords, tokensAt, type Token } from './words';

// Matching a text against the table: the longest formula at a paragraph's start.

export interface LeadMatch {
	/** The phrase as written: from its first word to its last, modifiers inside included. */
	readonly span: Span;
	/** The words matched, modifiers excluded, in order. */
	readonly coreTokens: readonly Token[];
	/** All the words read at the paragraph start (the phrase and what follows). */
	readonly tokens: readonly Token[];
	/** Index in {@link tokens} after the phrase (and a modifier right after it). */
	readonly endToken: number;
	/** Normalised core words joined by a space: two paragraphs open alike when their keys are equal. */
	readonly key: string;
	/** Table forms with this core; empty when the phrase is not in the table. */
	readonly forms: readonly LeadForm[];
	/** The also/further of the text, if any. */
	readonly modifier?: { readonly type: ModifierType; readonly span: Span };
	readonly lang: LeadLang;
}

/**
 * Reads the lead phrase at `from` in a text of language `lang`: the longest table formula the opening words
 * match, also/further set aside (`Rappelant également`, `Also requests`, `Commends once again`). When no
 * formula matches, the first word stands for the phrase (`forms` is empty).
 */
export function matchLead(text: string, from: number, lang: LeadLang, limit = text.length): LeadMatch | undefined {
	// Most phrases are settled by their first words: read a few, and all sixteen only when the phrase may go on
	// (a modifier or a two-word lookahead could sit past what was read).
	const few = tokensAt(text, from, limit, FEW);
	const first = matchTokens(few, lang);
	// Settled when the text ended, or when the words that decide it (the walk's stop and a three-word modifier
	// after it) were all read. An unknown phrase reads on: its first plain words feed the spelling suggestion.
	if (few.length < FEW || (first.reach + 3 <= few.length && (first.match?.forms.length ?? 0) > 0)) {
		return first.match;
	}
	return matchTokens(tokensAt(text, from, limit), lang).match;
}

const FEW = 6;

/**
 * The lead phrase at `from` when the table knows it (`forms` not empty), else undefined: `matchLead` for a caller
 * that only wants a known phrase. An unknown phrase settled by its first words is not read on (no suggestion needs it).
 */
export function matchKnownLead(text: string, from: number, lang: LeadLang, limit = text.length): LeadMatch | undefined {
	// A first word that opens no formula and no also/further (which French never reads first) settles it at once.
	const one = tokensAt(text, from, limit, 1);
	if (one.length === 0 || (!leadTrie()[lang].next.has(one[0].norm) && (lang === 'fr' || !mayOpenModifier(one[0].norm, lang)))) {
		return undefined;
	}
	const few = tokensAt(text, from, limit, FEW);
	const first = matchTokens(few, lang);
	// The walk stopped early enough that more words cannot change it (the same test as matchLead's).
	if (few.length < FEW || first.reach + 3 <= few.length) {
		return (first.match?.forms.length ?? 0) > 0 ? first.match : undefined;
	}
	const all = matchTokens(tokensAt(text, from, limit), lang).match;
	return (all?.forms.length ?? 0) > 0 ? all : undefined;
}

function matchTokens(tokens: Token[], lang: LeadLang): { match: LeadMatch | undefined; reach: number } {
	if (tokens.length === 0) {
		return { match: undefined, reach: 0 };
	}
	const norms = tokens.map((t) => t.norm);
	const { core, mods } = stripModifiers(norms, lang);
	// The longest formula: walk the trie while the words go on, keep the last node that ends a formula.
	let matched = 0;
	let forms: LeadForm[] = [];
	let node: TrieNode | undefined = leadTrie()[lang];
	let reach = tokens.length;
	for (let k = 0; k < core.length; k++) {
		node = node.next.get(norms[core[k]]);
		if (!node) {
			reach = core[k];
			break;
		}
		if (node.forms) {
			matched = k + 1;
			forms = node.forms;
		}
	}
	const count = Math.max(matched, 1);
	if (core.length === 0) {
		return { match: undefined, reach };
	}
	const lastCore = core[count - 1];
	// A modifier belongs to the phrase when it sits before its last word or right after it, not after a
	// preposition that ends the phrase (`Takes note of further progress`).
	const endsOpen = matched > 1 && OPTIONAL_TAIL.has(norms[lastCore]);
	const mod = mods.find((m) => m.from < lastCore || (m.from === lastCore + 1 && !endsOpen));
	const endToken = mod && mod.from > lastCore ? mod.to : lastCore + 1;
	const first = Math.min(core[0], mod?.from ?? core[0]);
	const coreTokens = core.slice(0, count).map((i) => tokens[i]);
	const match: LeadMatch = {
		span: { start: tokens[first].start, end: tokens[endToken - 1].end },
		coreTokens,
		tokens,
		endToken,
		key: coreTokens.map((t) => t.norm).join(' '),
		forms,
		...(mod ? { modifier: { type: mod.type, span: { start: tokens[mod.from].start, end: tokens[mod.to - 1].end } } } : {}),
		lang,
	};
	return { match, reach };
}

export function kindsOf(match: LeadMatch): Set<LeadKind> {
	return new Set(match.forms.map((f) => f.entry.kind));
}

/**
 * The entries a match stands for, best first: the one whose own modifier is the text's (`Recognizing further`
 * for `Consciente en outre`), then those whose main rendering the text is.
 */
export function entriesOf(match: LeadMatch, kind?: LeadKind): LeadEntry[] {
	const want = match.modifier?.type;
	const isMain = (e: LeadEntry) => e.forms[match.lang].some((f) => f.main && f.core.join(' ').startsWith(match.key));
	const rank = (e: LeadEntry) => (e.modifier === want ? 0 : e.modifier === undefined ? 2 : 4) + (isMain(e) ? 0 : 1);
	const entries = [...new Set(match.forms.filter((f) => !kind || f.entry.kind === kind).map((f) => f.entry))];
	return entries.sort((a, b) => rank(a) - rank(b));
}


/** Writes `phrase` with or without its trailing preposition, as the text it replaces had it (`Takes note` | `of`). */
export function matchTail(phrase: string, match: LeadMatch): string {
	const last = match.coreTokens[match.coreTokens.length - 1]?.norm ?? '';
	const words = splitWords(phrase);
	const hasTail = words.length > 1 && OPTIONAL_TAIL.has(normWord(words[words.length - 1]));
	return hasTail && !OPTIONAL_TAIL.has(last) ? words.slice(0, -1).join(' ') : phrase;
}

/** The words of a match that are not its also/further. */
export function plainTokens(match: LeadMatch): Token[] {
	const mod = match.modifier?.span;
	return match.tokens.filter((t) => !mod || t.end <= mod.start || t.start >= mod.end);
}
