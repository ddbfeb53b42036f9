/**
 * The document model of a resolution draft. Pure data: every range is a {@link Span} of UTF-16
 * offsets into the original text, so the model never copies or normalises the text it describes.
 */

import type { NegotiationText, ParagraphLabel } from './negotiation';
import type { OlderLayout } from './layout';

/** Half-open range `[start, end)` of UTF-16 code unit offsets into the document text. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** Languages the parser recognises. The first three are fully supported. */
export type Lang = 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

/** The organs whose texts and citations the server understands. */
export type Body = 'GA' | 'SC' | 'ECOSOC' | 'HRC';

/** How footnote markers and texts are written (spec §1). */
export type FootnoteStyle = 'superscript' | 'markdown' | 'plain';

/** A value together with where it was written. */
export interface Located<T> {
	readonly value: T;
	readonly span: Span;
}

export interface Masthead {
	/** `A/RES/80/5`, `A/80/L.26`, `S/RES/1454 (2002)` as printed at the top. */
	readonly symbol?: Located<string>;
	/** `General Assembly`, `Assemblée générale` … as printed in the masthead. */
	readonly organ?: Located<string>;
	/** `Distr.: General`, `Distr. générale`, `Distr.: Limited`. */
	readonly distribution?: Located<string>;
	/** Date line of the masthead, as written. */
	readonly date?: Located<string>;
	/** `Eightieth session`, `Soixante-quinzième session`. */
	readonly session?: Located<string>;
	/** `Agenda item 25 (b)`, `Point 130 y) de l'ordre du jour`. */
	readonly agendaItem?: Located<string>;
	/** `Original: English`. */
	readonly original?: Located<string>;
	/** Drafts: `Norway: draft resolution`. */
	readonly sponsors?: Located<string>;
	/** Any other line of the heading zone, kept so nothing is lost. */
	readonly other: readonly Located<string>[];
}

export interface AdoptionLine {
	readonly span: Span;
	/** `Resolution adopted by the General Assembly on 4 November 2025`, as written (lines joined by a space). */
	readonly text: string;
	/** The date written on the line, ISO `YYYY-MM-DD`, when it could be read. */
	readonly date?: Located<string>;
	/** `[without reference to a Main Committee (A/80/L.5)]`. */
	readonly reference?: Located<string>;
	/** Security Council: the meeting number (`4683` from `at its 4683rd meeting`). */
	readonly meeting?: Located<number>;
}

export interface Title {
	readonly span: Span;
	/** The title text without its number or Markdown emphasis. */
	readonly text: string;
	readonly textSpan: Span;
}

export interface OrganLine {
	readonly span: Span;
	readonly body: Body;
	/** Whether the line ends with a comma (it must when a preamble follows). */
	readonly hasComma: boolean;
}

/** Sub-paragraph label styles: `(a)`, `a)`, `a.`. */
export type LabelStyle = 'paren' | 'close' | 'dot';
/** Kind of label: latin letter or roman numeral. */
export type LabelKind = 'alpha' | 'roman';

export interface SubParagraph {
	readonly span: Span;
	/** The label as written, e.g. `(a)`, `b)`, `(ii)`, `a.`. */
	readonly label: Located<string>;
	/** The label's letter or numeral without brackets: `a`, `ii`. */
	readonly labelText: string;
	readonly labelKind: LabelKind;
	readonly labelStyle: LabelStyle;
	/** 1 `(a)`, 2 `(i)`, 3 `a.`, 4 `i.` — the editorial level. */
	readonly level: 1 | 2 | 3 | 4;
	/** Ordinal value of the label: a = 1, b = 2; i = 1, ii = 2. */
	readonly ordinal: number;
	/** True when the label runs inside the paragraph text instead of opening its own line. */
	readonly inline: boolean;
	readonly children: readonly SubParagraph[];
}

interface ParagraphBase {
	/** From the first character to the last one, footnote blocks inside included. */
	readonly span: Span;
	/** The pieces of text that make up the paragraph (more than one when a page break split it). */
	readonly segments: readonly Span[];
	/** The opening lead phrase (`Rappelant également`, `Also requests`) without emphasis markers. */
	readonly lead?: Located<string>;
	readonly subParagraphs: readonly SubParagraph[];
	/** In a negotiation text: the label as written (`PP2bis`, `OP 7 ter`, `2.bis`). */
	readonly label?: ParagraphLabel;
}

export interface PreambularParagraph extends ParagraphBase {
	readonly kind: 'preambular';
}

export interface OperativeParagraph extends ParagraphBase {
	readonly kind: 'operative';
	/** The number as written (`13`), with the span of the digits; absent for a single unnumbered paragraph. */
	readonly number?: Located<number>;
	/** Span of the whole number token, `13.` or `**13.**`. */
	readonly numberToken?: Span;
}

export type Paragraph = PreambularParagraph | OperativeParagraph;

/** A heading inside the operative part or an annex: `A`, `II. International peace and security`. */
export interface Heading {
	readonly span: Span;
	readonly text: string;
}

/** One numbered run of operative paragraphs: a composite resolution has several (A, B …). */
export interface OperativePart {
	readonly heading?: Heading;
	readonly paragraphs: readonly OperativeParagraph[];
	readonly span: Span;
}

