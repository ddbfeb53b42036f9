import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../../helpers/paths';
import { KNOWN as DRAFTING_KNOWN } from '../drafting/realDocuments.test';
import { check, describe } from './harness';

/**
 * Acceptance 1: the reference document and the 34 real English texts give no error or warning from the
 * rules, except the faults listed here, each with its reason. A rule that fires on an adopted resolution
 * is usually wrong; these are not.
 */
const KNOWN: Record<string, readonly { rule: string; line: number; reason: string }[]> = {
	'A-RES-80-24.txt': [
		// Real faults of the adopted text: the catalogue's dates come from the resolutions' own texts and the UN
		// meeting records (A/74/PV.46, A/75/PV.37), and agree with the vote records.
		{ rule: 'citation-date-mismatch', line: 14, reason: '“74/45 of 19 December 2019”: resolution 74/45 was adopted on 12 December 2019 (A/74/PV.46).' },
		{ rule: 'citation-date-mismatch', line: 66, reason: '“74/54 of 19 December 2019”: resolution 74/54 was adopted on 12 December 2019 (A/74/PV.46).' },
		{ rule: 'citation-date-mismatch', line: 66, reason: '“75/45 of 17 December 2020”: resolution 75/45 was adopted on 7 December 2020 (A/75/PV.37).' },
	],
	'S-RES-242-1967.txt': [
		{ rule: 'subparagraph-labels', line: 25, reason: 'The OCR source writes `(1)` for `(i)` (corpus/INDEX.tsv: "OCR residue"), so the list reads (ii) alone.' },
	],
};

suite('real documents: no false alarm (../shared)', () => {
	const files = [SAMPLE_FR, ...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : [])];

	test('the reference document gives no diagnostic at all, but the information that one undated cited text is not in the catalogue', function () {
		requireShared(this, SAMPLE_FR);
		const { results, lines } = check(readFileSync(SAMPLE_FR, 'utf8'));
		// GA decision 60/519 (footnote 6, cited without a date) is real; the catalogue holds few GA decisions. ECOSOC
		// resolution 2019/19, which the text dates (“en date du 23 juillet 2019”), is the drafter's word: no notice.
		assert.deepEqual(describe(results, lines).map((d) => `${d.line} ${d.rule} ${d.severity}`), [
			'81 uncatalogued-resolution information',
		]);
	});

	test('the corpus is there', function () {
		requireShared(this, CORPUS_EN);
		assert.equal(files.length, 35);
	});

	for (const file of files) {
		const name = path.basename(file);
		// The drafting rules' real faults are listed, with their reasons, in test/unit/drafting/realDocuments.test.ts.
		const known = [...(KNOWN[name] ?? []), ...(DRAFTING_KNOWN[name] ?? []).filter((k) => k.severity === 'error' || k.severity === 'warning')];
		const order = (a: { rule: string; line: number }, b: { rule: string; line: number }) => a.line - b.line || a.rule.localeCompare(b.rule);
		test(`${name}: no error or warning${known.length > 0 ? ` but the ${known.length} listed` : ''}`, function () {
			requireShared(this, file);
			const { results, lines } = check(readFileSync(file, 'utf8'));
			const serious = describe(results.filter((r) => r.severity === 'error' || r.severity === 'warning'), lines).map((d) => ({ rule: d.rule, line: d.line })).sort(order);
			assert.deepEqual(serious, known.map((k) => ({ rule: k.rule, line: k.line })).sort(order), JSON.stringify(describe(results, lines), null, 1));
		});
	}
});
