/** AKN4UN XML → {@link AknResolution}. Never throws: what it cannot read it leaves out and says so. */
import type { Lang } from '../model/document';
import { attr, child, children, descendants, first, localName, parseXml, textOf, type Element } from './dom';
import { InlineReader } from './inline';
import { plainText, type AknPart, type AknResolution } from './model';
import { labelAtStart, ParagraphBuilder, readBlock, type Block } from './paragraphs';
import { organName, strayMeeting } from './slips';
import { preambular, participleLead, endsWithComma } from './blockCues';
import { bodyOf, readMasthead } from './masthead';

export interface ReadResult {
	readonly resolution?: AknResolution;
	readonly problems: readonly string[];
}

const LANG_CODES: Record<string, Lang> = { eng: 'en', fra: 'fr', spa: 'es', ara: 'ar', rus: 'ru', zho: 'zh', chi: 'zh' };
export const LANG_TO_CODE: Record<Lang, string> = { en: 'eng', fr: 'fra', es: 'spa', ar: 'ara', ru: 'rus', zh: 'zho' };

const HEADINGS = new Set(['crossHeading', 'subheading', 'heading']);
/** Akoma Ntoso's hierarchical containers: each opens a part headed by its number and heading. */
const HIERARCHY = new Set(['section', 'subsection', 'part', 'subpart', 'division', 'subdivision', 'chapter', 'subchapter', 'title', 'subtitle', 'book', 'hcontainer']);

export function readAkn(xml: string): ReadResult {
	const parsed = parseXml(xml);
	const root = parsed.root;
	if (!root || localName(root) !== 'akomaNtoso') {
		return { problems: [...parsed.problems, 'not an Akoma Ntoso document (no <akomaNtoso> root)'] };
	}
	const doc = children(root)[0];
	if (!doc) {
		return { problems: [...parsed.problems, 'empty <akomaNtoso>'] };
	}
	const inline = new InlineReader();
	const identification = first(doc, 'identification');
	const work = child(identification, 'FRBRWork');
	const expression = child(identification, 'FRBRExpression');
	// A collection's own identification may leave out the language and date: its components' give them.
	const langCode = attr(child(expression, 'FRBRlanguage'), 'language') || descendants(root, 'FRBRlanguage').map((l) => attr(l, 'language')).find(Boolean);
	const adoption = (d: Element) => attr(d, 'name') === 'adoption' && !!attr(d, 'date');
	const adoptionDate = children(work ?? doc, 'FRBRdate').find(adoption) ?? descendants(root, 'FRBRdate').find(adoption);
	const cover = child(doc, 'coverPage');
	const preface = child(doc, 'preface');
	const symbol = cover ? descendants(cover, 'docNumber').map(textOf).find(Boolean) : undefined;
	const masthead = readMasthead(cover);
	const number = preface ? textOf(first(preface, 'docNumber')).replace(/\.$/, '') : undefined;
	const titleEl = preface ? descendants(preface, 'docTitle').find((t) => attr(t, 'refersTo') !== '#adoptionLine') : undefined;
	// Notes of the title (and those unres keeps there): called after the title.
	const titleNotes = preface ? descendants(preface, 'authorialNote').map((n) => inline.note(n)) : [];

	let body: StatementBody;
	if (localName(doc) === 'documentCollection') {
		// A composite resolution (`74/250 A-B`): each component is a part `A. Title` with its own preamble.
		const statements = descendants(child(root, 'components') ?? doc, 'component').map((c) => children(c)[0]).filter((c): c is Element => !!c);
		const bodies = statements.map((st) => {
			const b = readStatement(st, inline);
			const pref = child(st, 'preface');
			const heading = [textOf(first(pref, 'docNumber')).replace(/\.$/, ''), textOf(first(pref, 'docTitle'))].filter(Boolean).join('. ');
			const [firstPart, ...rest] = b.parts.length > 0 ? b.parts : [{ paragraphs: [] }];
			const own = [...b.preamble, ...(firstPart.preamble ?? [])];
			return { ...b, parts: [{ ...firstPart, ...(heading ? { heading } : {}), ...(own.length > 0 ? { preamble: own } : {}) }, ...rest] };
		});
		const last = bodies[bodies.length - 1];
		body = { organLine: bodies.find((b) => b.organLine)?.organLine, preamble: [], parts: bodies.flatMap((b) => b.parts), meeting: last?.meeting, closingDateText: last?.closingDateText, closingDate: last?.closingDate };
	} else {
		body = readStatement(doc, inline);
	}
	const lang = langCode ? LANG_CODES[langCode] : undefined;
	const resolution: AknResolution = {
		lang,
		langCode,
		body: bodyOf(attr(child(work, 'FRBRauthor'), 'href'), symbol),
		symbol: symbol || undefined,
		number: number || undefined,
		title: titleEl ? textOf(titleEl) || undefined : undefined,
		adoptionDate: adoptionDate ? attr(adoptionDate, 'date') : undefined,
		masthead,
		...(titleNotes.length > 0 ? { titleNotes } : {}),
		...body,
		notes: inline.notes,
	};
	return { resolution, problems: parsed.problems };
}

