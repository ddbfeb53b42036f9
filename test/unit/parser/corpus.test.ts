import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { operativeParagraphs } from '../../../server/src/model/document';
import { parse } from '../../../server/src/parser/parse';
import { CORPUS_EN, requireShared } from '../../helpers/paths';

/**
 * Organ, operative paragraphs and numbered footnotes of real texts, counted by hand on the files
 * (numbered paragraph lines of the resolution proper; numbered lines after the `____` separator).
 */
const CHECKED: Record<string, { body: 'GA' | 'SC'; operative: number; footnotes: number; annexes?: number }> = {
	'A-80-L.26.txt': { body: 'GA', operative: 8, footnotes: 6 },
	'A-C.1-80-L.32.txt': { body: 'GA', operative: 8, footnotes: 5 },
	'A-C.3-80-L.10.txt': { body: 'GA', operative: 25, footnotes: 4 },
	'A-C.6-80-L.15.txt': { body: 'GA', operative: 30, footnotes: 3 },
	'A-RES-78-220.txt': { body: 'GA', operative: 35, footnotes: 13 },
	'A-RES-80-24.txt': { body: 'GA', operative: 23, footnotes: 20 },
	'A-RES-80-161.txt': { body: 'GA', operative: 28, footnotes: 38 },
	'A-RES-80-202.txt': { body: 'GA', operative: 23, footnotes: 6 },
	'A-RES-80-6.txt': { body: 'GA', operative: 32, footnotes: 10 },
	'A-RES-80-116.txt': { body: 'GA', operative: 8, footnotes: 6 },
	// One unnumbered operative paragraph (`Approves the report …`).
	'A-RES-80-114.txt': { body: 'GA', operative: 1, footnotes: 1 },
	'S-RES-827-1993.txt': { body: 'SC', operative: 9, footnotes: 0 },
	// Parts A to I under paragraph 1, numbered on to 34.
	'S-RES-687-1991.txt': { body: 'SC', operative: 34, footnotes: 0 },
	// Annexes A and B with their own numbering.
	'S-RES-1454-2002.txt': { body: 'SC', operative: 5, footnotes: 0, annexes: 2 },
};

suite('real English texts (../shared/corpus/en)', () => {
	const files = existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort() : [];

	test('the corpus is there', function () {
		requireShared(this, CORPUS_EN);
		assert.ok(files.length >= 30, `34 files expected, found ${files.length}`);
	});

	for (const file of files) {
		test(`${file} parses without error, every footnote paired`, () => {
			const text = readFileSync(path.join(CORPUS_EN, file), 'utf8');
			const doc = parse(text);
			assert.deepEqual(doc.problems, []);
			assert.equal(doc.lang, 'en');
			assert.ok(doc.body === 'GA' || doc.body === 'SC', `organ found: ${doc.body}`);
			for (const m of doc.footnoteMarkers) {
				assert.notEqual(m.footnote, undefined, `marker ${m.label} at ${m.span.start} has its text`);
			}
			for (const f of doc.footnotes) {
				assert.ok(f.markers.length > 0, `footnote ${f.label} has a marker`);
			}
			const numbers = operativeParagraphs(doc).map((p) => p.number?.value).filter((n) => n !== undefined);
			assert.deepEqual(numbers, numbers.map((_, i) => i + 1), 'operative numbers run 1, 2, 3 …');
		});
	}

	for (const [file, expected] of Object.entries(CHECKED)) {
		test(`${file}: organ, operative paragraphs and footnotes as counted by hand`, function () {
			requireShared(this, path.join(CORPUS_EN, file));
			const doc = parse(readFileSync(path.join(CORPUS_EN, file), 'utf8'));
			assert.equal(doc.organ?.body, expected.body);
			assert.equal(operativeParagraphs(doc).length, expected.operative);
			assert.equal(doc.footnotes.length, expected.footnotes);
			assert.equal(doc.footnoteMarkers.length, expected.footnotes);
			if (expected.annexes !== undefined) {
				assert.equal(doc.annexes.length, expected.annexes);
			}
		});
	}
});
