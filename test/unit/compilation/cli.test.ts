import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/run';
import { FIXTURES } from '../../helpers/paths';

/** `unres check` and `unres parse` over a compilation: per text, as the server reads it. */
async function run(args: string[], cwd: string): Promise<{ code: number; out: string }> {
	let out = '';
	const code = await runCli(args, { out: (s) => (out += s), err: () => undefined }, { cwd, env: {} });
	return { code, out };
}

suite('compilations: unres check and unres parse', () => {
	let work: string;
	setup(() => {
		work = mkdtempSync(path.join(tmpdir(), 'unres-compilation-'));
		for (const name of ['en-volume.unres.txt', 'es-ga.unres.txt']) {
			copyFileSync(path.join(FIXTURES, 'compilation', name), path.join(work, name));
		}
	});
	teardown(() => rmSync(work, { recursive: true, force: true }));

	test('check: the one real fault, in the second text; --fix renumbers that text only', async () => {
		const r = await run(['check', 'en-volume.unres.txt'], work);
		assert.equal(r.code, 1);
		assert.match(r.out, /^en-volume\.unres\.txt:31:1 error operative-numbering /m);
		assert.match(r.out, /1 errors, 0 warnings/);
		const before = readFileSync(path.join(work, 'en-volume.unres.txt'), 'utf8');
		assert.equal((await run(['check', '--fix', 'en-volume.unres.txt'], work)).code, 0);
		assert.equal(readFileSync(path.join(work, 'en-volume.unres.txt'), 'utf8'), before.replace('3. Decides to include', '2. Decides to include'));
	});

	test('parse: one summary line per text, at the line where it starts', async () => {
		// `unres parse` names files as given (from the process's directory).
		const file = path.join(work, 'es-ga.unres.txt');
		const r = await run(['parse', file], work);
		assert.equal(r.code, 0);
		// The symbol alone on the first line is the text's own (the masthead), not a citation.
		assert.deepEqual(r.out.trimEnd().split('\n'), [
			`${file}: 3 resolutions`,
			`${file}:1: A/RES/80/12 · GA · ES · 1 PP · 2 OP · 0 notes · 1 citations`,
			`${file}:18: A/RES/80/13 · GA · ES · 1 PP · 2 OP · 0 notes · 0 citations`,
			`${file}:35: (no symbol) · GA · ES · 1 PP · 1 OP · 0 notes · 0 citations`,
		]);
	});

	test('parse --json: one model per text, its spans and ranges in the whole file', async () => {
		const file = path.join(work, 'es-ga.unres.txt');
		const text = readFileSync(file, 'utf8');
		const r = await run(['parse', '--json', file], work);
		assert.equal(r.code, 0);
		const json = JSON.parse(r.out) as { texts: { line: number; start: number; document: { ownSymbol?: { value: string; span: { start: number; end: number; range: string } } } }[] };
		assert.deepEqual(json.texts.map((t) => [t.line + 1, t.document.ownSymbol?.value]), [[1, 'A/RES/80/12'], [18, 'A/RES/80/13'], [35, undefined]]);
		const second = json.texts[1];
		const span = second.document.ownSymbol!.span;
		assert.ok(span.start >= second.start, 'the span is an offset in the whole file');
		assert.match(text.slice(span.start, span.end), /^(A\/RES\/)?80\/13$/);
		assert.match(span.range, /^(1[89]|2\d):/, `range ${span.range} on the second text's lines`);
	});
});
