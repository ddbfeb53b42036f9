import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../../helpers/paths';
import { check, describe } from './harness';

/**
 * Acceptance 1: the reference document and the 34 real English texts give no error or warning from the
 * rules, except the faults listed here, each with its reason. A rule that fires on an adopted resolution
 * is usually wrong; these are not.
 */
const KNOWN: Record<string, readonly { rule: string; line: number; reason: string }[]> = {
	'S-RES-242-1967.txt': [
		{ rule: 'subparagraph-labels', line: 25, reason: 'The OCR source writes `(1)` for `(i)` (corpus/INDEX.tsv: "OCR residue"), so the list reads (ii) alone.' },
	],
};

suite('real documents: no false alarm (../shared)', () => {
	const files = [SAMPLE_FR, ...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : [])];

	test('the reference document gives no diagnostic at all, information included', function () {
		requireShared(this, SAMPLE_FR);
		const { results, lines } = check(readFileSync(SAMPLE_FR, 'utf8'));
		assert.deepEqual(describe(results, lines), []);
	});

	test('the corpus is there', function () {
		requireShared(this, CORPUS_EN);
		assert.equal(files.length, 35);
	});

	for (const file of files) {
		const name = path.basename(file);
		test(`${name}: no error or warning${KNOWN[name] ? ` but the ${KNOWN[name].length} listed` : ''}`, function () {
			requireShared(this, file);
			const { results, lines } = check(readFileSync(file, 'utf8'));
			const serious = describe(results.filter((r) => r.severity === 'error' || r.severity === 'warning'), lines).map((d) => ({ rule: d.rule, line: d.line }));
			assert.deepEqual(serious, (KNOWN[name] ?? []).map((k) => ({ rule: k.rule, line: k.line })), JSON.stringify(describe(results, lines), null, 1));
		});
	}
});
