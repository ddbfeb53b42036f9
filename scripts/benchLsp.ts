/**
 * The server as a user feels it: a real client process speaking LSP over stdio to `dist/server.js`, timing
 * `didOpen` → the first diagnostics of version 1, and `didChange` with one typed character → the diagnostics of
 * that version. Prints nothing itself: scripts/bench.ts makes the table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../client/src/serverLaunch';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
	createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification,
	InitializeRequest, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export class BenchClient {
	readonly #waiting = new Map<string, () => void>();
	/** How many times each `uri@version` was published. */
	readonly published = new Map<string, number>();

	private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection, readonly started: bigint) {}

	/**
	 * Starts the server (no size limit: the 20 MB figure is over the default 10 M characters) and initializes it.
	 * `ipc`: speaks over Node's IPC channel, which leaves the server's stdout to V8's traces (`--trace-gc`).
	 * The server runs with the client's flags and environment (client/src/serverLaunch.ts), then `execArgv`;
	 * `UNRES_BENCH_PLAIN=1` leaves them out (to measure what they change).
	 */
	static async start(root: string, execArgv: readonly string[] = [], options: { cwd?: string; ipc?: boolean } = {}): Promise<BenchClient> {
		const started = process.hrtime.bigint();
		const server = path.join(root, 'dist', 'server.js');
		const plain = process.env.UNRES_BENCH_PLAIN === '1';
		const flags = [...(plain ? [] : SERVER_EXEC_ARGV), ...execArgv];
		const env = { ...process.env, ...(plain ? {} : SERVER_ENV) };
		const child = options.ipc
			? spawn(process.execPath, [...flags, server, '--node-ipc'], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] })
			: spawn(process.execPath, [...flags, server, '--stdio'], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'inherit'] });
		const connection = options.ipc
			? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
			: createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const client = new BenchClient(child, connection, started);
		connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
			const key = `${p.uri}@${p.version ?? ''}`;
			client.published.set(key, (client.published.get(key) ?? 0) + 1);
			client.#waiting.get(key)?.();
			client.#waiting.delete(key);
		});
		connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
			params.items.map((item) => (item.section === 'unres' ? { maxFileSize: 0 } : null)));
		connection.listen();
		await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
		await connection.sendNotification(InitializedNotification.type, {});
		return client;
	}

	#diagnostics(uri: string, version: number): Promise<void> {
		return new Promise<void>((resolve) => this.#waiting.set(`${uri}@${version}`, resolve));
	}

	/** Opens a document; milliseconds to its first diagnostics. */
	async open(uri: string, text: string): Promise<number> {
		const done = this.#diagnostics(uri, 1);
		const t0 = process.hrtime.bigint();
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
		await done;
		return Number(process.hrtime.bigint() - t0) / 1e6;
	}

	/**
	 * Types and deletes one character at a time in the middle of a paragraph line (one version each), waiting for each
	 * version's diagnostics; the times of the edits after `warmUp`, sorted. `where`: how far down the text the line
	 * is (0.5: the middle).
	 */
	async type(uri: string, text: string, edits: number, warmUp: number, firstVersion = 2, where = 0.5): Promise<number[]> {
		const lines = text.split('\n');
		let line = Math.floor(lines.length * where);
		while (line < lines.length - 1 && lines[line].trim().length < 20) {
			line++;
		}
		const character = Math.floor(lines[line].length / 2);
		const times: number[] = [];
		for (let k = 0; k < edits + warmUp; k++) {
			const version = firstVersion + k;
			const done = this.#diagnostics(uri, version);
			const t0 = process.hrtime.bigint();
			const typed = k % 2 === 0;
			await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
				textDocument: { uri, version },
				contentChanges: [{ range: { start: { line, character }, end: { line, character: typed ? character : character + 1 } }, text: typed ? 'x' : '' }],
			});
			await done;
			if (k >= warmUp) {
				times.push(Number(process.hrtime.bigint() - t0) / 1e6);
			}
		}
		return times.sort((a, b) => a - b);
	}

	/** Milliseconds since the process was spawned. */
	sinceStart(): number {
		return Number(process.hrtime.bigint() - this.started) / 1e6;
	}

	/** The server's resident memory now and at its peak, in MB (Linux `/proc`). */
	memory(): { rss: number; peak: number } {
		const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
		const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
		return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
	}

	/** Versions published more than once. */
	twice(): string[] {
		return [...this.published].filter(([, n]) => n > 1).map(([k, n]) => `${k}×${n}`);
	}

	stop(): void {
		this.child.kill();
		this.connection.dispose();
	}
}

/** CPU milliseconds the process has used (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Server start → first diagnostics of `sample`, best and median of `runs` starts, and the server's CPU time to then
 * (median). A first start that stays until the server is idle writes the code cache (node/loader.ts) the timed ones read.
 */
export async function startFigures(root: string, sample: string, runs: number): Promise<{ best: number; median: number; cpu: number }> {
	const warm = await BenchClient.start(root);
	await warm.open('file:///first.unres.md', sample);
	// The server's first idle turn (a second after the diagnostics) writes the code cache.
	await new Promise((r) => setTimeout(r, 2500));
	warm.stop();
	const times: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const client = await BenchClient.start(root);
		await client.open('file:///first.unres.md', sample);
		times.push(client.sinceStart());
		cpu.push(cpuMs(client.child.pid!));
		client.stop();
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
	return { best: Math.min(...times), median: median(times), cpu: median(cpu) };
}
