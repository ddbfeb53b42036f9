import { blockSubs, ownEnd, type DraftParagraph, type DraftView } from '../leadPhrases/paragraphs';
import { kindsOf, matchLead } from '../leadPhrases/match';

/**
 * Lines of an operative part that are not operative paragraphs though the parser reads them as such: the titles
 * of a long resolution's sections and what a paragraph introduces after its colon (a list of names, an agenda).
 * Met in the official texts (issue 17): `II. Implementation of the 1995 Agreement …` in the oceans resolutions,
 * `Estimates for the support account …` in the peacekeeping budgets, the scale of assessments' States.
 */

function nextOperative(view: DraftView, d: DraftParagraph): DraftParagraph | undefined {
	const i = view.paragraphs.indexOf(d);
	return view.paragraphs.slice(i + 1).find((x) => x.zone === 'operative');
}

function previousOperative(view: DraftView, d: DraftParagraph): DraftParagraph | undefined {
	const i = view.paragraphs.indexOf(d);
	return view.paragraphs.slice(0, i).reverse().find((x) => x.zone === 'operative');
}

const numberOf = (d: DraftParagraph | undefined) => (d?.para.kind === 'operative' ? d.para.number?.value : undefined);
const operativeLead = (d: DraftParagraph) => d.lead !== undefined && kindsOf(d.lead).has('operative');

/**
 * A numbered paragraph followed, before the next numbered one, by lines that are no numbered paragraph (`El Salvador`,
 * `Round table 1: …`, `A. Pension Board secretariat`), introduces them: its colon is right. `limit`: where the
 * resolution proper ends (its closing line).
 */
export function introducesList(view: DraftView, d: DraftParagraph, text: string, limit: number): boolean {
	const n = numberOf(d);
	if (n === undefined) {
		return false;
	}
	const i = view.paragraphs.indexOf(d);
	const next = view.paragraphs.slice(i + 1).find((x) => x.zone === 'operative' && numberOf(x) !== undefined);
	const between = text.slice(d.para.span.end, next ? next.para.span.start : limit);
	return between.split('\n').some((line) => line.trim() !== '' && !FOOTNOTE_TEXT.test(line) && !PART_LETTER.test(line));
}

/** `H`, `IV.`: a part's letter or numeral alone, which heads the paragraphs after it and is no list (S/RES/687 (1991), para. 32). */
const PART_LETTER = /^\s*(?:[A-Z]|[IVXL]{1,6})\.?\s*$/;

/** `[^3]: A/74/583.`: a note's text between two paragraphs. */
const FOOTNOTE_TEXT = /^\s*\[\^[^\]\s]{1,20}\]:/;

/**
 * An unnumbered line on its own among numbered paragraphs, with no operative verb, no sub-paragraphs and no closing
 * mark: a section's title (`II. Implementation of the 1995 Agreement …`), which ends with no punctuation.
 */
export function sectionTitle(view: DraftView, d: DraftParagraph, text: string): boolean {
	const p = d.para;
	if (p.kind !== 'operative' || p.number !== undefined || blockSubs(p.subParagraphs).length > 0 || operativeLead(d)) {
		return false;
	}
	if (text.slice(p.span.start, p.span.end).trim().includes('\n')) {
		return false;
	}
	const end = view.ends.of(d.textStart, ownEnd(p));
	if (/[.,;:]/.test(end.char)) {
		return false;
	}
	return numberOf(nextOperative(view, d)) !== undefined || numberOf(previousOperative(view, d)) !== undefined;
}

/** A title's first word: a capital, or a section's roman numeral (`II.`, `VII`). */
const TITLE_START = /^(?:[IVXL]{1,6}\.?\s+)?\p{Lu}/u;

/**
 * Where a paragraph's own words end: before a section title the parser joined to it as a later segment (a title
 * line after words that end with their mark: `40. … ;` / `II. Implementation of the 1995 Agreement …`), with the
 * section's own preamble after it (`Having considered the report …,`, A/RES/76/246 B).
 */
export function ownWordsEnd(view: DraftView, p: DraftParagraph['para'], text: string): number {
	const end = ownEnd(p);
	const segs = p.segments;
	if (segs.length < 2 || blockSubs(p.subParagraphs).length > 0) {
		return end;
	}
	for (let i = 1; i < segs.length; i++) {
		const closes = /[.;:]/.test(view.ends.of(segs[i - 1].start, segs[i - 1].end).char);
		if (closes && (sectionTitleLine(view, segs[i], text) || sectionPreambleLine(view, segs[i], text))) {
			return segs[i - 1].end;
		}
	}
	return end;
}

/** One line, opening with a capital or a numeral, with no closing mark: `II. Implementation of the 1995 Agreement …`. */
function sectionTitleLine(view: DraftView, seg: { start: number; end: number }, text: string): boolean {
	const line = text.slice(seg.start, seg.end).trim();
	return !line.includes('\n') && TITLE_START.test(line) && !/[.,;:]/.test(view.ends.of(seg.start, seg.end).char);
}

/** A preambular phrase and a closing comma: `Having considered the report …,` (a section's own preamble). */
function sectionPreambleLine(view: DraftView, seg: { start: number; end: number }, text: string): boolean {
	if (view.lang === undefined || view.ends.of(seg.start, seg.end).char !== ',') {
		return false;
	}
	let at = seg.start;
	while (at < seg.end && /[\s*_]/.test(text[at])) {
		at++;
	}
	const m = matchLead(text, at, view.lang, seg.end);
	return m !== undefined && kindsOf(m).has('preambular') && !kindsOf(m).has('operative');
}

/** `*Abbreviations*: GS (OL), General Service (Other level) …` or `^a A discount of 70 per cent …`: the note under a table. */
const TABLE_NOTE = /^[*_]*(?:Abbreviations?|Abréviations?|Abreviaciones|Abreviaturas)[*_]*\s*[*_]*:|^\^[a-z]\s/u;

/** A note under a table the import left in the operative part, which ends as a note does, with a full stop. */
export function tableNote(d: DraftParagraph, text: string): boolean {
	return d.para.kind === 'operative' && d.para.number === undefined && TABLE_NOTE.test(text.slice(d.para.span.start, d.para.span.end).trimStart());
}
