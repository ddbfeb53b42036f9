#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's
//   runTests({ vscodeExecutablePath: <this file>, extensionDevelopmentPath, extensionTestsPath, launchArgs })
// on a machine that cannot download VS Code. It takes the arguments test-electron passes to `code`
// (folder, --extensionDevelopmentPath, --extensionTestsPath, --user-data-dir, --extensions-dir, ...),
// starts code-server (same VS Code, Node extension host) and opens the folder in headless Chromium with a
// workbench payload that makes it run the extension tests. The tests' console output is printed here, and
// this process exits with the tests' exit code, as `code` would.
//
//   UNRES_E2E_TIMEOUT_MS  give up after this long (default 180000); a screenshot is saved first
//   UNRES_E2E_VERBOSE=1   also print code-server's log and the workbench's own console noise
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { consoleText, launchBrowser, newPage } from './browser.mjs';
import { startCodeServer, writeUserSettings } from './codeServer.mjs';
import { resultsDir } from './paths.mjs';

const VALUE_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale']);

/** Parses `code`'s command line as test-electron builds it. */
export function parseCodeArgs(argv) {
	const parsed = { extensionDevelopmentPath: [], positional: [], ignored: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const m = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
		if (!m) {
			parsed.positional.push(arg);
			continue;
		}
		const [, name, inline] = m;
		if (!VALUE_FLAGS.has(name)) {
			parsed.ignored.push(arg);
			continue;
		}
		const value = inline ?? argv[++i];
		if (name === 'extensionDevelopmentPath') parsed.extensionDevelopmentPath.push(path.resolve(value));
		else parsed[name] = path.resolve(value);
	}
	return parsed;
}

const verbose = process.env.UNRES_E2E_VERBOSE === '1';
const timeoutMs = Number(process.env.UNRES_E2E_TIMEOUT_MS ?? 180000);

/**
 * The extension host's console reaches the page's console mixed with the workbench's own log lines. The in-host
 * suite (test/e2e/suite/index.ts) tags its reporter's lines with this when UNRES_E2E_LOG_TAG is set; only those
 * are printed (UNRES_E2E_VERBOSE=1 prints everything).
 */
const LOG_TAG = '[unres-e2e] ';

export async function main(argv) {
	const args = parseCodeArgs(argv);
	if (!args.extensionTestsPath || args.extensionDevelopmentPath.length === 0) {
		throw new Error('launcher: expected --extensionTestsPath and --extensionDevelopmentPath (as @vscode/test-electron passes them)');
	}
	if (args.extensionDevelopmentPath.length > 1) {
		console.warn(`launcher: the web workbench loads one development extension; using ${args.extensionDevelopmentPath[0]}`);
	}
	const folder = args.positional[0] ? path.resolve(args.positional[0]) : undefined;
	if (args['user-data-dir']) writeUserSettings(args['user-data-dir']);

	let browser;
	let server;
	let page;
	let exitCode = 1;
	const cleanup = async () => {
		await browser?.close().catch(() => {});
		await server?.stop();
	};
	const onSignal = (sig) => {
		console.log(`launcher: ${sig}, stopping code-server and Chromium`);
		cleanup().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);

	try {
		server = await startCodeServer({
			userDataDir: args['user-data-dir'],
			extensionsDir: args['extensions-dir'],
			env: { UNRES_E2E_LOG_TAG: LOG_TAG },
			log: verbose ? (line) => console.log(`[code-server] ${line}`) : undefined,
		});
		browser = await launchBrowser();
		page = await newPage(browser);

		let done = false;
		let resolveFinished;
		const finished = new Promise((resolve) => (resolveFinished = resolve));
		const finish = (code) => {
			if (done) return;
			done = true;
			resolveFinished(code);
		};
		await page.exposeFunction('codeAutomationExit', (code) => {
			finish(Number(code));
		});
		page.on('console', (msg) => {
			const text = consoleText(msg);
			const at = text.indexOf(LOG_TAG);
			if (at >= 0) console.log(text.slice(at + LOG_TAG.length));
			else if (verbose) console.log(`[workbench] ${text}`);
		});
		page.on('crash', () => {
			if (!done) console.error('launcher: the workbench page crashed');
			finish(1);
		});
		server.exited.then(({ code, signal }) => {
			if (!done) console.error(`launcher: code-server exited (${code ?? signal}) before the tests finished`);
			finish(1);
		});
		page.on('pageerror', (err) => verbose && console.log(`[workbench error] ${err.message}`));

		const payload = [
			['extensionDevelopmentPath', server.remoteUri(args.extensionDevelopmentPath[0])],
			['extensionTestsPath', server.remoteUri(args.extensionTestsPath)],
		];
		const url = folder ? server.folderUrl(folder, payload)
			: `${server.url}/?ew=true&payload=${encodeURIComponent(JSON.stringify(payload))}`;
		if (verbose) console.log(`launcher: ${url}`);
		await page.goto(url);

		let timer;
		const timedOut = new Promise((resolve) => {
			timer = setTimeout(() => resolve('timeout'), timeoutMs);
			timer.unref();
		});
		const result = await Promise.race([finished, timedOut]);
		done = true;
		clearTimeout(timer);
		if (result === 'timeout') {
			mkdirSync(resultsDir, { recursive: true });
			const shot = path.join(resultsDir, 'launcher-timeout.png');
			await page.screenshot({ path: shot }).catch(() => {});
			console.error(`launcher: tests did not finish within ${timeoutMs} ms (screenshot: ${shot})`);
			exitCode = 1;
		} else {
			exitCode = result;
		}
	} finally {
		await cleanup();
		process.removeListener('SIGINT', onSignal);
		process.removeListener('SIGTERM', onSignal);
	}
	return exitCode;
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err) => {
		console.error(err instanceof Error ? err.stack : err);
		process.exit(1);
	},
);
