// Entry point of the in-host suite: VS Code loads this module in the extension host (test-electron's
// `extensionTestsPath`) and awaits run(). Works the same in code-server (harness/launcher.mjs) and in a
// downloaded VS Code.
//
//   UNRES_E2E_GREP     run only the tests whose full title matches this regular expression
//   UNRES_E2E_RESULTS  write a JSON summary ({ passed, failed, tests }) to this file (read by test/e2e/run.mjs)
//   UNRES_E2E_LOG_TAG  prefix every reporter line with this tag (set by the launcher: in code-server the host's
//                      console arrives in the browser mixed with the workbench's own log)
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';

/** Files run first, in this order; every other *.test.js follows alphabetically. */
const FIRST = ['activation.test.js'];

interface TestResult {
	title: string;
	state: 'passed' | 'failed';
	durationMs?: number;
	error?: string;
}

export function run(): Promise<void> {
	const tag = process.env.UNRES_E2E_LOG_TAG;
	if (tag) {
		const reporterBase = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
		reporterBase.consoleLog = (...args: unknown[]) => console.log(tag + util.format(...args));
	}
	const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, slow: 5_000 });
	if (process.env.UNRES_E2E_GREP) mocha.grep(new RegExp(process.env.UNRES_E2E_GREP));

	const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
	files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
	for (const f of files) mocha.addFile(path.join(__dirname, f));

	const results: TestResult[] = [];
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			writeResults(results);
			if (failures > 0) reject(new Error(`${failures} of ${results.length} in-host tests failed`));
			else resolve();
		});
		runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
		runner.on('fail', (t, err: Error) =>
			results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err).slice(0, 4000) }),
		);
	});
}

function rank(file: string): number {
	const i = FIRST.indexOf(file);
	return i < 0 ? FIRST.length : i;
}

function writeResults(tests: TestResult[]): void {
	const file = process.env.UNRES_E2E_RESULTS;
	if (!file) return;
	const passed = tests.filter((t) => t.state === 'passed').length;
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify({ passed, failed: tests.length - passed, tests }, null, '\t'));
}
