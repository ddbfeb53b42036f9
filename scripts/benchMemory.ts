/**
 * `npm run bench:memory`: the memory figures of issue 18 alone (no timings), over LSP with a real client process:
 * - peak RSS of the server with the 100 KB, 1 MB and 5 MB documents (the reference text and ../shared/corpus)
 *   opened and typed in;
 * - peak RSS with the built-in catalogue and one 100 KB draft, typed in, and after the pause that follows;
 * - RSS after 10 and after 1,000 edits of the 1 MB document (with a pause between bursts, as a user types).
 * The server runs as the client starts it (client/src/serverLaunch.ts; `UNRES_BENCH_PLAIN=1`: without those settings).
 * Prints numbers; asserts nothing. `--snapshot DIR` writes a heap snapshot of the server after the three documents
 * (SIGUSR2). Extra arguments after `--` go to the server's node (e.g. `-- --max-semi-space-size=4`).
 */
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { grow } from './benchIssue';
import { BenchClient } from './benchLsp';

const ROOT = process.env.UNRES_ROOT ?? path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function base(): string {
	const sample = readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const corpusDir = path.join(SHARED, 'corpus', 'en');
	const corpus = readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8')).join('\n\n');
	return `${sample}\n\n${corpus}`;
}

function args(): { execArgv: string[]; snapshot?: string; only?: string; trace?: string } {
	const argv = process.argv.slice(2);
	const dash = argv.indexOf('--');
	const execArgv = dash >= 0 ? argv.slice(dash + 1) : [];
	const own = dash >= 0 ? argv.slice(0, dash) : argv;
	const at = own.indexOf('--snapshot');
	const only = own.indexOf('--only');
	const trace = own.indexOf('--trace');
	return {
		execArgv, ...(at >= 0 ? { snapshot: own[at + 1] } : {}), ...(only >= 0 ? { only: own[only + 1] } : {}), ...(trace >= 0 ? { trace: own[trace + 1] } : {}),
	};
}

const mb = (n: number) => n.toFixed(0);

async function main(): Promise<void> {
	const { execArgv, snapshot, only, trace } = args();
	// `--trace FILE`: the server's stdout (V8's --trace-gc lines, say) goes to FILE; the client speaks over IPC.
	const start = async () => {
		const client = await BenchClient.start(ROOT, execArgv, { ...(snapshot ? { cwd: snapshot } : {}), ipc: trace !== undefined });
		if (trace) {
			client.child.stdout!.pipe(createWriteStream(trace, { flags: 'a' }));
		}
		return client;
	};
	const text = base();
	const out: string[] = [];
	if (!only || only === 'three') {
		const client = await start();
		// The times too, so that a memory setting that slows the server shows (open ms, keystroke median ms).
		const times: string[] = [];
		for (const size of [100e3, 1e6, 5e6]) {
			const doc = grow(text, size - 1000);
			const uri = `file:///big-${size}.unres.md`;
			const open = await client.open(uri, doc);
			const typed = await client.type(uri, doc, 30, 10);
			times.push(`${size / 1e6} MB open ${open.toFixed(0)} ms, keystroke ${typed[typed.length >> 1].toFixed(1)} ms`);
		}
		const m = client.memory();
		await sleep(1500);
		const idle = client.memory();
		out.push(`three documents (100 KB, 1 MB, 5 MB) opened and typed in: peak RSS ${mb(m.peak)} MB (target ≤ 180), RSS ${mb(m.rss)} MB, after 1.5 s idle ${mb(idle.rss)} MB\n  (${times.join('; ')})`);
		if (snapshot) {
			client.child.kill('SIGUSR2');
			await sleep(90000);
		}
		client.stop();
	}
	if (!only || only === 'one') {
		const small = await start();
		const doc = grow(text, 100e3);
		await small.open('file:///draft.unres.md', doc);
		await small.type('file:///draft.unres.md', doc, 30, 10);
		const m = small.memory();
		// Then the pause: the completion index is built (0.5 s) and the idle collection runs (1 s).
		await sleep(2500);
		const idle = small.memory();
		out.push(`catalogue + one 100 KB draft, typed in: peak RSS ${mb(m.peak)} MB (target ≤ 90), RSS ${mb(m.rss)} MB; after the pause (completion index, idle collection) RSS ${mb(idle.rss)} MB, peak ${mb(idle.peak)} MB`);
		small.stop();
	}
	if (!only || only === 'flat') {
		const client = await start();
		const doc = grow(text, Number(process.env.FLAT_SIZE ?? 1e6) - 1000);
		const uri = 'file:///flat.unres.md';
		await client.open(uri, doc);
		let version = 2;
		// Each burst in another place of the document, as a user goes from paragraph to paragraph (an even number of
		// edits: each burst leaves the text as it found it).
		let burstNo = 0;
		const burst = async (n: number) => {
			await client.type(uri, doc, n, 0, version, ((burstNo++ * 0.37) % 0.9) + 0.05);
			version += n;
			// The idle collection runs a second after the last diagnostics; on a loaded machine later.
			await sleep(3000);
		};
		const snap = async () => {
			if (snapshot) {
				client.child.kill('SIGUSR2');
				await sleep(20000);
			}
		};
		await burst(10);
		const after10 = client.memory();
		await snap();
		for (let i = 0; i < 11; i++) {
			await burst(90);
		}
		const after1000 = client.memory();
		await snap();
		out.push(`1 MB document, RSS after 10 edits ${mb(after10.rss)} MB, after 1,000 edits ${mb(after1000.rss)} MB (${((after1000.rss / after10.rss - 1) * 100).toFixed(1)}%, target within 10%); peak ${mb(after1000.peak)} MB`);
		client.stop();
	}
	console.log(out.join('\n'));
}

void main();
