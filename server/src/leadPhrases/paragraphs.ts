import { defineQuery, factOf, type DocumentVersion, type Query } from '../model/analysis';
import type { Paragraph, ResolutionDocument, SubParagraph } from '../model/document';
import { BLANK, blockSubs, Ends, MARK, ownEnd } from './endings';
import { genderOf, type Gender } from './entries';
import { matchKnownLead, matchLead, type LeadMatch } from './match';
import { earlierLeads, type EarlierLeads } from './reuse';
import type { LeadKind, LeadLang } from './table';

/**
 * The resolution proper seen as a drafter reads it, shared by the lead-phrase and punctuation rules:
 * each paragraph with its lead phrase and its place, and the paragraphs the rules must leave alone —
 * quoted passages, a sentence a page break cut in two, asterisk notes, a declaration the resolution adopts.
 * Annexes are never part of it: their paragraphs do not open with operative verbs.
 */

export type Role =
	/** A preambular or operative paragraph. */
	| 'paragraph'
	/** Text quoted after a paragraph that ends with a colon (`… on the following question:` / `What are …?`). */
	| 'quote'
	/** The rest of a sentence that a page break cut off (`… of the Steering` / `Committee of the …`). */
	| 'continuation'
	/** `* Any changes to the list of sponsors …`: a note of the masthead, not a paragraph. */
	| 'note'
	/** A paragraph of a text the resolution adopts (`Adopts the following Pact:` / `1. We, the Heads of State …`). */
	| 'declaration'
	/** The title of a part under its number (`I` / `Financing of the Office`) before the first operative paragraph. */
	| 'heading';

export interface DraftParagraph {
	readonly para: Paragraph;
	readonly zone: LeadKind;
	readonly role: Role;
	/** Where the paragraph's words begin: after the number and emphasis markers. */
	readonly textStart: number;
	readonly lead?: LeadMatch;
	/** The phrase of an opening clause before the verb (`Consciente de …, se félicite`): it agrees with the organ too. */
	readonly opening?: LeadMatch;
	/** Operative part (0-based); -1 in the preamble. */
	readonly part: number;
	readonly lastInPart: boolean;
	/** In the last operative part of the resolution proper (declarations excluded). */
	readonly lastPart: boolean;
	/** The previous paragraph of the same zone with the role `paragraph`, if it is the one right before. */
	readonly previous?: DraftParagraph;
}

export interface DraftView {
	readonly lang: LeadLang | undefined;
	readonly gender: Gender | undefined;
	readonly paragraphs: readonly DraftParagraph[];
	readonly ends: Ends;
}

export { blockSubs, type Ending, Ends, ownEnd } from './endings';

function textStartOf(text: string, p: Paragraph): number {
	let at = p.kind === 'operative' && p.numberToken ? p.numberToken.end : p.span.start;
	while (at < p.span.end && (BLANK.test(text[at]) || MARK.test(text[at]))) {
		at++;
	}
	return at;
}

const KNOWN = (m: LeadMatch | undefined, kind: LeadKind) => m !== undefined && m.forms.some((f) => f.entry.kind === kind);

const DRAFT_VIEW: Query<DraftView> = defineQuery('leadPhrases.view', (doc, text, facts): DraftView =>
	buildView(doc, text, earlierLeads(facts, (f) => {
		const v: DraftView | undefined = f.peek(DRAFT_VIEW);
		return v && LEADS.get(v);
	})));

/** The lead phrases a view read, by where it read them: the next version reuses those its edit did not reach. */
const LEADS = new WeakMap<DraftView, Map<number, { limit: number; match: LeadMatch | undefined }>>();

/** The view of a parsed document, built once per document version (rules, completion and hover share it). */
export function draftView(src: DocumentVersion): DraftView {
	return factOf(src, DRAFT_VIEW);
}