export interface Annex {
	readonly span: Span;
	/** `Annex`, `Annexe I`, `Anexo`. */
	readonly heading: Located<string>;
	/** Title after the heading word, when any. */
	readonly title?: string;
	/** Unnumbered paragraphs of the annex. */
	readonly paragraphs: readonly PreambularParagraph[];
	/** Numbered paragraphs, grouped under the annex's own headings. */
	readonly parts: readonly OperativePart[];
}

export interface FootnoteMarker {
	readonly span: Span;
	/** The marker's label as written without decoration: `4` for `⁴`, `[^4]` and a plain `4`; `note` for `[^note]`. */
	readonly label: string;
	/** Numeric value of the label (NaN for a non-numeric Markdown label). */
	readonly number: number;
	/** Index into {@link ResolutionDocument.footnotes} of the paired text, if there is one. */
	readonly footnote?: number;
}

export interface Footnote {
	/** The whole footnote text, marker included. */
	readonly span: Span;
	/** The marker at its start (`¹`, `[^4]:`, `1`). */
	readonly markerSpan: Span;
	readonly label: string;
	readonly number: number;
	/** The footnote's words, after the marker. */
	readonly textSpan: Span;
	/** Indices into {@link ResolutionDocument.footnoteMarkers} of the markers that point here. */
	readonly markers: readonly number[];
}

export type CitationKind = 'resolution' | 'decision' | 'document';

export interface Citation {
	readonly kind: CitationKind;
	/** Body of a resolution or decision. Absent for documents. */
	readonly body?: Body;
	/** Span of the citation token (`71/19`, `2178 (2014)`, `A/RES/75/10`, `A/75/L.20`). */
	readonly span: Span;
	/** The token as written (Markdown link brackets excluded). */
	readonly text: string;
	/**
	 * Normalised symbol: `A/RES/71/19`, `S/RES/2178(2014)`, `E/RES/2019/19`, `A/HRC/RES/45/1`,
	 * `A/DEC/60/519`, `A/RES/217(III)`; documents as written (`A/75/L.20/Add.1`).
	 */
	readonly symbol: string;
	/** Resolution or decision number (`19` in `71/19`, `2178` for the SC). */
	readonly number?: number;
	/** GA/HRC session number (`71`); for roman sessions, the arabic value. */
	readonly session?: number;
	/** Special (`S`) or emergency special (`ES`) session. */
	readonly sessionKind?: 'regular' | 'special' | 'emergency';
	/** SC year in brackets or ECOSOC year. */
	readonly year?: number;
	/** Part letters: `['A']` for `31/16 A`, `['A','B']` for `31/6 A and B`. */
	readonly parts?: readonly string[];
	/** The date written with the citation, ISO `YYYY-MM-DD`, and where it is written. */
	readonly date?: Located<string>;
	/** Span of the words that name the body or kind (`résolution`, `du Conseil économique et social`). */
	readonly keywordSpan?: Span;
	/**
	 * The body the words right beside the list name, when they name one: `Economic and Social Council resolution`,
	 * `… du Conseil de sécurité`. The citation-body rule compares it with the number's shape.
	 */
	readonly namedBody?: Body;
}

export interface ClosingLine {
	readonly span: Span;
	/** `30^e séance plénière`, `28th plenary meeting`. */
	readonly meeting: Located<string>;
	readonly meetingNumber?: number;
	/** ISO date of the meeting line's date. */
	readonly date?: Located<string>;
}

export interface ParseProblem {
	readonly span: Span;
	readonly message: string;
}

export interface ResolutionDocument {
	readonly length: number;
	readonly lang: Lang;
	/** Whether {@link lang} was detected from the text (false: forced by the caller). */
	readonly langDetected: boolean;
	readonly footnoteStyle?: FootnoteStyle;
	readonly masthead: Masthead;
	readonly adoption?: AdoptionLine;
	readonly title?: Title;
	/** The document's own symbol in catalogue form (`A/RES/75/10`), from title number or masthead. */
	readonly ownSymbol?: Located<string>;
	readonly organ?: OrganLine;
	/** The drafting body: from the organ line, else the masthead. */
	readonly body?: Body;
	readonly preamble: readonly PreambularParagraph[];
	readonly operativeParts: readonly OperativePart[];
	readonly annexes: readonly Annex[];
	readonly footnoteMarkers: readonly FootnoteMarker[];
	readonly footnotes: readonly Footnote[];
	readonly citations: readonly Citation[];
	readonly closing?: ClosingLine;
	/** An older or irregular layout (enacting sentence, unnumbered paragraphs, articles, statements): absent for a modern text. */
	readonly layout?: OlderLayout;
	/** Labels, brackets, options …: present when the text is under negotiation. */
	readonly negotiation?: NegotiationText;
	/** Things the parser could not place; never thrown. */
	readonly problems: readonly ParseProblem[];
}

/** All operative paragraphs of the resolution proper, in order. */
export function operativeParagraphs(doc: ResolutionDocument): OperativeParagraph[] {
	return doc.operativeParts.flatMap((part) => part.paragraphs);
}