/** `A. Title` of a paragraph that holds only a part number (`A.`, `II`) and a heading element. */
function numberedHeading(el: Element): string | undefined {
	const kids = children(el);
	const num = textOf(child(el, 'num')).trim().replace(/\.$/, '');
	const sub = kids.find((k) => HEADINGS.has(localName(k)));
	return sub && /^(?:[A-Z]|[IVXL]{1,6})$/.test(num) && kids.every((k) => localName(k) === 'num' || HEADINGS.has(localName(k))) && textOf(sub) ? `${num}. ${textOf(sub)}` : undefined;
}

/** A paragraph that is only a bold line (`Countries in special situations`, `* * *`) is a heading. */
function asHeading(el: Element, block: Block): string | undefined {
	if (block.num !== undefined && block.runs.length === 0 && block.points.length === 0 && /^(?:[A-Z]|[IVXL]{1,6})\.?$/.test(block.num.trim())) {
		// `<paragraph><num>I</num></paragraph>`, its title in the next paragraph: the part's number.
		return block.num.trim().replace(/\.$/, '');
	}
	const partNum = block.num !== undefined && /^(?:[A-Z]|[IVXL]{1,6})\.?$/.test(block.num.trim()) ? block.num.trim().replace(/\.$/, '') : undefined;
	if ((block.num !== undefined && !partNum) || block.points.length > 0) {
		return undefined;
	}
	const spans = descendants(el, 'span');
	// `<num>A.</num>` and a bold line: the heading `A. Base/floor salary scale`.
	const text = partNum ? textOf(first(el, 'content') ?? first(el, 'p')) : textOf(el);
	if (partNum) {
		const heading = asHeadingText(spans, text);
		return heading ? `${partNum}. ${heading}` : undefined;
	}
	return asHeadingText(spans, text);
}

function asHeadingText(spans: Element[], text: string): string | undefined {
	const bold = spans.length > 0 && spans.every((s) => /\bbold\b/.test(attr(s, 'class') ?? '')) && textOf(spans[0]) !== '' && spans.map(textOf).join(' ').length >= text.length - 2;
	// A section's number and long title in one bold line (`I Demande de subvention pour l’Institut …`, A/RES/75/253 F).
	return (bold && (text.length <= 200 || (text.length <= 400 && /^[IVXL]{1,6}\.?\s+\p{Lu}/u.test(text)))) || /^(?:\*\s*){3}$|^(?:[A-Z]|[IVXL]{1,6})$/.test(text) ? text : undefined;
}

type StatementBody = Pick<AknResolution, 'organLine' | 'preamble' | 'parts' | 'meeting' | 'closingDateText' | 'closingDate'>;

