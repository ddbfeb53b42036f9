import * as fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CORPUS_EN, SAMPLE_FR } from '../../helpers/paths';

/**
 * Generators shared by the fuzz suites: pieces of the drafting language, arbitrary text, draft-shaped text,
 * and character-level mutations of real documents.
 */

/** Tokens the parser and the rules react to, in the three languages, with their punctuation and markup. */
export const PIECES: readonly string[] = [
	'The General Assembly,', 'The Security Council,', "L'Assemblée générale,", 'La Asamblea General,', 'The Human Rights Council,',
	'General Assembly', 'Distr.: General', 'Distr. générale', '30 November 2020', 'Eightieth session', 'Agenda item 25 (b)', 'Original: English',
	'Resolution adopted by the General Assembly on 4 November 2025', '[without reference to a Main Committee (A/80/L.5)]', '75/10. ',
	'\n', '\n\n', '\n\n\n', '\r\n', '\r', '\t', ' ', '  ', '\u00a0', '\u202f', '\ufeff',
	'1. ', '2. ', '12. ', '0. ', '999. ', '**1.** ', '_1._ ', '(a) ', '(b) ', 'a) ', 'b. ', '(i) ', '(ii) ', 'i. ', '(aa) ', 'iv) ', 'A. ', 'II. ',
	'¹', '²³', '⁴', '[^1]', '[^1]: ', '[^note]', '[^2]: ', '__________', '¹ ', '1 See resolution 60/288.',
	'Recalling ', 'Recalling also ', 'Reaffirming ', 'Noting with concern ', 'Rappelant ', 'Rappelant également ', 'Recordando ', 'Decides ', 'Also decides ',
	'Requests ', 'Décide ', 'Prie ', 'Decide ', 'Encourages ', 'Calls upon ', 'Invites ', 'Urges ',
	'resolution ', 'resolutions ', 'résolution ', 'resolución ', 'decision ', 'Economic and Social Council resolution ', 'Security Council resolution ',
	'71/19', '60/288', '73/187', ' of 21 November 2016', ' du 15 octobre 1996', ' de 17 de diciembre de 2018', '2178 (2014)', '687 (1991)', '217 (III)',
	'A/RES/75/10', 'A/75/L.20', 'A/75/L.20/Add.1', 'S/RES/1454 (2002)', 'E/RES/2019/19', 'A/HRC/RES/45/1', 'A/CONF.192/15', 'ES-10/1', 'S-24/2',
	' and ', ', ', '; ', ': ', ' : ', ' ;', '.', ',', ';', ':', '?', '…', '*', '**', '_', '[x](#)', '[51/1](#)', '(', ')', '[', ']', '/', '-', '’', "'", '"',
	'paragraph 3 above', 'paragraphs 2 (a) and 4', 'paragraphe 5 ci-dessus', 'párrafo 2 supra', 'subparagraph (b) below',
	'Annex', 'Annexe I', 'Anexo', 'A', 'B', '30^e séance plénière', '28th plenary meeting', '4683rd meeting', 'Adopted at the 4683rd meeting on 2 March 2003',
	'é', 'ـ', '中', '决定', 'تقرر', 'постановляет', '😀', '\u0301', '\u200b', '\ud800', '\udc00',
];

export const piece = fc.constantFrom(...PIECES);

/** Any UTF-16 string, lone surrogates and control characters included. */
export const codeUnits = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Domain pieces mixed with arbitrary strings: code points of the whole range, and raw code units. */
export const randomText = fc
	.array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, { weight: 1, arbitrary: codeUnits(6) }), { maxLength: 150 })
	.map((parts) => parts.join(''));

const word = fc.constantFrom('the', 'States', 'Members', 'report', 'Secretary-General', 'peace', 'security', 'de', 'la', 'los', 'Estados', 'rapport', 'all', 'and', 'its', 'work');
const words = fc.array(fc.oneof({ weight: 5, arbitrary: word }, { weight: 2, arbitrary: piece }), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const ending = fc.constantFrom('', ',', ';', '.', ':', ' ;', ' :', ', and', '; and', '?', ')');

/** Draft-shaped text: masthead, organ line, paragraphs with leads, numbers, labels, citations, footnotes, in any order. */
export const draftText = fc
	.tuple(
		fc.constantFrom('', 'General Assembly\n\nDistr.: General\n30 November 2020\n\n', 'Security Council\n\n', 'Assemblée générale\n\nDistr. générale\n\n'),
		fc.constantFrom('The General Assembly', 'The Security Council', "L'Assemblée générale", 'La Asamblea General', 'The Economic and Social Council', ''),
		fc.constantFrom('', ',', ':'),
		fc.array(
			fc.oneof(
				{ weight: 3, arbitrary: fc.tuple(fc.constantFrom('Recalling', 'Noting', 'Rappelant', 'Recordando', 'Reaffirming also', 'Welcoming'), words, ending).map(([l, w, e]) => `${l} ${w}${e}`) },
				{ weight: 4, arbitrary: fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom('Decides', 'Requests', 'Also requests', 'Décide', 'Prie', 'Invita', 'Urges'), words, ending).map(([n, l, w, e]) => `${n}. ${l} ${w}${e}`) },
				{ weight: 3, arbitrary: fc.tuple(fc.constantFrom('(a)', '(b)', '(c)', 'a)', 'b)', '(i)', '(ii)', 'i.', 'a.', '(z)'), words, ending).map(([l, w, e]) => `${l} ${w}${e}`) },
				{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('¹', '²', '³', '[^1]:', '[^2]:', '1', '2'), words).map(([m, w]) => `${m} ${w}.`) },
				{ weight: 1, arbitrary: fc.constantFrom('__________', 'Annex', 'Annexe', 'A', 'B', 'II. Peace and security', '30th plenary meeting\n2 December 2025') },
				{ weight: 1, arbitrary: words },
			),
			{ maxLength: 25 },
		),
		fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'),
	)
	.map(([head, organ, comma, paragraphs, eol]) => [head + organ + comma, ...paragraphs].join(eol));

