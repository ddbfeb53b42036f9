import type { Annex, OperativeParagraph, OperativePart, ResolutionDocument, Span } from '../model/document';
import { isLoneSlip } from './loneSlip';
import { sequenceStep } from './sequence';

/**
 * How the numbered paragraphs of a resolution should run, and where they do not. A scope is the
 * resolution proper or one annex; each has parts (`A`, `B`, `I.`, `II.` …) that either restart at 1
 * (composite resolutions) or continue the numbering (sections of one text): the scheme is read from the
 * parts themselves. A run `1. 2. 3.` right after a paragraph ending with a colon, after which the outer
 * numbering resumes, is a numbered list inside that paragraph and keeps its own numbering.
 */

export type ScopeKind = 'body' | 'annex';

export interface NumberingEntry {
	readonly paragraph: OperativeParagraph;
	/** The number as written. */
	readonly number: number;
	readonly digits: Span;
	readonly expected: number;
	readonly partIndex: number;
	/** The paragraph that introduces the list this entry belongs to, for a list nested in a paragraph. */
	readonly listOf?: OperativeParagraph;
}

export interface NumberingScope {
	readonly kind: ScopeKind;
	readonly annexIndex?: number;
	readonly parts: readonly OperativePart[];
	readonly scheme: 'restart' | 'continuous';
	readonly entries: readonly NumberingEntry[];
}

export type NumberingFault =
	| { readonly kind: 'start'; readonly scope: NumberingScope; readonly entry: NumberingEntry; readonly part?: OperativePart }
	| { readonly kind: 'missing'; readonly scope: NumberingScope; readonly entry: NumberingEntry; readonly previous: number; readonly from: number; readonly to: number }
	| { readonly kind: 'duplicate'; readonly scope: NumberingScope; readonly entry: NumberingEntry; readonly first: NumberingEntry }
	| { readonly kind: 'backwards'; readonly scope: NumberingScope; readonly entry: NumberingEntry; readonly previous: number }
	/** A lone wrong number between two right ones (`2. 5. 4.`). */
	| { readonly kind: 'wrong'; readonly scope: NumberingScope; readonly entry: NumberingEntry; readonly previous: number; readonly next: number };

export interface NumberingAnalysis {
	readonly scopes: readonly NumberingScope[];
	readonly faults: readonly NumberingFault[];
	/** The one operative paragraph of the resolution, when it is numbered (it should not be). */
	readonly single?: OperativeParagraph;
	/** Expected number of every numbered paragraph that takes part in the numbering. */
	readonly expected: ReadonlyMap<OperativeParagraph, number>;
}

/**
 * A numbered line that opens with words in capitals (`9. EXPORTER`, `13. END USER entity …`) is a form
 * field or a heading, not a paragraph: paragraphs open with a verb or a pronoun in ordinary case.
 */
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const LOWER = /\p{Ll}/u;

function countsAsNumbered(p: OperativeParagraph, text: string): boolean {
	if (!p.number || !p.numberToken) {
		return false;
	}
	// The first two words on the number's line, within 80 characters (read in place: this runs on every paragraph).
	let end = Math.min(p.numberToken.end + 80, p.span.end);
	for (let i = p.numberToken.end; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			end = i;
			break;
		}
	}
	const line = text.slice(p.numberToken.end, end);
	const words: string[] = [];
	WORD.lastIndex = 0;
	for (let m = WORD.exec(line); m && words.length < 2; m = WORD.exec(line)) {
		words.push(m[0]);
	}
	const shouting = (w: string) => !LOWER.test(w);
	if (words.length === 2) {
		return !(words.every(shouting) && words.every((w) => w.length >= 2));
	}
	return !(words.length === 1 && shouting(words[0]) && words[0].length >= 3);
}

