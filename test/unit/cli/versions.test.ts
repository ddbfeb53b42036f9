import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runExport } from '../../../server/src/cli/export';
import { runCli } from '../../../server/src/cli/run';
import type { Comparison } from '../../../server/src/versions/compare';
import { readDocx } from '../../helpers/docx';
import { requireShared, ROOT, SAMPLE_FR } from '../../helpers/paths';

function run(args: string[]): { code: number; out: string; err: string } {
	let out = '';
	let err = '';
	const code = runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
	return { code, out, err };
}

suite('unres compare, rollover, export (CLI)', () => {
	let dir: string;
	setup(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'unres-cli-versions-'));
	});
	teardown(() => rmSync(dir, { recursive: true, force: true }));

	test('rollover --out writes a draft that names its base; compare DRAFT finds it; JSON and text agree', function () {
		requireShared(this, SAMPLE_FR);
		const draft = path.join(dir, 'draft.unres.md');
		const r = run(['rollover', SAMPLE_FR, '--out', draft]);
		assert.equal(r.code, 0, r.err);
		assert.match(r.err, /draft for session 76, recalls 75\/10 of 2020-11-23 \(extended\)/);
		assert.ok(readFileSync(draft, 'utf8').startsWith('<!-- unres-base: '));
		const json = run(['compare', draft, '--format', 'json']);
		assert.equal(json.code, 0, json.err);
		const c = JSON.parse(json.out) as Comparison;
		assert.deepEqual(c.base, { symbol: 'A/RES/75/10' });
		assert.deepEqual(c.summary, { unchanged: 43, changed: 1, new: 0, moved: 0, deleted: 0, renumbered: 0 });
		assert.equal(c.preamble[0].status, 'changed');
		assert.ok(c.preamble[0].diff.some(([op, t]) => op === 1 && t.includes('75/10 du 23 novembre 2020')));
		const text = run(['compare', SAMPLE_FR, draft]);
		assert.equal(text.code, 0);
		assert.match(text.out, /^A\/RES\/75\/10 → A\/76\/L\.__: 0 new, 1 changed, 0 deleted, 43 unchanged\n\nPP1 changed\n/);
		assert.match(text.out, /\{\+et 75\/10 du 23 novembre 2020 \+\}/);
	});

	test('usage errors exit 2 with a message', () => {
		assert.equal(run(['compare']).code, 2);
		assert.equal(run(['compare', 'a', 'b', '--format', 'xml']).code, 2);
		assert.match(run(['compare', path.join(dir, 'none.md'), path.join(dir, 'none2.md')]).err, /ENOENT/);
		assert.equal(run(['rollover', '--session', 'x', 'f']).code, 2);
		assert.equal(run(['rollover']).code, 2);
		writeFileSync(path.join(dir, 'lone.md'), 'The General Assembly,\n\n1. Decides;\n');
		assert.match(run(['compare', path.join(dir, 'lone.md')]).err, /names no base text/);
	});

	test('export --docx with the draft\'s own base: tracked changes that accept to the draft', async function () {
		requireShared(this, SAMPLE_FR);
		const draft = path.join(dir, 'draft.unres.md');
		run(['rollover', SAMPLE_FR, '--out', draft]);
		const out = path.join(dir, 'draft.docx');
		let err = '';
		const code = await runExport([draft, '--docx', out, '--author', 'Sponsor'], { out: () => undefined, err: (s) => (err += s) });
		assert.equal(code, 0, err);
		assert.match(err, /with tracked changes against/);
		const docx = readDocx(new Uint8Array(readFileSync(out)));
		assert.ok(docx.accept.some((p) => p.includes('73/11 du 26 novembre 2018 et 75/10 du 23 novembre 2020')));
		assert.match(docx.xml['word/document.xml'], /w:author="Sponsor"/);
		assert.equal(await runExport([draft], { out: () => undefined, err: () => undefined }), 2);
	});

	test('the bundled CLI writes the file and exits 0 (the export finishes after runCli returns)', function () {
		requireShared(this, SAMPLE_FR);
		const cli = path.join(ROOT, 'dist', 'cli.js');
		const out = path.join(dir, 'plain.docx');
		const r = spawnSync(process.execPath, [cli, 'export', SAMPLE_FR, '--docx', out], { encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		assert.ok(existsSync(out));
		const bad = spawnSync(process.execPath, [cli, 'export', path.join(dir, 'none.md'), '--docx', out], { encoding: 'utf8' });
		assert.equal(bad.status, 2);
	});
});