export interface RealDocument {
	readonly name: string;
	readonly text: string;
}

/** The French sample and the English corpus, when ../shared is beside the checkout (empty otherwise). */
export function realDocuments(): RealDocument[] {
	const files = [
		...(existsSync(SAMPLE_FR) ? [SAMPLE_FR] : []),
		...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : []),
	];
	return files.map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') }));
}

/** One character-level change; positions are fractions of the current length, so that they shrink well. */
export type Mutation =
	| { readonly kind: 'delete'; readonly at: number; readonly length: number }
	| { readonly kind: 'duplicate'; readonly at: number; readonly length: number; readonly to: number }
	| { readonly kind: 'swap'; readonly at: number; readonly length: number; readonly to: number }
	| { readonly kind: 'insert'; readonly at: number; readonly text: string }
	| { readonly kind: 'digit'; readonly nth: number; readonly digits: string }
	| { readonly kind: 'blankLines'; readonly nth: number }
	| { readonly kind: 'allBlankLines' }
	| { readonly kind: 'eol'; readonly eol: '\r\n' | '\r' };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
/** Slices of a few characters to a few paragraphs, small ones most often. */
const sliceLength = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 80 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }) });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fraction, length: sliceLength }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: fraction, length: sliceLength, to: fraction }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fraction, length: sliceLength, to: fraction }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fraction, text: fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: codeUnits(4) }) }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('digit' as const), nth: fraction, digits: fc.oneof(fc.constantFrom('0', '1', '9', '', '10', '99', '1234'), fc.nat({ max: 9999 }).map(String)) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('blankLines' as const), nth: fraction }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'allBlankLines' as const }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('eol' as const), eol: fc.constantFrom<'\r\n' | '\r'>('\r\n', '\r') }) },
);

const BLANK_LINES = /\n[ \t]*\n(?:[ \t]*\n)*/g;

/** The offsets of every match of a global pattern. */
function matches(text: string, re: RegExp): RegExpExecArray[] {
	return [...text.matchAll(re)];
}

/** Applies one mutation to the text. */
export function applyMutation(text: string, m: Mutation): string {
	const at = (f: number) => Math.floor(f * (text.length + 1));
	switch (m.kind) {
		case 'delete': {
			const s = at(m.at);
			return text.slice(0, s) + text.slice(s + m.length);
		}
		case 'duplicate': {
			const s = at(m.at);
			const copy = text.slice(s, s + m.length);
			const to = at(m.to);
			return text.slice(0, to) + copy + text.slice(to);
		}
		case 'swap': {
			// Two disjoint slices of the same length trade places (the second is moved after the first if they overlap).
			const a = at(m.at);
			let b = at(m.to);
			const len = Math.min(m.length, Math.max(0, Math.floor(text.length / 2)));
			const [x, y] = a <= b ? [a, b] : [b, a];
			b = Math.max(y, x + len);
			if (b + len > text.length || len === 0) {
				return text;
			}
			return text.slice(0, x) + text.slice(b, b + len) + text.slice(x + len, b) + text.slice(x, x + len) + text.slice(b + len);
		}
		case 'insert': {
			const s = at(m.at);
			return text.slice(0, s) + m.text + text.slice(s);
		}
		case 'digit': {
			const digits = matches(text, /\d+/g);
			if (digits.length === 0) {
				return text;
			}
			const d = digits[Math.floor(m.nth * digits.length)];
			return text.slice(0, d.index) + m.digits + text.slice(d.index + d[0].length);
		}
		case 'blankLines': {
			const blanks = matches(text, BLANK_LINES);
			if (blanks.length === 0) {
				return text;
			}
			const b = blanks[Math.floor(m.nth * blanks.length)];
			return text.slice(0, b.index) + '\n' + text.slice(b.index + b[0].length);
		}
		case 'allBlankLines':
			return text.replace(BLANK_LINES, '\n');
		case 'eol':
			return text.replace(/\r\n|\r|\n/g, m.eol);
	}
}

export function applyMutations(text: string, ms: readonly Mutation[]): string {
	return ms.reduce(applyMutation, text);
}

/**
 * A real document and the mutations to apply to it, kept apart so that a counterexample prints as an index and
 * a few mutations rather than as a whole document.
 */
export type MutatedDocument = [index: number, mutations: Mutation[]];

export const mutatedDocument = (docs: readonly RealDocument[]): fc.Arbitrary<MutatedDocument> =>
	fc.tuple(fc.nat({ max: Math.max(0, docs.length - 1) }), fc.array(mutation, { minLength: 1, maxLength: 8 }));

export function mutatedText(docs: readonly RealDocument[], [index, mutations]: MutatedDocument): string {
	return applyMutations(docs[index].text, mutations);
}

/** Offsets to ask the position features about: anywhere, and the two ends. */
export const offsets = fc.array(fraction, { minLength: 1, maxLength: 12 });

export function toOffsets(text: string, fractions: readonly number[]): number[] {
	return [0, text.length, ...fractions.map((f) => Math.floor(f * (text.length + 1)))];
}
