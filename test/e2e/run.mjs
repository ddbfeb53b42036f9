// `npm run test:e2e`: the end-to-end tests in a real VS Code.
//   1. the in-host suite (test/e2e/suite, compiled to out-e2e/) through @vscode/test-electron's runTests;
//   2. the UI test (test/e2e/ui), which looks at the workbench in headless Chromium as a person would.
// Prints one closing line "e2e: N passed, N failed" and exits non-zero on any failure.
//
// Which VS Code (UNRES_E2E_VSCODE):
//   code-server (default)  code-server from npm + Debian Chromium, through harness/launcher.mjs; works offline.
//                          Runs scripts/e2e-setup.sh first (a second with a warm cache) unless UNRES_E2E_SETUP=0.
//   download               plain runTests: test-electron downloads VS Code (UNRES_E2E_VSCODE_VERSION, default
//                          "stable") into .vscode-test/. Needs access to the VS Code download servers and, on a
//                          headless Linux box, a display (xvfb-run -a npm run test:e2e). The UI test needs
//                          code-server and is run in the default mode only.
//   /path/to/code          a VS Code executable already on the machine (same as download, without the download).
// Other switches: UNRES_E2E_GREP (in-host test title filter), UNRES_E2E_VERBOSE=1, UNRES_E2E_TIMEOUT_MS.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import Mocha from 'mocha';
import { assertBuilt, repoRoot, resultsDir, suiteIndex } from './harness/paths.mjs';
import { prepareWorkspace } from './harness/workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const launcher = path.join(here, 'harness', 'launcher.mjs');
const mode = process.env.UNRES_E2E_VSCODE || 'code-server';
const timings = [];

async function timed(label, fn) {
	const t0 = Date.now();
	try {
		return await fn();
	} finally {
		timings.push(`${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	}
}

function setup() {
	if (mode !== 'code-server' || process.env.UNRES_E2E_SETUP === '0') return;
	const r = spawnSync('bash', [path.join(repoRoot, 'scripts', 'e2e-setup.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) throw new Error(`scripts/e2e-setup.sh failed (${r.status ?? r.signal})`);
}

/** The in-host suite. Returns { passed, failed }. */
async function inHost(workspaceDir, scratch) {
	const resultsFile = path.join(scratch, 'in-host-results.json');
	let vscodeExecutablePath;
	if (mode === 'code-server') {
		chmodSync(launcher, 0o755); // a fresh clone may have lost the executable bit
		vscodeExecutablePath = launcher;
	} else if (mode !== 'download') {
		vscodeExecutablePath = path.resolve(mode);
	}
	let error;
	try {
		await runTests({
			vscodeExecutablePath,
			version: process.env.UNRES_E2E_VSCODE_VERSION,
			extensionDevelopmentPath: repoRoot,
			extensionTestsPath: suiteIndex,
			launchArgs: [
				workspaceDir,
				`--user-data-dir=${path.join(scratch, 'user-data')}`,
				`--extensions-dir=${path.join(scratch, 'extensions')}`,
				'--disable-extensions',
			],
			extensionTestsEnv: { UNRES_E2E_RESULTS: resultsFile },
		});
	} catch (err) {
		error = err;
	}
	if (!existsSync(resultsFile)) {
		console.error(`in-host suite did not report (${error?.message ?? 'no results'})`);
		return { passed: 0, failed: 1 };
	}
	const { passed, failed, tests } = JSON.parse(readFileSync(resultsFile, 'utf8'));
	if (error && failed === 0) {
		console.error(`in-host run failed after its tests passed: ${error.message}`);
		return { passed, failed: 1 };
	}
	for (const t of tests.filter((t) => t.state === 'failed')) console.error(`  in-host FAILED: ${t.title}`);
	return { passed, failed };
}

/** The UI test(s), in this process. Returns { passed, failed }. */
async function ui(workspaceDir) {
	process.env.UNRES_E2E_WORKSPACE = workspaceDir;
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, slow: 20_000 });
	const dir = path.join(here, 'ui');
	for (const f of readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).sort()) mocha.addFile(path.join(dir, f));
	await mocha.loadFilesAsync();
	return new Promise((resolve) => {
		const runner = mocha.run(() => resolve({ passed: runner.stats.passes, failed: runner.stats.failures }));
	});
}

async function main() {
	const t0 = Date.now();
	assertBuilt();
	if (!existsSync(suiteIndex)) throw new Error(`${path.relative(repoRoot, suiteIndex)} missing: run \`tsc -p test/e2e\``);
	rmSync(resultsDir, { recursive: true, force: true }); // artifacts of this run only
	mkdirSync(resultsDir, { recursive: true });
	await timed('setup', setup);

	const scratch = mkdtempSync(path.join(os.tmpdir(), 'unres-e2e-'));
	const workspace = prepareWorkspace();
	console.log(`e2e: VS Code from ${mode}; workspace ${workspace.dir}${workspace.reference ? '' : ' (no ../shared: own drafts only)'}`);
	const totals = { passed: 0, failed: 0 };
	try {
		const a = await timed('in-host suite', () => inHost(workspace.dir, scratch));
		totals.passed += a.passed;
		totals.failed += a.failed;
		if (mode === 'code-server') {
			const b = await timed('UI test', () => ui(prepareWorkspace().dir));
			totals.passed += b.passed;
			totals.failed += b.failed;
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
		rmSync(workspace.dir, { recursive: true, force: true });
		if (process.env.UNRES_E2E_WORKSPACE) rmSync(process.env.UNRES_E2E_WORKSPACE, { recursive: true, force: true });
	}
	console.log(`e2e timings: ${timings.join(', ')}, total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	console.log(`e2e: ${totals.passed} passed, ${totals.failed} failed`);
	return totals.failed === 0 && totals.passed > 0 ? 0 : 1;
}

main().then(
	(code) => process.exit(code),
	(err) => {
		console.error(err instanceof Error ? err.stack : err);
		console.log('e2e: 0 passed, 1 failed');
		process.exit(1);
	},
);
