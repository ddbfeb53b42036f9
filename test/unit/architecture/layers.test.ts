import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The layers of ARCHITECTURE.md, kept by dependency-cruiser (`.dependency-cruiser.cjs`): a lower layer never
 * imports a higher one, Node built-ins stay in the node entry points, the client imports only the protocol.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const CLI = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const KNOWN = path.join(ROOT, '.dependency-cruiser-known-violations.json');

interface Violation {
	readonly from: string;
	readonly to: string;
	readonly rule: { readonly name: string; readonly severity: string };
}

interface CruiseResult {
	readonly modules: readonly { readonly source: string }[];
	readonly summary: { readonly error: number; readonly violations: readonly Violation[]; readonly totalCruised: number };
}

function cruise(): CruiseResult {
	const args = [CLI, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...(existsSync(KNOWN) ? ['--ignore-known', KNOWN] : []), 'server/src', 'client/src'];
	const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	assert.ok(run.stdout, `dependency-cruiser printed nothing: ${run.stderr}`);
	return JSON.parse(run.stdout) as CruiseResult;
}

suite('architecture: layers (dependency-cruiser)', function () {
	this.timeout(60_000);
	let result: CruiseResult;
	suiteSetup(() => {
		result = cruise();
	});

	test('no import breaks a layer', () => {
		const broken = result.summary.violations.filter((v) => v.rule.severity === 'error');
		assert.deepEqual(broken.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`), []);
		assert.equal(result.summary.error, 0);
	});

	test('the graph is the whole code base, and every layer of the config has modules in it', () => {
		const sources = result.modules.map((m) => m.source);
		assert.ok(sources.filter((s) => s.startsWith('server/src/')).length > 100, `only ${sources.length} modules cruised`);
		// A layer renamed or moved would leave its rule matching nothing, and the test green for no reason.
		const config = readFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), 'utf8');
		const layers = [...config.matchAll(/^\t'([\w.]+\/?)': \[/gm)].map((m) => m[1]);
		assert.ok(layers.length >= 15, `layers read from the config: ${layers.join(', ')}`);
		for (const layer of layers) {
			assert.ok(sources.some((s) => s.startsWith(`server/src/${layer}`)), `no module in server/src/${layer}`);
		}
	});

	test('the known violations still happen (a fixed one leaves the baseline)', () => {
		if (!existsSync(KNOWN)) {
			return;
		}
		const known = JSON.parse(readFileSync(KNOWN, 'utf8')) as Violation[];
		const now = new Set(result.summary.violations.map((v) => `${v.rule.name} ${v.from} ${v.to}`));
		const stale = known.filter((k) => !now.has(`${k.rule.name} ${k.from} ${k.to}`)).map((k) => `${k.from} → ${k.to}`);
		assert.deepEqual(stale, [], 'fixed: remove these from .dependency-cruiser-known-violations.json (or delete the file when empty)');
	});
});
