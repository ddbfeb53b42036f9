import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkText } from '../../server/src/check/check';
import type { FileReport } from '../../server/src/check/report';
import { runCli } from '../../server/src/cli/run';
import { loadBuiltinCatalog } from '../../server/src/node/builtinCatalog';
import { LspClient } from '../helpers/lspClient';
import { requireShared, SHARED } from '../helpers/paths';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

/** The drafts `unres check` finds in `cwd`, each as sorted `line:col severity code message` lines. */
async function fromCli(cwd: string, files: readonly string[]): Promise<Map<string, string[]>> {
	let out = '';
	let err = '';
	const code = await runCli(['check', '--format', 'json', ...files], { out: (s) => (out += s), err: (s) => (err += s) }, { cwd, env: {} });
	assert.ok(code !== 2, `unres check failed: ${err}`);
	const reports = JSON.parse(out) as FileReport[];
	return new Map(reports.map((r) => [path.resolve(cwd, r.file), r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`).sort()]));
}

/**
 * The server's diagnostics for a file of the workspace, once they equal what `unres check` says or the wait is over:
 * the server reads the workspace's drafts in the background and checks open documents again when their
 * declarations arrive, so the first publication may come before them.
 */
async function fromServer(client: LspClient, file: string, expected: readonly string[]): Promise<string[]> {
	const uri = pathToFileURL(file).href;
	await client.open(uri, readFileSync(file, 'utf8'));
	const lines = (diagnostics: { range: { start: { line: number; character: number } }; severity?: number; code?: unknown; message: unknown }[]) =>
		diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 0]} ${String(d.code)} ${String(d.message)}`).sort();
	const same = (a: readonly string[]) => a.length === expected.length && a.every((x, i) => x === expected[i]);
	let last: string[] = [];
	await Promise.race([
		client.diagnostics(uri, (p) => {
			last = lines(p.diagnostics);
			return same(last);
		}),
		new Promise((resolve) => setTimeout(resolve, 5000)),
	]);
	await client.close(uri);
	return last;
}

// Issue 7, acceptance 1, and issue 12, acceptance 2: `unres check` and the language server give the same diagnostics,
// with the folder's unres.catalog.json, a catalogue file named by .unresrc.json, and resolutions the drafts declare in play.
suite('unres check and the language server agree, catalogues and declarations in play', function () {
	this.timeout(120_000);
	let dir: string;
	let client: LspClient | undefined;
	setup(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'unres-parity-'));
	});
	teardown(async () => {
		await client?.stop();
		client = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	test('a workspace of its own: unres.catalog.json, .unresrc.json → team.json, a draft that declares a resolution cited by another', async () => {
		writeFileSync(path.join(dir, 'unres.catalog.json'), '{ "entries": [ { "symbol": "52/27", "date": "1997-12-04" } ] }\n');
		writeFileSync(path.join(dir, '.unresrc.json'), '{ "catalog": { "files": ["team.json"] }, "rules": { "operative-numbering": "warning" } }\n');
		writeFileSync(path.join(dir, 'team.json'), '{ "entries": [\n\t{ "symbol": "53/30", "date": "1998-11-23" },\n\t{ "symbol": "nonsense" }\n] }\n');
		mkdirSync(path.join(dir, 'adopted'));
		writeFileSync(path.join(dir, 'adopted', 'pif.unres'), [
			'United Nations A/RES/81/7', '', 'General Assembly', '', 'Resolution adopted by the General Assembly on 3 November 2026', '',
			'81/7. Cooperation between the United Nations and the Pacific Islands Forum', '', 'The General Assembly,', '',
			'Recalling its resolution 79/10 of 18 November 2024,', '', '1. Decides to remain seized of the matter.', '',
		].join('\n'));
		const citing = path.join(dir, 'citing.unres');
		writeFileSync(citing, [
			'The General Assembly,', '',
			'Recalling its resolutions 52/27 of 4 December 1997, 53/30 of 23 November 1998 and 81/7 of 3 November 2026,', '',
			'Noting its resolution 80/999 of 1 December 2025,', '', '1. Requests a report;', '', '3. Decides to remain seized of the matter.', '',
		].join('\n'));
		const cli = await fromCli(dir, ['citing.unres', 'adopted']);
		const expected = cli.get(citing)!;
		// Each source counts: the three citations are known, the fourth is not, the config's severity applies.
		for (const symbol of ['52/27', '53/30', '81/7']) {
			assert.ok(!expected.some((l) => l.includes('uncatalogued') && l.includes(symbol)), `${symbol} is catalogued: ${expected.join('\n')}`);
		}
		assert.ok(expected.some((l) => l.includes('uncatalogued-resolution') && l.includes('80/999')), expected.join('\n'));
		assert.ok(expected.some((l) => / warning operative-numbering /.test(l)), expected.join('\n'));

		client = await LspClient.start({}, { folders: [dir] });
		for (const [file, problems] of cli) {
			assert.deepEqual(await fromServer(client, file, problems), problems, path.relative(dir, file));
		}
	});

	test('the reference document and the corpus, copied into such a workspace', async function () {
		requireShared(this, SHARED);
		const sources = [path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), ...readdirSync(path.join(SHARED, 'corpus', 'en')).sort().map((f) => path.join(SHARED, 'corpus', 'en', f))];
		assert.equal(sources.length, 35);
		// What the documents cite and the built-in catalogue lacks: half goes to unres.catalog.json, half to a file of .unresrc.json.
		const missing = new Set<string>();
		for (const source of sources) {
			for (const r of checkText(readFileSync(source, 'utf8'), { catalog: loadBuiltinCatalog() }).results) {
				const addition = r.finding.fixes?.[0]?.command?.arguments?.[0] as { symbol?: string } | undefined;
				if (r.rule.id === 'uncatalogued-resolution' && addition?.symbol) {
					missing.add(addition.symbol);
				}
			}
		}
		const symbols = [...missing].sort();
		assert.ok(symbols.length >= 2, `the documents cite resolutions the built-in catalogue lacks: ${symbols.join(', ')}`);
		const entries = (list: string[]) => JSON.stringify({ entries: list.map((symbol) => ({ symbol })) });
		writeFileSync(path.join(dir, 'unres.catalog.json'), entries(symbols.filter((_, i) => i % 2 === 0)));
		mkdirSync(path.join(dir, 'team'));
		writeFileSync(path.join(dir, 'team', 'catalogue.json'), entries(symbols.filter((_, i) => i % 2 === 1)));
		writeFileSync(path.join(dir, '.unresrc.json'), '{ "catalog": { "files": ["team/catalogue.json"] } }\n');
		mkdirSync(path.join(dir, 'real'));
		const files = sources.map((source) => {
			const file = path.join(dir, 'real', `${path.basename(source).replace(/\.(md|txt)$/, '')}.unres.md`);
			writeFileSync(file, readFileSync(source, 'utf8'));
			return file;
		});
		const cli = await fromCli(dir, ['real']);
		assert.equal(cli.size, files.length);
		const uncatalogued = [...cli.values()].flat().filter((l) => l.includes('uncatalogued-resolution')).length;
		assert.ok(uncatalogued < missing.size, `the workspace's catalogues count: ${uncatalogued} uncatalogued left of ${missing.size}`);

		client = await LspClient.start({}, { folders: [dir] });
		let compared = 0;
		for (const file of files) {
			const expected = cli.get(file)!;
			assert.deepEqual(await fromServer(client, file, expected), expected, path.basename(file));
			compared += expected.length;
		}
		assert.ok(compared > 0, `${compared} diagnostics compared`);
	});
});
