import type { Span } from './document';

export type { Span };

/**
 * What a text under negotiation carries beside the resolution itself: paragraph labels (`PP2bis`, `OP 7 ter`,
 * `2.bis`, `41. Alt1`), square brackets with their alternatives and attributions, status marks and option blocks.
 * Pure data, spans into the original text.
 */

/** `bis` = 2, `ter` = 3 … (the Latin ordinal of the insertion); 0 for a label without one. */
export type InsertionRank = number;

export interface ParagraphLabel {
	/** The whole label token as written: `OP5bis`, `PP 2`, `5 bis.`, `2.bis`, `41. Alt1`. */
	readonly span: Span;
	readonly text: string;
	/** `PP`/`OP` when written, else undefined (a numbered label such as `5 bis.`). */
	readonly part?: 'PP' | 'OP';
	readonly number: number;
	/** The suffix as written (`bis`, `Quat`), when there is one. */
	readonly suffix?: string;
	readonly rank: InsertionRank;
	/** `alt` = 1, `Alt2` = 2: an alternative to the paragraph of that number. */
	readonly alt?: number;
	/** Where the paragraph's own text starts (after the label and its blank). */
	readonly textStart: number;
	/** The number the paragraph takes in the clean L-document; absent for preambular and alternative paragraphs. */
	readonly position?: number;
}

export interface Attribution {
	readonly span: Span;
	/** `US; G77 delete`, `Lebanon`: the words without the dash or parentheses. */
	readonly text: string;
}

export interface BracketSpan {
	/** From `[` to `]` included; an unmatched bracket has only its own character. */
	readonly span: Span;
	readonly depth: number;
	/** The inside, between the brackets. */
	readonly inner: Span;
	/** ` / ` alternatives inside (their spans, attribution excluded); one entry when there is no slash. */
	readonly alternatives: readonly Span[];
	readonly attribution?: Attribution;
	/** `[Agreed ad ref]`: a status mark, not contested text. */
	readonly status?: boolean;
	/** `[ ]`, `[...]`: a placeholder to fill. */
	readonly placeholder?: boolean;
	/** Index of the bracket group (`[A][B]`) it belongs to, in {@link NegotiationText.groups}. */
	readonly group?: number;
}

export interface UnmatchedBracket {
	readonly offset: number;
	readonly char: '[' | ']';
	/** Offsets of brackets that could be its partner, nearest first. */
	readonly candidates: readonly number[];
}

export interface OptionEntry {
	/** The `Option 2: {label}` line. */
	readonly head: Span;
	readonly name: string;
	readonly label?: string;
	/** The option from its head to its last line of text. */
	readonly span: Span;
	/** Whether any text follows the head before the next option (a `{No text required}` label counts). */
	readonly hasText: boolean;
}

export interface OptionBlock {
	readonly span: Span;
	readonly options: readonly OptionEntry[];
	/** The `{End of options}` line, when written. */
	readonly end?: Span;
}

export interface StatusMark {
	readonly span: Span;
	readonly text: string;
}

export interface NegotiationText {
	readonly labels: readonly ParagraphLabel[];
	readonly brackets: readonly BracketSpan[];
	/** Adjacent bracket spans `[A][B]`, as indices into {@link brackets}. */
	readonly groups: readonly (readonly number[])[];
	readonly unmatched: readonly UnmatchedBracket[];
	readonly statusMarks: readonly StatusMark[];
	/** Attributions outside brackets: `(Lebanon)` after a proposal. */
	readonly attributions: readonly Attribution[];
	readonly optionBlocks: readonly OptionBlock[];
	/** Paragraphs numbered the plain way (`5.`), where each number is written: bases of `5 bis`. */
	readonly plainNumbers: readonly { readonly offset: number; readonly number: number; readonly position: number }[];
	/** `{…}` lines (option labels, `{End of options}`) and option heads: not text of the resolution. */
	readonly markupLines: readonly Span[];
	/**
	 * The text as the resolution rules read it, of the same length: labels written as their position (or blanked),
	 * brackets, attributions, status marks and option lines blanked, only the first of each set of alternatives kept.
	 */
	readonly view: string;
	/** The original text the layer was read from. */
	readonly text: string;
}
