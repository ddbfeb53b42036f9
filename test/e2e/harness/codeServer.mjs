// Starts and stops code-server (VS Code with a real Node extension host, served to a browser).
// Every run gets its own temporary directory: config, logs, TMPDIR (code-server's IPC sockets), and,
// unless given, user data and extensions. code-server runs in its own process group, and stop() ends
// that group, so the extension host and the language server die with it and nothing is left listening.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerBin } from './paths.mjs';

/** Settings that keep the workbench quiet and deterministic. */
export const quietSettings = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'security.workspace.trust.enabled': false,
	'telemetry.telemetryLevel': 'off',
	'extensions.autoUpdate': false,
	'extensions.autoCheckUpdates': false,
	'extensions.ignoreRecommendations': true,
	'update.mode': 'none',
	'git.enabled': false,
	'chat.disableAIFeatures': true,
	'window.restoreWindows': 'none',
};

/** Merges settings into <userDataDir>/User/settings.json. */
export function writeUserSettings(userDataDir, extra = {}) {
	const file = path.join(userDataDir, 'User', 'settings.json');
	mkdirSync(path.dirname(file), { recursive: true });
	let current = {};
	if (existsSync(file)) {
		try {
			current = JSON.parse(readFileSync(file, 'utf8'));
		} catch {
			current = {};
		}
	}
	writeFileSync(file, JSON.stringify({ ...current, ...quietSettings, ...extra }, null, '\t'));
}

function runDir() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'unres-cs-'));
	for (const sub of ['tmp', 'xdg-config', 'xdg-data']) mkdirSync(path.join(dir, sub));
	writeFileSync(path.join(dir, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
	return dir;
}

function envFor(dir, extra = {}) {
	return {
		...process.env,
		TMPDIR: path.join(dir, 'tmp'),
		XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
		XDG_DATA_HOME: path.join(dir, 'xdg-data'),
		...extra,
	};
}

function ensureBinary() {
	if (!existsSync(codeServerBin)) {
		throw new Error(`code-server not found at ${codeServerBin}: run \`bash scripts/e2e-setup.sh\``);
	}
}

/** Installs a .vsix into extensionsDir (about a second). */
export async function installExtension({ vsix, userDataDir, extensionsDir }) {
	ensureBinary();
	const dir = runDir();
	try {
		const args = ['--config', path.join(dir, 'config.yaml'), '--user-data-dir', userDataDir,
			'--extensions-dir', extensionsDir, '--force', '--install-extension', vsix];
		const { code, output } = await new Promise((resolve, reject) => {
			const child = spawn(codeServerBin, args, { env: envFor(dir), stdio: ['ignore', 'pipe', 'pipe'] });
			let output = '';
			child.stdout.on('data', (d) => (output += d));
			child.stderr.on('data', (d) => (output += d));
			child.on('error', reject);
			child.on('close', (code) => resolve({ code, output }));
		});
		if (code !== 0 || !/successfully installed/i.test(output)) {
			throw new Error(`code-server --install-extension ${vsix} failed (${code}):\n${output}`);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Starts code-server on a free loopback port.
 * @param {{ userDataDir?: string, extensionsDir?: string, env?: Record<string,string>, log?: (line: string) => void,
 *           host?: string, port?: number, timeoutMs?: number }} options
 * @returns {Promise<{ url: string, port: number, pid: number, userDataDir: string, extensionsDir: string,
 *                     folderUrl: (folder: string, payload?: [string,string][]) => string, remoteUri: (fsPath: string) => string,
 *                     exited: Promise<{code: number|null, signal: string|null}>, stop: () => Promise<void> }>}
 */
export async function startCodeServer(options = {}) {
	ensureBinary();
	const dir = runDir();
	const userDataDir = options.userDataDir ?? path.join(dir, 'user-data');
	const extensionsDir = options.extensionsDir ?? path.join(dir, 'extensions');
	mkdirSync(userDataDir, { recursive: true });
	mkdirSync(extensionsDir, { recursive: true });
	const log = options.log ?? (() => {});
	const bind = `${options.host ?? '127.0.0.1'}:${options.port ?? 0}`;
	const args = [
		'--config', path.join(dir, 'config.yaml'),
		'--bind-addr', bind,
		'--auth', 'none',
		'--disable-telemetry',
		'--disable-update-check',
		'--disable-workspace-trust',
		'--disable-getting-started-override',
		'--ignore-last-opened',
		'--user-data-dir', userDataDir,
		'--extensions-dir', extensionsDir,
	];
	const child = spawn(codeServerBin, args, {
		env: envFor(dir, options.env),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true, // its own process group: stop() kills the extension host and the language server too
	});
	let exited = false;
	const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
		exited = true;
		resolve({ code, signal });
	}));

	const url = await new Promise((resolve, reject) => {
		let buffer = '';
		const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${options.timeoutMs ?? 30000} ms:\n${buffer}`)),
			options.timeoutMs ?? 30000);
		timer.unref();
		const onData = (chunk) => {
			const text = chunk.toString();
			buffer += text;
			for (const line of text.split('\n')) if (line.trim()) log(line);
			const m = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(buffer);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('error', (err) => {
			clearTimeout(timer);
			reject(err);
		});
		exitPromise.then(({ code, signal }) => {
			clearTimeout(timer);
			reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${buffer}`));
		});
	}).catch(async (err) => {
		await stopGroup(child, exitPromise, () => exited);
		rmSync(dir, { recursive: true, force: true });
		throw err;
	});
	const { port, host } = new URL(url);

	let stopped;
	const stop = () => {
		stopped ??= (async () => {
			await stopGroup(child, exitPromise, () => exited);
			rmSync(dir, { recursive: true, force: true });
		})();
		return stopped;
	};

	return {
		url,
		port: Number(port),
		pid: child.pid,
		userDataDir,
		extensionsDir,
		/** URL that opens `folder`, with optional workbench payload (extension development/test paths). */
		folderUrl(folder, payload) {
			let u = `${url}/?folder=${encodeURIComponent(folder)}`;
			if (payload?.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
			return u;
		},
		/** vscode-remote URI of a path on this machine, as the workbench in the browser sees it. */
		/** Resolves when code-server exits, by itself or through stop(). */
		exited: exitPromise,
		remoteUri(fsPath) {
			return `vscode-remote://${host}${fsPath.split(path.sep).map(encodeURIComponent).join('/')}`;
		},
		stop,
	};
}

/** SIGTERM to the process group, SIGKILL after 5 s, then drop the pipes. */
async function stopGroup(child, exitPromise, hasExited) {
	const signalGroup = (sig) => {
		try {
			process.kill(-child.pid, sig);
		} catch {
			// group already gone
		}
	};
	if (!hasExited()) {
		signalGroup('SIGTERM');
		const timer = setTimeout(() => signalGroup('SIGKILL'), 5000);
		timer.unref();
		await exitPromise;
		clearTimeout(timer);
	}
	// The extension host or the language server may outlive the main process for a moment: end the group.
	signalGroup('SIGKILL');
	child.stdout?.destroy();
	child.stderr?.destroy();
}
