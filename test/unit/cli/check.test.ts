import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { checkText, fixText } from '../../../server/src/check/check';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';

/** The catalogue `unres check` runs with when no workspace file adds to it. */
const BUILTIN = { catalog: loadBuiltinCatalog() };
import { runCli } from '../../../server/src/cli/run';
import { FIXTURES, ROOT, requireShared, SHARED } from '../../helpers/paths';

async function run(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) }, { cwd, env });
	return { code, out, err };
}

const NUMBERING = path.join(FIXTURES, 'rules', 'operative-numbering');

suite('unres check (CLI)', () => {
	let work: string;
	setup(() => {
		work = mkdtempSync(path.join(tmpdir(), 'unres-check-'));
	});
	teardown(() => rmSync(work, { recursive: true, force: true }));

	test('exit 0 on a clean draft, 1 with errors, 2 on usage and file errors', async () => {
		writeFileSync(path.join(work, 'clean.unres'), 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to act;\n\n2. Requests a report.\n');
		writeFileSync(path.join(work, 'broken.unres'), 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to act;\n\n3. Requests a report.\n');
		assert.equal((await run(['check', 'clean.unres'], work)).code, 0);
		const broken = await run(['check', 'broken.unres'], work);
		assert.equal(broken.code, 1);
		assert.match(broken.out, /^broken\.unres:7:1 error operative-numbering Operative paragraph 2 is missing: 1 is followed by 3$/m);
		assert.match(broken.out, /1 errors, 0 warnings, 0 information, 0 hints in 1 file/);
		assert.equal((await run(['check', 'missing.unres'], work)).code, 2);
		assert.equal((await run(['check', '--format', 'xml', 'clean.unres'], work)).code, 2);
		assert.equal((await run(['check', '--bogus'], work)).code, 2);
		assert.equal((await run(['check', 'nothing/**/*.unres'], work)).code, 2);
	});

	test('folders and globs; --locale and LANG choose the messages', async () => {
		cpSync(NUMBERING, path.join(work, 'drafts'), { recursive: true });
		const all = await run(['check', 'drafts', '--format', 'json'], work);
		const reports = JSON.parse(all.out) as { file: string; problems: { code: string }[] }[];
		assert.equal(reports.length, readdirSync(NUMBERING).filter((f) => /\.unres(\.md|\.txt)?$/.test(f) && !f.includes('.fixed.')).length + readdirSync(NUMBERING).filter((f) => f.includes('.fixed.')).length);
		const glob = await run(['check', 'drafts/fr-*.unres*', '--format', 'json'], work);
		assert.ok((JSON.parse(glob.out) as { file: string }[]).every((r) => path.basename(r.file).startsWith('fr-')));
		const fr = await run(['check', 'drafts', '--locale', 'fr'], work);
		assert.match(fr.out, /Il manque le paragraphe/);
		const es = await run(['check', 'drafts'], work, { LANG: 'es_ES.UTF-8' });
		assert.match(es.out, /Falta el párrafo/);
	});

	test('SARIF output validates against the SARIF 2.1.0 schema', async () => {
		cpSync(NUMBERING, path.join(work, 'drafts'), { recursive: true });
		const r = await run(['check', 'drafts', '--format', 'sarif'], work);
		const log = JSON.parse(r.out) as { runs: { results: unknown[] }[] };
		const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
		// The schema's language-tag pattern is not valid with the u flag: compile its patterns without it.
		const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
		addFormats(ajv);
		const validate = ajv.compile(schema);
		assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
		assert.ok(log.runs[0].results.length > 0);
		// The validator can fail: a result without a message is rejected.
		const bad = JSON.parse(r.out) as { runs: { results: { message?: unknown }[] }[] };
		delete bad.runs[0].results[0].message;
		assert.equal(validate(bad), false);
	});

	test('--fix applies the safe fixes, reports them, and a second check finds nothing fixable', async () => {
		const file = path.join(work, 'draft.unres');
		writeFileSync(file, 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to act, as set out in paragraph 3 below;\n\n3. Requests a report.\n');
		const r = await run(['check', '--fix', 'draft.unres'], work);
		assert.equal(r.code, 0, r.out + r.err);
		assert.match(r.out, /draft\.unres: fixed: /);
		assert.equal(readFileSync(file, 'utf8'), 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to act, as set out in paragraph 2 below;\n\n2. Requests a report.\n');
		const again = await run(['check', '--fix', 'draft.unres'], work);
		assert.doesNotMatch(again.out, /fixed:/);
	});

	test('fix-all settles where an ending decides the structure (found by the fuzz run: it swung between , and :)', () => {
		for (const text of ['The General Assembly:\n(a) x,\nRecalling y;\n(a) z,', 'Noting:\n(a) x,\nRecalling y;\n(a) z,']) {
			const once = fixText(text, BUILTIN).text;
			assert.equal(fixText(once, BUILTIN).text, once, JSON.stringify(text));
			const left = checkText(once, BUILTIN).results.filter((r) => r.finding.fixes?.some((f) => f.safe));
			assert.deepEqual(left.map((r) => r.rule.id), [], JSON.stringify(once));
		}
	});

	test('a broken .unresrc.json is reported with file, line and key; the other checks go on', async () => {
		cpSync(path.join(FIXTURES, 'config', 'broken', '.unresrc.json'), path.join(work, '.unresrc.json'));
		writeFileSync(path.join(work, 'draft.unres'), 'The General Assembly,\n\n1. Decides to act;\n\n3. Requests a report.\n');
		const r = await run(['check', 'draft.unres'], work);
		assert.match(r.err, /\.unresrc\.json:2:\d+: language: "language" must be one of/);
		assert.match(r.err, /\.unresrc\.json:3:\d+: rules\.no-such-rule: unknown rule "no-such-rule"/);
		assert.equal(r.code, 1, 'the draft is still checked');
		assert.match(r.out, /operative-numbering/);
	});

	test('the real documents: --fix output re-checked gives no fixable diagnostic', function () {
		requireShared(this, SHARED);
		const files = [path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), ...readdirSync(path.join(SHARED, 'corpus', 'en')).map((f) => path.join(SHARED, 'corpus', 'en', f))];
		for (const file of files) {
			const fixed = fixText(readFileSync(file, 'utf8'), BUILTIN).text;
			const remaining = checkText(fixed, BUILTIN).results.filter((r) => r.finding.fixes?.some((f) => f.safe));
			assert.deepEqual(remaining.map((r) => r.rule.id), [], path.basename(file));
			assert.equal(fixText(fixed, BUILTIN).text, fixed, `${path.basename(file)}: fixing is idempotent`);
		}
	});

	test('the bundled dist/cli.js checks a folder', () => {
		const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
		const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', NUMBERING, '--format', 'json'], { encoding: 'utf8' });
		assert.equal(r.status, 1, r.stderr);
		assert.ok(Array.isArray(JSON.parse(r.stdout)));
	});
});
