import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareVersions, PARTS } from '../../../server/src/versions/compare';
import { readVersion } from '../../../server/src/versions/units';
import { FIXTURES, requireShared, SAMPLE_FR } from '../../helpers/paths';
import { digest, versionSets, VERSIONS } from './helpers';

/**
 * Real version sets compared base → draft, with the expected changes beside them in
 * test/fixtures/versions/<set>.expected.json (labels, statuses and the words that changed; checked by reading the
 * texts). UNRES_UPDATE_EXPECTED=1 rewrites them (then read the diff before committing).
 */
const CHECKED = [
	// A changed footnote (A/79/194 → A/80/327) and the session of the report moved on.
	'plenary_80-73_syrian-golan',
	// OP6 deleted (Iraq admitted to the Advisory Commission) and a new OP6 (mandate extended to 2029).
	'c4_80-78_assistance-palestine-refugees',
	// A moved paragraph: base OP19 became OP5 and was reworded; new PPs renumber the rest.
	'c6_80-166_charter-special-committee',
	// A new PP2, a deleted OP8 and a new OP9, footnote 2 new.
	'c1_80-70_ctbt',
	// Almost the same text: only sessions, dates and report symbols.
	'c6_80-171_international-terrorism',
];

suite('versions: compare real version sets', () => {
	for (const name of CHECKED) {
		test(`${name}: base → draft as expected`, function () {
			const dir = path.join(VERSIONS, name);
			requireShared(this, dir);
			const actual = digest(compareVersions(readFileSync(path.join(dir, 'base.txt'), 'utf8'), readFileSync(path.join(dir, 'draft.txt'), 'utf8')));
			const file = path.join(FIXTURES, 'versions', `${name}.expected.json`);
			if (process.env.UNRES_UPDATE_EXPECTED === '1' || !existsSync(file)) {
				writeFileSync(file, `${JSON.stringify(actual, null, '\t')}\n`);
			}
			assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
		});
	}

	test('every file of every set compared with itself is all unchanged', function () {
		requireShared(this, VERSIONS);
		const sets = versionSets();
		assert.ok(sets.length >= 27, `27 sets expected, found ${sets.length}`);
		let files = 0;
		for (const set of sets) {
			for (const [kind, text] of Object.entries(set.files)) {
				const c = compareVersions(text, text);
				const notUnchanged = PARTS.flatMap((p) => c[p]).filter((e) => e.status !== 'unchanged');
				assert.deepEqual(notUnchanged, [], `${set.name}/${kind}`);
				assert.ok(c.summary.unchanged > 0, `${set.name}/${kind} has paragraphs`);
				files++;
			}
		}
		assert.ok(files >= 80);
	});

	test('every set base → draft → rev1 → adopted compares without loss: each draft paragraph is reported once, each base paragraph once', function () {
		requireShared(this, VERSIONS);
		for (const set of versionSets()) {
			const chain = ['base', 'draft', 'rev1', 'adopted'].filter((k) => set.files[k] !== undefined);
			for (let i = 0; i + 1 < chain.length; i++) {
				const c = compareVersions(set.files[chain[i]], set.files[chain[i + 1]]);
				for (const part of PARTS) {
					const entries = c[part];
					const drafts = entries.filter((e) => e.status !== 'deleted');
					// Every paragraph of the base appears once as a base side: paired, moved from or deleted.
					const label = `${set.name} ${chain[i]}→${chain[i + 1]} ${part}`;
					const moved = entries.filter((e) => e.status === 'moved').length;
					assert.equal(entries.filter((e) => e.basePosition !== null).length - moved, readVersion(set.files[chain[i]])[part].length - moved, `${label}: each base paragraph once`);
					assert.equal(drafts.length, readVersion(set.files[chain[i + 1]])[part].length, `${label}: each draft paragraph once`);
					for (const e of entries) {
						const draftSide = e.diff.filter(([op]) => op >= 0).map(([, t]) => t).join('');
						const baseSide = e.diff.filter(([op]) => op <= 0).map(([, t]) => t).join('');
						if (e.status === 'unchanged') {
							assert.equal(draftSide, baseSide);
						}
						assert.ok(draftSide.length > 0 || e.status === 'deleted', `${set.name} ${e.label}: empty draft side`);
						assert.ok(baseSide.length > 0 || e.status === 'new', `${set.name} ${e.label}: empty base side`);
					}
				}
			}
		}
	});

	test('a draft whose only change is renumbering reports no change of text', function () {
		requireShared(this, SAMPLE_FR);
		const fr = readFileSync(SAMPLE_FR, 'utf8');
		// OP1 goes: every later paragraph is renumbered one down.
		const renumbered = fr.replace(/^1\. [^\n]*\n\n/m, '').replace(/^(\d+)\. /gm, (_m, n: string) => `${Number(n) - 1}. `);
		const c = compareVersions(fr, renumbered);
		assert.deepEqual(c.operative.filter((e) => e.status !== 'unchanged').map((e) => `${e.label} ${e.status}`), ['OP1 deleted']);
		assert.equal(c.summary.renumbered, 15);
		assert.equal(c.operative.find((e) => e.label === 'OP4')?.baseLabel, 'OP5');
	});

	test('input styles: the PDF-text base against the same text re-typed in Markdown is unchanged', function () {
		requireShared(this, VERSIONS);
		const base = readFileSync(path.join(VERSIONS, 'c6_80-168_universal-jurisdiction', 'base.txt'), 'utf8');
		// Unwrap the lines, drop the page furniture, italicise lead phrases, call notes with superscripts.
		const c0 = compareVersions(base, base);
		const sup = (n: number) => String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
		const md = [
			'L’Assemblée générale,'.length > 0 ? 'The General Assembly,' : '',
			...c0.preamble.map((e) => `*${e.diff[0][1].replace(/^(\S+)/, '$1*')}`),
			...c0.operative.map((e, i) => `${i + 1}. ${e.diff[0][1]}`),
			...c0.footnotes.map((e, i) => `${sup(i + 1)} ${e.diff[0][1]}`),
		].join('\n\n');
		const c = compareVersions(base, md);
		for (const part of ['preamble', 'operative', 'footnotes'] as const) {
			assert.deepEqual(c[part].filter((e) => e.status !== 'unchanged').map((e) => e.label), [], part);
		}
	});
});
