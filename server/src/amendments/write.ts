import { align, rows } from '../versions/align';
import { applyTextEdits, readDraft, viewOf, type Draft } from './draft';
import { wordEdits, type WordOperation } from './edits';
import { callText as callsOf, hunks, withCallMarks, withChanges, wordChanges, type CallText } from './calls';
import { formula, type Style } from './formulas';
import type { AmendLang } from './ordinals';
import type { Operation, ParaRef, PartName } from './types';
import { ambiguousNumber, type Logical } from './paragraphs';
import { normalizeQuoted, occurrences, textView } from './view';

/**
 * Writes the instructions that turn one version into the other (research/amendments.md §2 formulas). Paragraphs are
 * paired by the comparison core (versions/align) over the same paragraphs `unres amend` counts, so every reference
 * is to the FROM text as tabled. A changed paragraph gets word-level instructions, each tried on the paragraph
 * before it is kept; it is rewritten whole ("to read as follows") when that fails or when the change is large:
 * more than {@link MAX_HUNKS} separate changes, or more than {@link MAX_SHARE} of its words removed or added.
 */
export const MAX_HUNKS = 4;
export const MAX_SHARE = 0.4;

export interface WriteOptions {
	readonly lang?: AmendLang;
	readonly style?: Style;
}

export interface Written {
	readonly operations: readonly Operation[];
	readonly text: string;
}

const PARTS: readonly PartName[] = ['preamble', 'operative'];

export function writeAmendments(fromText: string, toText: string, options: WriteOptions = {}): Written {
	const lang = options.lang ?? 'en';
	const style = options.style ?? 'amendment';
	const from = readDraft(fromText);
	const to = readDraft(toText);
	const ops: Operation[] = [];
	const deleted: ParaRef[] = [];
	let structural = false;
	for (const part of PARTS) {
		const base = from.units[part];
		const draft = to.units[part];
		const baseTexts = base.map((l) => callText(from, l));
		const draftTexts = draft.map((l) => callText(to, l));
		// Sections that each number from 1: the section is named where the number alone is ambiguous.
		const ref = (l: Logical, i: number): ParaRef =>
			part === 'operative' && l.section && ambiguousNumber(from.units, l.n) ? { part, index: l.n, subs: [], section: l.section } : { part, index: part === 'preamble' ? i + 1 : l.n, subs: [] };
		const alignment = align(baseTexts.map((t) => t.text), draftTexts.map((t) => t.text));
		let last = -1;
		for (const row of rows(alignment)) {
			if (row.draft !== undefined && row.base !== undefined) {
				last = row.base;
				if (baseTexts[row.base].text !== draftTexts[row.draft].text) {
					ops.push(...paragraphChange(ref(base[row.base], row.base), baseTexts[row.base], draftTexts[row.draft]));
				}
			} else if (row.base !== undefined) {
				last = row.base;
				deleted.push(ref(base[row.base], row.base));
				structural = true;
			} else if (row.draft !== undefined) {
				const t = draftTexts[row.draft];
				const text = withCallMarks(t, 0, t.text.length, true);
				if (last >= 0) {
					ops.push({ kind: 'insertParagraph', anchor: ref(base[last], last), position: 'after', part, texts: [text] });
				} else if (base.length > 0) {
					ops.push({ kind: 'insertParagraph', anchor: ref(base[0], 0), position: 'before', part, texts: [text] });
				} else {
					continue;
				}
				structural = true;
			}
		}
	}
	// Deletions in one sentence ("Delete the third preambular paragraph and operative paragraph 2"), one per part when many.
	const groups = deleted.length <= 3 ? [deleted] : PARTS.map((p) => deleted.filter((r) => r.part === p));
	for (const targets of groups.filter((g) => g.length > 0)) {
		ops.push({ kind: 'deleteParagraphs', targets });
	}
	if (structural) {
		ops.push({ kind: 'renumber' });
	}
	const sentences = ops.map((op) => formula(op, lang, style));
	const text = style === 'oral' ? sentences.join('\n') : sentences.map((s, i) => `${i + 1}. ${s.replace(/\n/g, `\n${i + 1}. `)}`).join('\n');
	return { operations: ops, text: style === 'oral' ? text : renumberLines(text) };
}

/** A paragraph's words with the note calls the parser took out of them. */
export function callText(d: Draft, l: Logical): CallText {
	return callsOf(viewOf(d, l), d.text);
}

/** Insertions of several paragraphs share a sentence number when split; number the lines 1, 2, 3 … again. */
function renumberLines(text: string): string {
	let n = 0;
	return text.split('\n').map((l) => l.replace(/^\d+\. /, () => `${++n}. `)).join('\n');
}

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

/**
 * The instructions for one paragraph whose words changed: word by word, or whole. Changes of note calls alone are
 * left out (calls.ts): the paragraph is then to read as `b` with FROM's calls where they were.
 */
