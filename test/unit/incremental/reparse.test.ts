import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogLike } from '../../../server/src/catalog/catalog';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { parseVersion } from '../../../server/src/parser/parse';
import { reparse } from '../../../server/src/parser/reparse';
import { FAULTY_DRAFT } from '../../helpers/drafts';
import { CORPUS_EN, requireShared, SAMPLE_FR, SHARED } from '../../helpers/paths';
import { compare, editRun } from './edits';

/**
 * Incremental reparse equals a full parse (ARCHITECTURE.md, decision 17): random edits (typing, deleting,
 * pasting, blank lines, separators, brackets, labels) applied one after the other, each version reparsed from the
 * one before, every version compared with a full parse of its text: model, masked text, diagnostics, outline.
 * Bounded here (fixed seeds); `npm run fuzz` runs thousands more (UNRES_FUZZ=long).
 */
const LONG = process.env.UNRES_FUZZ === 'long';

let catalog: CatalogLike;
suiteSetup(() => {
	catalog = loadBuiltinCatalog();
});

function check(text: string, seeds: readonly number[], edits: number, every = 1): number {
	let inLine = 0;
	for (const seed of seeds) {
		const run = editRun(text, seed, edits, catalog, every);
		assert.equal(run.failure, undefined, run.failure);
		inLine += run.inLine;
	}
	return inLine;
}

suite('incremental reparse', () => {
	test('an edit inside a paragraph line is reparsed in place and equals a full parse', () => {
		const text = 'The General Assembly,\n\nRecalling its resolution 71/19 of 21 November 2016,\n\n1. Decides to remain seized;\n\n2. Requests the Secretary-General to report.\n';
		const prev = parseVersion(text);
		const at = text.indexOf('Secretary');
		const next = text.slice(0, at) + 'x' + text.slice(at);
		const facts = reparse(prev, { start: at, end: at, text: 'x' }, next);
		assert.equal(compare(facts, parseVersion(next), next, catalog), undefined);
		assert.equal(facts.doc.operativeParts[0].paragraphs[1].span.end, prev.doc.operativeParts[0].paragraphs[1].span.end + 1);
		// The previous version's model is left as it was.
		assert.deepEqual(prev.doc, parseVersion(text).doc);
	});

	test('PDF page furniture: a line edited into an asterisk note at the page foot, or into a page number beside a running head, equals a full parse', () => {
		const text = 'United Nations\nA/RES/80/300\n\nThe General Assembly,\n\nRecalling its resolution 79/1,\n\nNoting the report,\n\nA/RES/80/300\n25-20999\n2/3\n\nWelcoming the work,\n\n1. Decides to remain seized.\n';
		for (const [from, to] of [['Noting the report,', '* On behalf of the Group,'], ['Welcoming the work,', '3'], ['Recalling its resolution 79/1,', '* Recalling its resolution 79/1,']]) {
			const at = text.indexOf(from);
			const next = text.slice(0, at) + to + text.slice(at + from.length);
			const facts = reparse(parseVersion(text), { start: at, end: at + from.length, text: to }, next);
			assert.equal(compare(facts, parseVersion(next), next, catalog), undefined, `${from} → ${to}`);
		}
	});

	test('synthetic drafts: random edits, each version equal to a full parse', () => {
		const inLine = check(FAULTY_DRAFT, LONG ? [1, 2, 3, 4, 5, 6, 7, 8] : [1, 2], LONG ? 3000 : 300);
		assert.ok(inLine > 0, 'no edit took the in-line path');
	});

	test('the French reference: random edits, each version equal to a full parse', function () {
		requireShared(this, SAMPLE_FR);
		this.timeout(LONG ? 3_600_000 : 60_000);
		const inLine = check(readFileSync(SAMPLE_FR, 'utf8'), LONG ? [11, 12, 13, 14] : [11], LONG ? 3000 : 200, LONG ? 1 : 2);
		assert.ok(inLine > 0, 'no edit took the in-line path');
	});

	test('the English corpus: random edits on each document, each version equal to a full parse', function () {
		requireShared(this, path.join(CORPUS_EN, 'A-RES-80-16.txt'));
		this.timeout(LONG ? 3_600_000 : 120_000);
		const files = readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort();
		const chosen = LONG ? files : files.filter((_, k) => k % 6 === 0);
		let inLine = 0;
		for (const [k, f] of chosen.entries()) {
			inLine += check(readFileSync(path.join(CORPUS_EN, f), 'utf8'), [100 + k], LONG ? 1500 : 60, LONG ? 1 : 3);
		}
		assert.ok(inLine > 0, 'no edit took the in-line path');
	});

	test('other real texts of ../shared (negotiation texts, drafts): the same', function () {
		const dir = path.join(SHARED, 'samples');
		requireShared(this, dir);
		this.timeout(LONG ? 3_600_000 : 60_000);
		const found: string[] = [];
		const walk = (d: string) => {
			for (const e of readdirSync(d, { withFileTypes: true })) {
				const p = path.join(d, e.name);
				if (e.isDirectory()) {
					walk(p);
				} else if (/\.(md|txt)$/.test(e.name) && !/README/i.test(e.name)) {
					found.push(p);
				}
			}
		};
		walk(dir);
		const chosen = found.sort().filter((_, k) => LONG || k % 8 === 0);
		for (const [k, f] of chosen.entries()) {
			const text = readFileSync(f, 'utf8');
			if (existsSync(f) && text.length < 400_000) {
				check(text, [200 + k], LONG ? 800 : 30, LONG ? 1 : 3);
			}
		}
	});
});
