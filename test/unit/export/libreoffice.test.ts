import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { exportDocx } from '../../../server/src/export/docx/build';
import { requireShared, ROOT, SAMPLE_FR } from '../../helpers/paths';
import { versionSets, VERSIONS } from '../versions/helpers';

/**
 * LibreOffice opens every exported file (each set's draft with tracked changes against its base, and the French
 * reference) headless and converts it to PDF without error; the first page of the French export is rendered to
 * test-results/versions/ as a PNG. CI installs LibreOffice (scripts/libreoffice-setup.sh); where it is absent
 * locally, the test says so and skips.
 */
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

suite('export: LibreOffice opens the Word files', () => {
	test('each exported file converts to PDF; a page is rendered as an artefact', async function () {
		this.timeout(900_000);
		requireShared(this, VERSIONS);
		if (!has('soffice')) {
			console.warn('      (skipped: soffice is absent here; scripts/libreoffice-setup.sh installs it, and CI runs it)');
			this.skip();
		}
		const dir = mkdtempSync(path.join(tmpdir(), 'unres-docx-'));
		try {
			const names: string[] = [];
			const fr = readFileSync(SAMPLE_FR, 'utf8');
			writeFileSync(path.join(dir, 'fr-reference.docx'), await exportDocx(fr, { base: fr.replace(/\b2020\b/g, '2021') }));
			names.push('fr-reference');
			for (const set of versionSets()) {
				if (set.files.base && set.files.draft) {
					writeFileSync(path.join(dir, `${set.name}.docx`), await exportDocx(set.files.draft, { base: set.files.base, author: 'unres test' }));
					names.push(set.name);
				}
			}
			const profile = path.join(dir, 'profile');
			const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.docx`))], { encoding: 'utf8', timeout: 800_000 });
			assert.equal(r.status, 0, `soffice: ${r.stderr}`);
			const failed = names.filter((n) => {
				const pdf = path.join(dir, `${n}.pdf`);
				return !existsSync(pdf) || statSync(pdf).size < 1000 || readFileSync(pdf).subarray(0, 5).toString() !== '%PDF-';
			});
			assert.deepEqual(failed, [], 'files LibreOffice did not convert');
			console.log(`      LibreOffice converted ${names.length} exported files to PDF`);
			if (has('pdftoppm')) {
				const out = path.join(ROOT, 'test-results', 'versions');
				mkdirSync(out, { recursive: true });
				for (const n of ['fr-reference', 'c4_80-78_assistance-palestine-refugees']) {
					const p = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path.join(dir, `${n}.pdf`), path.join(out, n)]);
					assert.equal(p.status, 0, `pdftoppm ${n}`);
				}
				assert.ok(readdirSync(out).some((f) => f.endsWith('.png')));
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
