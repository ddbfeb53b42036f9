import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/run';
import { FIXTURES, ROOT } from '../../helpers/paths';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
	return { code, out, err };
}

const FR = path.join(FIXTURES, 'parser', 'fr-markdown-footnotes.unres.md');
const ES = path.join(FIXTURES, 'parser', 'es-plain.unres.txt');

suite('unres parse (CLI)', () => {
	test('prints a summary line per file', async () => {
		const r = await run(['parse', FR, ES]);
		assert.equal(r.code, 0);
		assert.equal(r.err, '');
		assert.deepEqual(r.out.trim().split('\n'), [
			`${FR}: S/2026/999 · SC · FR · 3 PP · 3 OP · 2 notes · 3 citations`,
			`${ES}: A/RES/81/77 · GA · ES · 2 PP · 2 OP · 3 notes · 6 citations`,
		]);
	});

	test('--json prints the model with readable ranges', async () => {
		const r = await run(['parse', ES, '--json']);
		assert.equal(r.code, 0);
		const json = JSON.parse(r.out) as { file: string; document: { lang: string; citations: { symbol: string; span: { range: string } }[] } };
		assert.equal(json.file, ES);
		assert.equal(json.document.lang, 'es');
		assert.equal(json.document.citations[0].symbol, 'A/RES/47/135');
		assert.equal(json.document.citations[0].span.range, '12:26-12:32');
	});

	test('--lang forces the language', async () => {
		const r = await run(['parse', ES, '--json', '--lang', 'fr']);
		assert.equal((JSON.parse(r.out) as { document: { lang: string } }).document.lang, 'fr');
	});

	test('exit code 2 on usage and file errors, with a message naming the problem', async () => {
		assert.equal((await run([])).code, 2);
		assert.equal((await run(['frobnicate'])).code, 2);
		assert.match((await run(['parse', '--lang', 'xx', FR])).err, /--lang takes one of/);
		const missing = await run(['parse', path.join(ROOT, 'no-such-file.unres')]);
		assert.equal(missing.code, 2);
		assert.match(missing.err, /no-such-file\.unres: ENOENT/);
		const dir = await run(['parse', FIXTURES]);
		assert.equal(dir.code, 2);
		assert.match(dir.err, /is a directory/);
	});

	test('the bundled dist/cli.js runs as a program', () => {
		const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'parse', FR], { encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		assert.match(r.stdout, /S\/2026\/999 · SC · FR/);
	});
});