/** The preamble, main body and conclusions of one `<statement>`. */
function readStatement(doc: Element, inline: InlineReader): StatementBody {
	let organLine: string | undefined;
	const pre = new ParagraphBuilder(false);
	// A few files hold the whole text in `<preamble>` (numbered paragraphs and all): from the first part number or
	// numbered paragraph on, it is the body.
	const spilled: Element[] = [];
	const readPreamble = (preamble: Element) => {
		const kids = children(preamble);
		const numbered = kids.findIndex((c) => /^\d/.test(textOf(child(c, 'num'))));
		const numeral = numbered < 0 ? -1 : kids.findIndex((c, i) => i < numbered && /^(?:[A-Z]|[IVXL]{1,6})\.?$/.test(textOf(c)));
		const cut = numeral >= 0 ? numeral : numbered;
		if (cut >= 0) {
			spilled.push(...kids.slice(cut));
		}
		for (const c of cut >= 0 ? kids.slice(0, cut) : kids) {
			const name = localName(c);
			if (name === 'formula' && organLine === undefined) {
				organLine = organName(textOf(c).replace(/\s*[,،，]\s*$/, ''));
			} else if (name === 'container' || name === 'p' || name === 'paragraph' || name === 'blockList' || name === 'list') {
				// A `<blockList>` beside the containers holds the points of the paragraph before it (A/RES/74/176, 74/40, 75/55).
				const block = readBlock(c, inline);
				const before = pre.paragraphs[pre.paragraphs.length - 1];
				pre.add(block);
				const heading = block.num === undefined ? asHeading(c, block) : undefined;
				const numeral = (h: string | undefined) => !!h && /^(?:[A-Z]|[IVXL]{1,6}|(?:\*\s*){3})$/.test(h.trim());
				// `I` / `Activities of the Office of Internal Oversight Services` above a section's preamble, `* * *`:
				// headings, as unres reads them (a bold line alone stays a paragraph, as unres reads it too).
				if (heading !== undefined && pre.paragraphs.length > 0 && pre.paragraphs[pre.paragraphs.length - 1] !== before && (numeral(heading) || (before?.heading && numeral(plainText(before.text))))) {
					pre.paragraphs[pre.paragraphs.length - 1].heading = true;
				}
			}
		}
	};
	// A few files put a preambular paragraph in a `<mainBody>` between two `<preamble>` elements (a markup slip of
	// the source): a body followed by more preamble is preamble, as the printed text reads.
	const sections = children(doc).filter((c) => localName(c) === 'preamble' || localName(c) === 'mainBody');
	const lastPreamble = sections.map(localName).lastIndexOf('preamble');
	const mains: Element[] = [];
	sections.forEach((c, i) => {
		if (spilled.length > 0 || mains.length > 0) {
			// Once numbered paragraphs have begun, the rest is body in order: a budget resolution's sections alternate
			// `<preamble>` and `<mainBody>` (A/RES/80/243), each section's preamble after the paragraphs before it.
			mains.push(c);
		} else if (localName(c) === 'preamble') {
			readPreamble(c);
		} else if (i < lastPreamble) {
			readPreamble(c);
		} else {
			mains.push(c);
		}
	});
	const conclusions = child(doc, 'conclusions');
	const meetingEl = conclusions ? [...descendants(conclusions, 'inline'), ...descendants(conclusions, 'location')].find((i) => attr(i, 'name') === 'adoptionMeeting' || attr(i, 'refersTo') === '#adoptionMeeting') : undefined;
	const stray = meetingEl ? undefined : strayMeeting(mains[mains.length - 1]);
	const parts = readMainBody([spilled, ...mains.map((m) => children(m))], inline, pre);
	const closingDate = conclusions ? first(conclusions, 'docDate') : undefined;
	return {
		organLine: organLine || undefined,
		preamble: pre.result(),
		parts,
		meeting: meetingEl ? textOf(meetingEl) || undefined : stray,
		closingDateText: closingDate ? textOf(closingDate) || undefined : undefined,
		closingDate: closingDate ? attr(closingDate, 'date') : undefined,
	};
}