export function paragraphChange(ref: ParaRef, from: CallText, to: CallText): Operation[] {
	const changes = wordChanges(from, to);
	if (changes.length === 0) {
		return [];
	}
	const a = from.text;
	const b = withChanges(a, to.text, changes);
	const whole: Operation[] = [{ kind: 'replaceParagraph', targets: [ref], text: b }];
	const hs = hunks(a, b);
	const changed = hs.reduce((n, h) => n + wordCount(a.slice(h.aStart, h.aEnd)) + wordCount(b.slice(h.bStart, h.bEnd)), 0);
	if (hs.length === 0 || hs.length > MAX_HUNKS || changed > MAX_SHARE * Math.max(wordCount(a), wordCount(b))) {
		return b.length > 0 ? whole : [];
	}
	const ops: WordOperation[] = [];
	for (const h of hs) {
		const op = hunkOperation(ref, a, { start: h.aStart, end: h.aEnd, text: b.slice(h.bStart, h.bEnd) });
		if (!op) {
			return whole;
		}
		ops.push(callMarks(op, from));
	}
	// All are resolved against the paragraph as tabled, as `unres amend` does: together they must give `b`.
	let seq = 0;
	const view = textView(a);
	const edits = ops.flatMap((op) => {
		const e = wordEdits(view, 0, a.length, op, '', () => seq++);
		return Array.isArray(e) ? e : [{ span: { start: -1, end: -1 }, newText: '', seq: -1 }];
	});
	const sorted = [...edits].sort((x, y) => x.span.start - y.span.start);
	const overlapping = sorted.some((e, i) => e.span.start < 0 || (i > 0 && e.span.start < sorted[i - 1].span.end));
	return !overlapping && applyTextEdits(a, edits) === b ? ops : whole;
}

interface Change {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/** The quoted words of the tabled text with their note calls marked (`Court*`), where the text has any. */
function callMarks(op: WordOperation, from: CallText): WordOperation {
	if (from.calls.size === 0) {
		return op;
	}
	const mark = (q: string) => {
		const hits = occurrences(textView(from.text), normalizeQuoted(q));
		return hits.length === 1 ? withCallMarks(from, hits[0][0], hits[0][1]) : q;
	};
	switch (op.kind) {
		case 'deleteWords':
			return { ...op, words: mark(op.words) };
		case 'replaceWords':
			return { ...op, from: mark(op.from) };
		case 'insertWords':
			return { ...op, anchor: mark(op.anchor) };
		default:
			return op;
	}
}

/** Tries one change in the usual forms, from the shortest quotation up, until one gives exactly the expected words. */
function hunkOperation(ref: ParaRef, a: string, h: Change): WordOperation | undefined {
	const expected = a.slice(0, h.start) + h.text + a.slice(h.end);
	const works = (op: WordOperation) => {
		if (!quotable(op)) {
			return false;
		}
		let seq = 0;
		const e = wordEdits(textView(a), 0, a.length, op, '', () => seq++);
		return Array.isArray(e) && applyTextEdits(a, e) === expected;
	};
	const targets = [ref];
	const removed = a.slice(h.start, h.end).trim();
	const added = h.text.trim();
	if (added === '' && removed !== '') {
		const op: WordOperation = { kind: 'deleteWords', targets, words: removed };
		if (works(op)) {
			return op;
		}
	}
	if (removed === '' && added !== '') {
		for (let k = 1; k <= 6; k++) {
			const before = lastWords(a.slice(0, h.start), k);
			if (before) {
				const op: WordOperation = { kind: 'insertWords', targets, words: added, anchor: before, position: 'after' };
				if (works(op)) {
					return op;
				}
			}
			const after = firstWords(a.slice(h.end), k);
			if (after) {
				const op: WordOperation = { kind: 'insertWords', targets, words: added, anchor: after, position: 'before' };
				if (works(op)) {
					return op;
				}
			}
		}
	}
	// Replace, widening to whole words and then to neighbouring words until the quotation is unique.
	let s = h.start;
	let e = h.end;
	while (s > 0 && !/\s/.test(a[s - 1])) {
		s--;
	}
	while (e < a.length && !/\s/.test(a[e])) {
		e++;
	}
	for (let k = 0; k < 12; k++) {
		const fromWords = a.slice(s, e).trim();
		const toWords = (a.slice(s, h.start) + h.text + a.slice(h.end, e)).trim();
		if (fromWords !== '') {
			const op: WordOperation = toWords === '' ? { kind: 'deleteWords', targets, words: fromWords } : { kind: 'replaceWords', targets, from: fromWords, to: toWords };
			if (works(op)) {
				return op;
			}
		}
		if (s === 0 && e === a.length) {
			break;
		}
		// One more word on each side.
		s = Math.max(0, a.lastIndexOf(' ', Math.max(0, s - 2)) + 1);
		if (s > 0 && a.lastIndexOf(' ', s - 2) < 0) {
			s = 0;
		}
		const nextSpace = a.indexOf(' ', e + 1);
		e = nextSpace < 0 ? a.length : nextSpace;
	}
	return undefined;
}

const count = (s: string, c: string) => s.split(c).length - 1;

/** Quoted words must not open or close a quotation of their own, or the quotation would end early when read back. */
function balanced(s: string): boolean {
	return count(s, '“') === count(s, '”') && count(s, '«') === count(s, '»') && count(s, '"') % 2 === 0 && !/^[\s"“”«»]|[\s"“”«»]$/.test(s);
}

function quotable(op: WordOperation): boolean {
	const texts = op.kind === 'replaceWords' ? [op.from, op.to] : op.kind === 'insertWords' ? [op.words, op.anchor] : [op.words];
	return texts.every(balanced);
}

function lastWords(s: string, k: number): string | undefined {
	const words = s.trimEnd().split(' ');
	return words.length >= k && s.trimEnd() !== '' ? words.slice(-k).join(' ') : undefined;
}

function firstWords(s: string, k: number): string | undefined {
	const words = s.trimStart().split(' ');
	return words.length >= k && s.trim() !== '' ? words.slice(0, k).join(' ') : undefined;
}