function buildView(doc: ResolutionDocument, text: string, earlier?: EarlierLeads): DraftView {
	const lang: LeadLang | undefined = doc.lang === 'en' || doc.lang === 'fr' || doc.lang === 'es' ? doc.lang : undefined;
	const ends = new Ends(text, doc, doc.lang);
	const out: DraftParagraph[] = [];
	if (!lang) {
		return { lang, gender: undefined, paragraphs: out, ends };
	}
	// Each paragraph's lead is read once, though the declaration test and the walk below both ask for it.
	const leads = new Map<Paragraph, LeadMatch | undefined>();
	const read = new Map<number, { limit: number; match: LeadMatch | undefined }>();
	const lead = (p: Paragraph, start: number) => {
		if (!leads.has(p)) {
			const limit = p.segments[0].end;
			const known = earlier?.(start, limit);
			const match = known ? known.match : matchLead(text, start, lang, limit);
			leads.set(p, match);
			read.set(start, { limit, match });
		}
		return leads.get(p);
	};
	const endChar = (p: Paragraph) => ends.of(p.span.start, ownEnd(p)).char;

	// An organ line without its comma puts the preamble in the operative part: read it as the preamble it is.
	const moved = new Set<Paragraph>();
	if (doc.organ && !doc.organ.hasComma) {
		for (const p of doc.operativeParts[0]?.paragraphs ?? []) {
			const m = p.number ? undefined : lead(p, textStartOf(text, p));
			if (!m || !KNOWN(m, 'preambular') || KNOWN(m, 'operative')) {
				break;
			}
			moved.add(p);
		}
	}

	// A part heading on two lines before the first operative paragraph (`I` / `Financing of the Office`): the
	// parser reads its second line as a preambular paragraph.
	const firstPart = doc.operativeParts[0];
	const headingZone = firstPart?.heading ? { start: firstPart.heading.span.end, end: firstPart.paragraphs[0]?.span.start ?? text.length } : undefined;

	// Preamble.
	let prev: DraftParagraph | undefined;
	let quoting = false;
	for (const p of [...doc.preamble, ...moved]) {
		const textStart = textStartOf(text, p);
		const m = lead(p, textStart);
		let role: Role = 'paragraph';
		if (headingZone && p.span.start >= headingZone.start && p.span.end <= headingZone.end && !KNOWN(m, 'preambular') && !/[.,;:]$/.test(text.slice(p.span.start, p.span.end).trimEnd())) {
			out.push({ para: p, zone: 'preambular', role: 'heading', textStart, ...(m ? { lead: m } : {}), part: -1, lastInPart: false, lastPart: false });
			continue;
		}
		const lineStart = text.lastIndexOf('\n', p.span.start - 1) + 1;
		if (/^[ \t]*\*+[ \t]*$/.test(text.slice(lineStart, p.span.start)) && /^\*+[ \t]/.test(text.slice(lineStart).trimStart())) {
			role = 'note';
		} else if (quoting && !KNOWN(m, 'preambular')) {
			role = 'quote';
		} else if (prev && !KNOWN(m, 'preambular') && /[\p{L}\d]/u.test(endChar(prev.para)) && /^\p{Lu}/u.test(text[textStart] ?? '')) {
			role = 'continuation';
		}
		const d: DraftParagraph = {
			para: p, zone: 'preambular', role, textStart, ...(m ? { lead: m } : {}), part: -1, lastInPart: false, lastPart: false,
			...(role === 'paragraph' && prev?.role === 'paragraph' ? { previous: prev } : {}),
		};
		out.push(d);
		if (role !== 'note') {
			quoting = (role === 'quote' && quoting) || (endChar(p) === ':' && blockSubs(p.subParagraphs).length === 0);
			prev = d;
		}
	}

	// Operative parts; a part that reads as an adopted text (few or no operative verbs) is a declaration.
	const parts = doc.operativeParts.map((part) => ({ ...part, paragraphs: part.paragraphs.filter((p) => !moved.has(p)) })).filter((part) => part.paragraphs.length > 0);
	const declaration: boolean[] = [];
	parts.forEach((part, j) => {
		const n = part.paragraphs.length;
		const known = part.paragraphs.filter((p) => KNOWN(lead(p, textStartOf(text, p)), 'operative')).length;
		const before = j > 0 ? parts[j - 1].paragraphs[parts[j - 1].paragraphs.length - 1] : undefined;
		const introduced = before !== undefined && endChar(before) === ':' && blockSubs(before.subParagraphs).length === 0;
		declaration.push(known * 3 < n && (n >= 3 || introduced || declaration[j - 1] === true));
	});
	const lastReal = declaration.lastIndexOf(false);
	prev = undefined;
	parts.forEach((part, j) => {
		part.paragraphs.forEach((p, i) => {
			const textStart = textStartOf(text, p);
			const role: Role = declaration[j] ? 'declaration' : 'paragraph';
			const first = lead(p, textStart);
			const m = role === 'paragraph' ? afterClause(text, p, textStart, lang, first) : first;
			const opening = m !== first ? first : undefined;
			const d: DraftParagraph = {
				para: p, zone: 'operative', role, textStart, ...(m ? { lead: m } : {}), ...(opening ? { opening } : {}), part: j,
				lastInPart: i === part.paragraphs.length - 1, lastPart: j === lastReal,
				...(role === 'paragraph' && prev?.role === 'paragraph' && i > 0 ? { previous: prev } : {}),
			};
			out.push(d);
			prev = d;
		});
	});
	const view: DraftView = { lang, gender: genderOf(doc.body), paragraphs: out, ends };
	LEADS.set(view, read);
	return view;
}