function endsWithColon(p: OperativeParagraph, text: string): boolean {
	const last = p.segments[p.segments.length - 1];
	return p.subParagraphs.length === 0 && /:[\s*_"”’»)\]]*$/.test(text.slice(Math.max(last.start, last.end - 8), last.end));
}

/** Annex numbering is checked when the annex is a numbered text (not, say, a list of goods with a stray number). */
export function annexIsNumberedText(annex: Annex, text: string): boolean {
	const numbered = annex.parts.flatMap((p) => p.paragraphs).filter((p) => countsAsNumbered(p, text));
	return numbered.length >= 2 || numbered[0]?.number?.value === 1;
}

interface Draft {
	paragraph: OperativeParagraph;
	number: number;
	partIndex: number;
	listOf?: OperativeParagraph;
	expected: number;
}

function analyseScope(kind: ScopeKind, parts: readonly OperativePart[], text: string, annexIndex: number | undefined, faults: NumberingFault[]): NumberingScope {
	const perPart: Draft[][] = parts.map((part, partIndex) =>
		part.paragraphs.filter((p) => countsAsNumbered(p, text)).map((p) => ({ paragraph: p, number: p.number!.value, partIndex, expected: 0 })),
	);
	// Numbered lists inside a paragraph: `7. … objectives:` `1. …` `2. …` then `8. …`.
	perPart.forEach((list, partIndex) => {
		for (let i = 1; i < list.length; i++) {
			const intro = list[i - 1];
			// A run from 1, or a provision quoted with its own number (`14. Decides to amend … as follows:` `Article 9,
			// new paragraph 4:` `4. In hearing …` then `15.`), lower than the paragraph that quotes it.
			const quoted = list[i].number > 1 && list[i].number < intro.number;
			if ((list[i].number !== 1 && !quoted) || intro.listOf || !endsWithColon(intro.paragraph, text)) {
				continue;
			}
			let j = i;
			while (j + 1 < list.length && list[j + 1].number === list[j].number + 1) {
				j++;
			}
			// What follows the run: the part's next paragraph, or the next part's first (a heading after the quote).
			const after = j + 1 < list.length ? list[j + 1] : perPart.slice(partIndex + 1).find((l) => l.length > 0)?.[0];
			if ((j + 1 === list.length && !quoted) || after?.number === intro.number + 1) {
				for (let k = i; k <= j; k++) {
					list[k].listOf = intro.paragraph;
					list[k].expected = list[i].number + k - i;
				}
				i = j;
			}
		}
	});
	const main = perPart.map((list) => list.filter((d) => !d.listOf));
	// Restart or continue: each part after the first votes with its first number.
	let restart = 0;
	let carry = 0;
	let prevEnd = 0;
	for (const list of main) {
		if (list.length === 0) {
			continue;
		}
		if (prevEnd > 0) {
			if (list[0].number === 1) {
				restart++;
			} else if (list[0].number === prevEnd + 1) {
				carry++;
			}
		}
		prevEnd = list[list.length - 1].number;
	}
	// Undecided (one part after the first, numbered neither way): parts `A`, `B` are a composite resolution, numbered from 1.
	const lettered = parts.length > 1 && parts.slice(1).every((p) => p.heading !== undefined && /^[A-Z]$/.test(p.heading.text.trim()));
	const scheme = restart > carry || (restart === carry && lettered) ? 'restart' : 'continuous';
	let counter = 0;
	for (const list of main) {
		if (scheme === 'restart' && list.length > 0) {
			counter = 0;
		}
		for (const d of list) {
			d.expected = ++counter;
		}
	}
	const entries: NumberingEntry[] = perPart.flat().map((d) => ({
		paragraph: d.paragraph, number: d.number, digits: d.paragraph.number!.span, expected: d.expected, partIndex: d.partIndex,
		...(d.listOf ? { listOf: d.listOf } : {}),
	}));
	const scope: NumberingScope = { kind, parts, scheme, entries, ...(annexIndex !== undefined ? { annexIndex } : {}) };

	// Faults are judged locally, against the number before, so one slip gives one diagnostic.
	const byParagraph = new Map(entries.map((e) => [e.paragraph, e]));
	const walk = (list: readonly Draft[], prevStart: number, seen: Map<number, NumberingEntry>, partStart: boolean): number => {
		let prev = prevStart;
		for (const [i, d] of list.entries()) {
			const entry = byParagraph.get(d.paragraph)!;
			const a = d.number;
			if (isLoneSlip(prev, a, list[i + 1]?.number)) {
				faults.push(prev === 0
					? { kind: 'start', scope, entry, ...(partStart ? { part: parts[d.partIndex] } : {}) }
					: { kind: 'wrong', scope, entry, previous: prev, next: prev + 2 });
				prev++;
				partStart = false;
				continue;
			}
			const step = sequenceStep(a, prev, seen);
			if (step.kind === 'repeat') {
				faults.push({ kind: 'duplicate', scope, entry, first: seen.get(a)! });
			} else if (step.kind === 'start') {
				faults.push({ kind: 'start', scope, entry, ...(partStart ? { part: parts[d.partIndex] } : {}) });
			} else if (step.kind === 'gap') {
				faults.push({ kind: 'missing', scope, entry, previous: prev, from: step.from, to: step.to });
			} else if (step.kind === 'back') {
				faults.push({ kind: 'backwards', scope, entry, previous: prev });
			}
			if (!seen.has(a)) {
				seen.set(a, entry);
			}
			prev = a;
			partStart = false;
		}
		return prev;
	};
	let prev = 0;
	let seen = new Map<number, NumberingEntry>();
	let firstPart = true;
	for (const list of main) {
		if (list.length === 0) {
			continue;
		}
		if (scheme === 'restart') {
			prev = 0;
			seen = new Map();
		}
		prev = walk(list, prev, seen, scheme === 'restart' && !firstPart);
		firstPart = false;
	}
	// Nested lists: each on its own, from 1.
	const lists = new Map<OperativeParagraph, Draft[]>();
	for (const d of perPart.flat()) {
		if (d.listOf) {
			const list = lists.get(d.listOf);
			if (list) {
				list.push(d);
			} else {
				lists.set(d.listOf, [d]);
			}
		}
	}
	for (const list of lists.values()) {
		// From 1, or from a quoted provision's own number.
		walk(list, list[0].expected - 1, new Map(), false);
	}
	return scope;
}

export function analyseNumbering(doc: ResolutionDocument, text: string): NumberingAnalysis {
	const faults: NumberingFault[] = [];
	const scopes: NumberingScope[] = [];
	const all = doc.operativeParts.flatMap((p) => p.paragraphs);
	let single: OperativeParagraph | undefined;
	if (all.length === 1 && all[0].number && all[0].numberToken) {
		single = all[0];
	} else {
		scopes.push(analyseScope('body', doc.operativeParts, text, undefined, faults));
	}
	doc.annexes.forEach((annex, i) => {
		if (annexIsNumberedText(annex, text)) {
			scopes.push(analyseScope('annex', annex.parts, text, i, faults));
		}
	});
	const expected = new Map<OperativeParagraph, number>();
	for (const scope of scopes) {
		for (const e of scope.entries) {
			expected.set(e.paragraph, e.expected);
		}
	}
	return { scopes, faults, expected, ...(single ? { single } : {}) };
}
