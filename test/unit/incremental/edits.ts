import { isDeepStrictEqual } from 'node:util';
import type { CatalogLike } from '../../../server/src/catalog/catalog';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { runRules } from '../../../server/src/features/diagnostics';
import type { DocumentFacts, TextChange } from '../../../server/src/model/analysis';
import { LineMap } from '../../../server/src/parser/lines';
import { MASKED } from '../../../server/src/parser/mask';
import { parseVersion } from '../../../server/src/parser/parse';
import { reparse, reparseStats } from '../../../server/src/parser/reparse';
import { createContext } from '../../../server/src/rules/types';
import { Rng } from '../../helpers/rng';


const TYPED = 'abcdefghijklmnopqrstuvwxyzéèàç ,;:.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789()/*_-’"«»';
const PIECES = [
	'\n', '\n\n', '\r\n', '_____', '\n__________\n', '¹', '²', '[^1]', '[^2]: A note.\n', '[', ']', '[alt: ', '{', '}', '(a) ', '1. ', '12. ',
	'OP5bis ', 'PP2 ', 'Option 1:', '---', '\n\n1. Decides to remain seized of the matter.\n\n', 'resolution 71/19 of 21 November 2016',
	'A/RES/75/1', 'The General Assembly,', "L'Assemblée générale,", 'Annex', '28th plenary meeting', '  ', '\t', 'Recalling ', '*Décide* ',
];

/** One random edit of `text`: mostly typing and deleting inside a line, now and then a block, a paragraph or a piece of markup. */
export function randomEdit(text: string, rng: Rng): TextChange {
	const at = rng.int(text.length + 1);
	const r = rng.next();
	if (r < 0.45) {
		return { start: at, end: at, text: TYPED[rng.int(TYPED.length)] };
	}
	if (r < 0.65) {
		return { start: at, end: Math.min(text.length, at + 1 + rng.int(3)), text: '' };
	}
	if (r < 0.72) {
		return { start: at, end: Math.min(text.length, at + rng.int(400)), text: '' }; // a block deleted
	}
	if (r < 0.8) {
		// A paragraph of the text pasted elsewhere.
		const from = rng.int(text.length + 1);
		return { start: at, end: at, text: text.slice(from, from + rng.int(300)) };
	}
	if (r < 0.85) {
		// A blank line removed or added.
		const nl = text.indexOf('\n\n', at);
		return nl >= 0 ? { start: nl, end: nl + 1, text: '' } : { start: at, end: at, text: '\n\n' };
	}
	return { start: at, end: Math.min(text.length, at + rng.int(2)), text: rng.pick(PIECES) };
}

export function applyChange(text: string, c: TextChange): string {
	return text.slice(0, c.start) + c.text + text.slice(c.end);
}

/** What must be the same, incremental or full: the model, the masked text, the diagnostics, the outline. */
export function compare(incremental: DocumentFacts, full: DocumentFacts, text: string, catalog: CatalogLike): string | undefined {
	if (!isDeepStrictEqual(incremental.doc, full.doc)) {
		return `the model differs: ${firstDifference(incremental.doc, full.doc)}`;
	}
	if (incremental.get(MASKED) !== full.get(MASKED)) {
		return 'the masked text differs';
	}
	const lines = new LineMap(text);
	const now = new Date('2026-12-07T12:00:00Z');
	const a = runRules(createContext(incremental.doc, text, lines, { catalog, now, facts: incremental }));
	const b = runRules(createContext(full.doc, text, lines, { catalog, now, facts: full }));
	// The fixes are plans made on demand from the same model: the findings without them.
	const strip = (rs: typeof a) => JSON.stringify(rs.map((x) => [x.rule.id, x.severity, Object.keys(x.finding).filter((k) => k !== 'fixes').map((k) => [k, (x.finding as unknown as Record<string, unknown>)[k]])]));
	if (strip(a) !== strip(b)) {
		return 'the diagnostics differ';
	}
	if (!isDeepStrictEqual(documentSymbols(incremental.doc, text, lines), documentSymbols(full.doc, text, lines))) {
		return 'the outline differs';
	}
	return undefined;
}

function firstDifference(a: unknown, b: unknown, path = 'doc'): string {
	if (isDeepStrictEqual(a, b)) {
		return '';
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		for (const k of keys) {
			const x = (a as Record<string, unknown>)[k];
			const y = (b as Record<string, unknown>)[k];
			if (!isDeepStrictEqual(x, y)) {
				return firstDifference(x, y, `${path}.${k}`);
			}
		}
	}
	return `${path}: ${JSON.stringify(a)?.slice(0, 300)} instead of ${JSON.stringify(b)?.slice(0, 300)}`;
}

/**
 * Applies `count` random edits to `text`, reparsing each version from the one before, and compares every
 * `every`-th version (and the last) with a full parse. Returns the first failure with its replay, and how many
 * versions took the in-line path.
 */
export function editRun(text: string, seed: number, count: number, catalog: CatalogLike, every = 1): { failure?: string; inLine: number } {
	const rng = new Rng(seed);
	let facts = parseVersion(text);
	let current = text;
	let inLine = 0;
	for (let n = 1; n <= count; n++) {
		const change = randomEdit(current, rng);
		const next = applyChange(current, change);
		const lineBefore = reparseStats.line;
		facts = reparse(facts, change, next);
		if (facts.doc.length !== next.length) {
			return { failure: `edit ${n}: length`, inLine };
		}
		inLine += reparseStats.line - lineBefore;
		current = next;
		if (n % every === 0 || n === count) {
			const problem = compare(facts, parseVersion(current), current, catalog);
			if (problem) {
				return { failure: `seed ${seed}, edit ${n} ${JSON.stringify(change)}: ${problem}`, inLine };
			}
		}
	}
	return { inLine };
}