/**
 * `Also, in this regard, calls upon …`, `Alarmed by the sharp reductions …, calls upon …`: an operative paragraph may
 * open with a clause before its verb. The verb is the lead when one follows a comma before the sentence's first stop.
 */
function afterClause(text: string, p: Paragraph, textStart: number, lang: LeadLang, m: LeadMatch | undefined): LeadMatch | undefined {
	// A gerund (`Noting …, requests`, `Notant`, `Tomando nota`) is a preambular opening in the wrong place, which the
	// rule reports; an adjective (`Alarmed by …`) or an adverb (`Also, in this regard,`) may stand before the verb.
	if (KNOWN(m, 'operative') || /^\p{L}+(?:ing|ant|ando|iendo|yendo)$/u.test(m?.tokens[0]?.norm ?? '')) {
		return m;
	}
	const limit = p.segments[0].end;
	const head = text.slice(textStart, Math.min(limit, textStart + 400));
	const stop = head.search(/[;:.]/);
	for (const c of head.slice(0, stop < 0 ? head.length : stop).matchAll(/,[ \t\u00a0\r\n]+/g)) {
		const verb = matchKnownLead(text, textStart + c.index + c[0].length, lang, limit);
		if (KNOWN(verb, 'operative')) {
			return verb;
		}
	}
	return m;
}

/** Whether the next operative part is a declaration this paragraph introduces (`Adopts the following Pact:`). */
export function introducesDeclaration(view: DraftView, d: DraftParagraph): boolean {
	const i = view.paragraphs.indexOf(d);
	const next = view.paragraphs[i + 1];
	return next !== undefined && next.role === 'declaration' && next.part !== d.part;
}

/** The spacing a French text puts before `;` and `:` at paragraph ends, from its own practice (UNPC: none before `;`, a space before `:`). */
export function frenchSpacing(view: DraftView, text: string): { semicolon: string; colon: string } {
	const counts = { ';': new Map<string, number>(), ':': new Map<string, number>() };
	const note = (from: number, end: number) => {
		const e = view.ends.of(from, end);
		if (e.char === ';' || e.char === ':') {
			const space = e.spaceAt !== undefined ? text[e.spaceAt] : '';
			counts[e.char].set(space, (counts[e.char].get(space) ?? 0) + 1);
		}
	};
	const walk = (subs: readonly SubParagraph[]) => {
		for (const s of blockSubs(subs)) {
			const kids = blockSubs(s.children);
			note(s.span.start, kids[0]?.span.start ?? s.span.end);
			walk(s.children);
		}
	};
	for (const d of view.paragraphs) {
		if (d.role === 'paragraph') {
			note(d.para.span.start, ownEnd(d.para));
			walk(d.para.subParagraphs);
		}
	}
	const pick = (m: Map<string, number>, fallback: string) => {
		let best = fallback;
		let n = 0;
		for (const [space, c] of m) {
			if (c > n) {
				best = space;
				n = c;
			}
		}
		return best;
	};
	const semicolon = pick(counts[';'], '');
	return { semicolon, colon: pick(counts[':'], semicolon || ' ') };
}
