import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CORPUS_EN, requireShared, SAMPLE_FR, SHARED } from '../../helpers/paths';
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

const files = [SAMPLE_FR, ...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : [])];

suite('real documents: no false alarm (../shared)', () => {

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

/**
 * Acceptance 1, the rest of ../shared: the version sets, the amendments with their drafts and adopted texts, the
 * negotiation excerpts and the press release (the UNFCCC and Rio+20 negotiation samples have their own lists in
 * test/unit/negotiation/samples.test.ts). These are raw PDF texts or not resolutions at all; every error and warning
 * is listed in realSamples.known.json with its reason.
 */
interface KnownSamples {
	readonly reasons: Readonly<Record<string, string>>;
	readonly files: Readonly<Record<string, readonly (readonly [number, string, string])[]>>;
}
const SAMPLES = path.join(SHARED, 'samples');
const KNOWN_SAMPLES = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'rules', 'realSamples.known.json'), 'utf8')) as KnownSamples;

function sampleFiles(): string[] {
	const out: string[] = [];
	const walk = (dir: string): void => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, e.name);
			if (e.isDirectory()) {
				walk(full);
			} else if (e.name.endsWith('.txt')) {
				out.push(path.relative(SAMPLES, full).split(path.sep).join('/'));
			}
		}
	};
	for (const dir of ['versions', 'amendments', 'negotiation', 'context']) {
		if (existsSync(path.join(SAMPLES, dir))) {
			walk(path.join(SAMPLES, dir));
		}
	}
	return out.sort();
}

suite('real documents: the other texts of ../shared, each finding with its reason', () => {
	test('every text of ../shared is checked here, in the negotiation samples test or above', function () {
		requireShared(this, SAMPLES);
		const elsewhere = ['negotiation/rio20_future_we_want_coChairs_consolidated_text_2012-06-02_FRAGMENT.txt', 'negotiation/unfccc_cma6_art6-2_draft_decision_iteration1_2024-11-14.txt', 'negotiation/unfccc_cma6_art6-2_party_inputs_annotated_copy_2024-11.txt'];
		assert.deepEqual(sampleFiles().filter((f) => !elsewhere.includes(f)), Object.keys(KNOWN_SAMPLES.files).sort());
		for (const [file, list] of Object.entries(KNOWN_SAMPLES.files)) {
			for (const [line, rule, reason] of list) {
				assert.ok(KNOWN_SAMPLES.reasons[reason], `${file}:${line} ${rule}: reason “${reason}” is not explained`);
			}
		}
	});

	for (const [file, known] of Object.entries(KNOWN_SAMPLES.files)) {
		const counts = new Map<string, number>();
		known.forEach(([, , reason]) => counts.set(reason, (counts.get(reason) ?? 0) + 1));
		const summary = [...counts.entries()].map(([r, n]) => `${n} ${r}`).join(', ');
		test(`${file}: ${known.length === 0 ? 'no error or warning' : `the ${known.length} listed (${summary})`}`, function () {
			const full = path.join(SAMPLES, file);
			requireShared(this, full);
			const { results, lines } = check(readFileSync(full, 'utf8'));
			const found = describe(results.filter((r) => r.severity === 'error' || r.severity === 'warning'), lines)
				.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
			// After a change that moves findings: `npm run real-samples` rewrites the list, keeping the reasons it can.
			assert.deepEqual(found.map((d) => `${d.line} ${d.rule}`), known.map(([line, rule]) => `${line} ${rule}`), JSON.stringify(found, null, 1));
		});
	}

	test('unknown lead phrases: none in the corpus and the reference document; in the raw PDF samples only in texts that are no resolutions', function () {
		requireShared(this, SAMPLES);
		const found = (file: string) => check(readFileSync(file, 'utf8')).results.filter((r) => r.rule.id === 'unknown-lead-phrase').length;
		const clean = files.reduce((n, f) => n + found(f), 0);
		// Texts that are not resolutions: their openings are no lead phrases (amendment L-documents, a press release,
		// a list of aligned sentences, UNFCCC draft decisions with option labels and an annotated copy).
		const notResolution = (f: string) => /\/amendment\.txt$|^context\/|^negotiation\//.test(f);
		const byClass = new Map<string, number>();
		for (const f of sampleFiles()) {
			const n = found(path.join(SAMPLES, f));
			const cls = notResolution(f) ? 'not a resolution' : 'resolution texts';
			byClass.set(cls, (byClass.get(cls) ?? 0) + n);
		}
		const rawCount = byClass.get('resolution texts') ?? 0;
		console.log(`      unknown lead phrases: ${clean} in the ${files.length} texts of the corpus and the reference document; in the raw samples ${[...byClass].map(([c, n]) => `${n} ${c}`).join(', ')}`);
		assert.equal(clean, 0);
		// Measured 283 before the parser read PDF running heads (135 the “A” of “A/RES/80/73”), running titles, note
		// zones, page-1 asterisk notes, page breaks and titles wrapped under a part number, and before an operative
		// paragraph could open with a clause (“Also, in this regard, calls upon”, “Alarmed by …, calls upon”): now none
		// in the resolution texts. A rise means a lead phrase or a page-furniture reading was lost.
		assert.equal(rawCount, 0, `${rawCount} unknown lead phrases in the resolution texts of the samples (0 measured)`);
		// 37 measured: amendment documents 25 (their masthead and instructions: “In operative paragraph 64, …”, “Delete
		// …”), the UNFCCC draft (an option label, annex lines) and the annotated copy 4, the aligned sentences 6, the press release 2.
		assert.ok((byClass.get('not a resolution') ?? 0) <= 37, `${byClass.get('not a resolution')} in the texts that are no resolutions (37 measured)`);
	});
});
