/**
 * A resolution as AKN4UN holds it: the plain data between the official XML and a unres draft. Import reads XML into
 * it and writes Markdown; export builds it from the parsed draft and writes XML. Pure data, no spans.
 */
import type { Body, Lang } from '../model/document';

/** A run of text: plain or italic, or the call of a note (index into {@link AknResolution.notes}). */
export type Inline = { readonly text: string; readonly italic?: boolean } | { readonly note: number };

export interface AknNote {
	/** The marker as printed (`1`, `4`). */
	readonly marker: string;
	readonly text: readonly Inline[];
}

export interface AknSubParagraph {
	/** The label as printed: `(a)`, `a)`, `(ii)`. */
	readonly label: string;
	readonly text: readonly Inline[];
	readonly children: readonly AknSubParagraph[];
}

export interface AknParagraph {
	/** Operative number as printed without the dot (`13`); absent in the preamble and for a lone paragraph. */
	readonly num?: string;
	/** The lead phrase (italic in the official text). */
	readonly lead?: string;
	/** The words after the lead phrase (before the first sub-paragraph). */
	readonly text: readonly Inline[];
	readonly subParagraphs: readonly AknSubParagraph[];
	/** Unnumbered blocks between the paragraph's words and its first sub-paragraph (the quoted question of A/RES/77/276). */
	readonly intro?: readonly (readonly Inline[])[];
	/** Unnumbered blocks after the paragraph that still belong to it (a quoted passage, closing words). */
	readonly more?: readonly (readonly Inline[])[];
	/** Where the blocks of `more` stand when some come before a sub-paragraph: after how many first-level ones. */
	readonly moreAt?: readonly number[];
	/** A heading line among the preambular paragraphs (`I`, a bold section title): written as is, no paragraph. */
	readonly heading?: boolean;
}

export interface AknPart {
	/** `A`, `B`, `I. …`: the heading of a composite resolution's part. */
	readonly heading?: string;
	/** Preambular paragraphs of a section or of a component resolution (`A`, `B`), before its numbered ones. */
	readonly preamble?: readonly AknParagraph[];
	readonly paragraphs: readonly AknParagraph[];
}

export interface AknMasthead {
	readonly organName?: string;
	readonly distribution?: string;
	/** Date of issuance, as printed and as ISO. */
	readonly dateText?: string;
	readonly date?: string;
	readonly session?: string;
	/** Session number (`75`), from `<session value>`. */
	readonly sessionNumber?: string;
	readonly agendaItem?: string;
	readonly agendaTitle?: string;
	/** `Resolution adopted by the General Assembly on 23 November 2020`. */
	readonly adoptionLine?: string;
	/** `[without reference to a Main Committee (A/75/L.20 and A/75/L.20/Add.1)]`. */
	readonly proponent?: string;
}

export interface AknResolution {
	readonly lang?: Lang;
	/** ISO 639-2 code as in FRBRlanguage (`eng`, `fra`, `spa`). */
	readonly langCode?: string;
	readonly body?: Body;
	/** Own symbol (`A/RES/75/10`). */
	readonly symbol?: string;
	/** The number in front of the title (`75/10`). */
	readonly number?: string;
	readonly title?: string;
	/** Note calls written after the title. */
	readonly titleNotes?: readonly Inline[];
	/** Adoption date, ISO. */
	readonly adoptionDate?: string;
	readonly masthead: AknMasthead;
	/** `L’Assemblée générale` as the formula prints it, without the comma. */
	readonly organLine?: string;
	readonly preamble: readonly AknParagraph[];
	readonly parts: readonly AknPart[];
	readonly notes: readonly AknNote[];
	/** `30e séance plénière` and the date below it. */
	readonly meeting?: string;
	readonly closingDateText?: string;
	readonly closingDate?: string;
}

/** Plain text of runs (notes left out). */
export function plainText(runs: readonly Inline[]): string {
	return runs.map((r) => ('text' in r ? r.text : '')).join('');
}