function readMainBody(groups: readonly Element[][], inline: InlineReader, preamble: ParagraphBuilder): AknPart[] {
	type Open = { heading?: string; builder: ParagraphBuilder; preamble: ParagraphBuilder };
	const parts: Open[] = [];
	const open = (heading?: string): Open => {
		const last = parts[parts.length - 1];
		// `I` then `Achieving sustainable fisheries` with nothing between: one heading `I. Achieving …`, as unres reads it.
		if (heading && last?.heading && /^(?:[A-Z]|[IVXL]{1,6})$/.test(last.heading) && last.builder.paragraphs.length === 0 && last.preamble.paragraphs.length === 0) {
			last.heading = `${last.heading}. ${heading}`;
			return last;
		}
		return { heading, builder: new ParagraphBuilder(true), preamble: new ParagraphBuilder(false) };
	};
	const push = (text: string) => {
		// `I Demande de subvention …` (the number's full stop lost): `I. Demande de subvention …`, as unres reads a part heading.
		const heading = text.replace(/^([IVXL]{1,6})\s+(?=\p{Lu}\p{Ll})/u, '$1. ');
		const part = open(heading);
		if (part !== parts[parts.length - 1]) {
			parts.push(part);
		}
	};
	parts.push(open());
	const noOperativeYet = () => parts.every((p) => p.builder.paragraphs.length === 0);
	// The preamble a `<crossHeading>` of the body went to last, while no operative paragraph follows it yet.
	let crossPreamble: ParagraphBuilder | undefined;
	// `<paragraph><num>1.</num></paragraph>` then the words in the next paragraph: one numbered paragraph.
	let loneNum: string | undefined;
	const visit = (el: Element) => visitNodes(children(el));
	const visitNodes = (nodes: readonly Element[]) => {
		nodes.forEach((c, index) => {
			const name = localName(c);
			const only = children(c);
			const headingOnly = only.length === 1 && HEADINGS.has(localName(only[0])) ? only[0] : undefined;
			if (name === 'crossHeading' && attr(c, 'refersTo') === '#preamble') {
				// Preambular paragraphs marked up in the main body (sections with a preamble of their own).
				const block = { runs: inline.runs(c), points: [] };
				crossPreamble = noOperativeYet() && parts.length === 1 ? preamble : parts[parts.length - 1].preamble;
				crossPreamble.add(block);
			} else if (HEADINGS.has(name) || headingOnly) {
				// A heading in the operative part (`A`, `II`, `Universal access to health care`) opens a part, as in unres.
				const heading = textOf(headingOnly ?? c);
				if (heading) {
					push(heading);
				}
			} else if (name === 'paragraph' && numberedHeading(c)) {
				// `<paragraph><num>A.</num><subheading>Title</subheading></paragraph>` opening a subsection (A/RES/74/255 F).
				push(numberedHeading(c)!);
			} else if (name === 'paragraph' || name === 'container' || name === 'p') {
				const block = readBlock(c, inline);
				// `<paragraph><subheading>Article 10</subheading><content>…`: the heading line, then the words, as printed
				// (unless the paragraph is that heading again: `<subheading>B. Title</subheading><num>B.</num>` + the title).
				const inner = only.find((k) => HEADINGS.has(localName(k)));
				const innerHeading = inner && block.num === undefined && block.runs.length > 0 && !asHeading(c, block) ? textOf(inner) : '';
				if (innerHeading) {
					// A line of the quoted text, as unres reads a line after a paragraph ending with a colon.
					parts[parts.length - 1].builder.add({ runs: [{ text: innerHeading }], points: [] });
				}
				if (loneNum !== undefined && block.num === undefined) {
					block.num = loneNum;
				}
				loneNum = undefined;
				if (block.num !== undefined && /^\d/.test(block.num) && block.runs.length === 0 && block.points.length === 0) {
					loneNum = block.num;
					return;
				}
				const last = parts[parts.length - 1];
				const label = block.num !== undefined && !/^\d/.test(block.num) ? labelAtStart([{ text: `${block.num.trim()} ` }]) : undefined;
				if (label && crossPreamble && last.builder.paragraphs.length === 0) {
					// `Noting with satisfaction:` (a crossHeading) then `<paragraph><num>(a)</num>`: the points of that
					// preambular paragraph, in the XML's order (E/RES/2023/5).
					crossPreamble.add(block);
					return;
				}
				crossPreamble = undefined;
				const plain = block.num === undefined && block.points.length === 0 && block.runs.every((r) => 'text' in r && !r.italic) ? textOf(c) : '';
				// `II` then `Implementation of the 1995 Agreement …` (a plain line without final punctuation): the title of part II.
				const title = last.heading && last.builder.paragraphs.length === 0 && plain && plain.length <= (/^(?:[A-Z]|[IVXL]{1,6})$/.test(last.heading) ? 400 : 200) && !/[.;:,]$/.test(plain) ? plain : undefined;
				// A short plain line without final punctuation heads what follows, as unres reads it; before paragraph 1
				// only when paragraph 1 comes next.
				const first = parts.length === 1 && !last.heading && last.builder.paragraphs.length === 0;
				// Not after a numbered paragraph's colon (`11. Décide … :` / `États classés dans la catégorie C …`, A/RES/76/239 F), as unres reads it.
				const line = plain && plain.length <= 150 && !last.builder.introducesNext() && !/[.;:,!?][\s"”’»)\]]*$/.test(plain) && /^\p{Lu}/u.test(plain) && !labelAtStart(block.runs) && (!first || /^\d/.test(textOf(child(nodes[index + 1], 'num')))) ? plain : undefined;
				const heading = title ?? asHeading(c, block) ?? line;
				if (heading) {
					push(heading);
				} else if (block.num === undefined && last.builder.paragraphs.length === 0 && (preambular(block) || (!!last.heading && (endsWithComma(block) || (name === 'container' && participleLead(block)))))) {
					// A preambular paragraph marked up in the body, before the part's first paragraph (a section's own
					// preamble, or a slip of the source): preamble, as the printed text reads.
					(parts.length === 1 && !last.heading ? preamble : last.preamble).add(block);
				} else {
					parts[parts.length - 1].builder.add(block);
				}
				block.headings?.forEach(push);
			} else if (HIERARCHY.has(name)) {
				// `<section><num>I</num><subheading>Title</subheading>`: one heading `I. Title`, as a printed text has it;
				// a `<subsection>` or `<title>` (`A`, `B` of a section in A/RES/74/255, 79/252) likewise, its words kept.
				const num = textOf(child(c, 'num')).trim().replace(/\.$/, '');
				// Its title, not a preambular paragraph marked up as `<crossHeading refersTo="#preamble">` (74/255 F).
				const sub = children(c).find((k) => HEADINGS.has(localName(k)) && attr(k, 'refersTo') !== '#preamble');
				// `<subheading>I Deuxième rapport …</subheading>` (the number in the title, its full stop lost): `I. Deuxième rapport …`.
				const title = sub ? textOf(sub).replace(/^([IVXL]{1,6})\s+(?=\p{Lu}\p{Ll})/u, num ? '$1 ' : '$1. ') : '';
				const heading = [num, title].filter(Boolean).join('. ');
				if (heading) {
					push(heading);
				}
				visitExcept(c, sub);
			}
		});
	};
	const visitExcept = (el: Element, skip: Element | undefined) => {
		if (skip) {
			el.removeChild(skip);
		}
		visit(el);
	};
	// Some files split the body into several `<mainBody>` elements: one body in order.
	groups.forEach(visitNodes);
	return parts
		.map((p) => {
			const own = p.preamble.result();
			return { ...(p.heading ? { heading: p.heading } : {}), ...(own.length > 0 ? { preamble: own } : {}), paragraphs: p.builder.result() };
		})
		.filter((p, i) => i > 0 || p.paragraphs.length > 0 || parts.length === 1);
}
