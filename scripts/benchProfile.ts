/**
 * `node out/scripts/benchProfile.js [start|open|type] [size]`: a CPU profile of the server as the issue-18 bench drives
 * it (scripts/benchLsp.ts), then where its time went — self time by source file and by function, from the
 * bundle's module comments. `open` opens the document three times (three URIs); `type` opens it once and types
 * 200 keystrokes. Prints numbers only; the profile stays in /tmp/unres-prof for a closer look.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { grow, issueDocument } from './benchText';
import { BenchClient } from './benchLsp';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');
const DIR = '/tmp/unres-prof';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** The bundle's `// server/src/x.ts` comments: line → source file. */
function modules(bundle: string): { line: number; file: string }[] {
	const out: { line: number; file: string }[] = [];
	bundle.split('\n').forEach((l, i) => {
		const m = /^\/\/ ((?:server|node_modules)\/\S+)$/.exec(l);
		if (m) {
			out.push({ line: i, file: m[1] });
		}
	});
	return out;
}

function summarize(profile: Profile, bundle: string): void {
	const mods = modules(bundle);
	const fileOf = (n: Node) => {
		if (!n.callFrame.url.endsWith('.js') || n.callFrame.url.includes('node:') || !n.callFrame.url.startsWith('file:')) {
			return n.callFrame.url === '' ? `(${n.callFrame.functionName || 'native'})` : n.callFrame.url.replace(/^.*\//, '');
		}
		let lo = 0;
		let hi = mods.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (mods[mid].line <= n.callFrame.lineNumber) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return mods[lo]?.file ?? '?';
	};
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
	const files = new Map<string, number>();
	const fns = new Map<string, number>();
	for (const [id, t] of self) {
		const n = byId.get(id)!;
		const f = fileOf(n);
		add(files, f, t);
		add(fns, `${n.callFrame.functionName || '(anon)'} ${f}:${n.callFrame.lineNumber}`, t);
	}
	// Inclusive time by file: a sample counts once for every file on its stack.
	const parent = new Map<number, number>();
	for (const n of profile.nodes) {
		for (const c of n.children ?? []) {
			parent.set(c, n.id);
		}
	}
	const inclusive = new Map<string, number>();
	for (const [id, t] of self) {
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const n = byId.get(at)!;
			seen.add(`${n.callFrame.functionName || '(anon)'} ${fileOf(n)}`);
		}
		seen.forEach((k) => add(inclusive, k, t));
	}
	const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k)
		.map(([name, t]) => `  ${(t / 1000).toFixed(0).padStart(6)} ms ${((t / total) * 100).toFixed(1).padStart(5)}%  ${name}`).join('\n');
	console.log(`total sampled ${(total / 1000).toFixed(0)} ms\nself time by file:\n${top(files, 25)}\nself time by function:\n${top(fns, Number(process.env.TOPN ?? 30))}\ninclusive by function:\n${top(inclusive, Number(process.env.TOPN ?? 40))}`);
}

async function main(): Promise<void> {
	const mode = process.argv[2] ?? 'type';
	if (mode === 'summary') {
		// `summary <bundle>`: the profile in /tmp/unres-prof of another run (scripts/benchProfileFull.ts).
		const file = readdirSync(DIR).find((f) => f.endsWith('.cpuprofile'))!;
		summarize(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Profile, readFileSync(process.argv[3], 'utf8'));
		return;
	}
	const size = Number(process.argv[3] ?? 1e6);
	const sample = readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const text = grow(issueDocument(SHARED), size - 1000);
	rmSync(DIR, { recursive: true, force: true });
	mkdirSync(DIR, { recursive: true });
	const client = await BenchClient.start(ROOT, ['--cpu-prof', `--cpu-prof-dir=${DIR}`]);
	await client.open('file:///first.unres.md', sample);
	const times: number[] = [];
	if (mode === 'start') {
		times.push(client.sinceStart());
	} else if (mode === 'open') {
		for (let i = 0; i < 3; i++) {
			times.push(await client.open(`file:///big-${i}.unres.md`, text));
			// The completion index is built half a second after the first diagnostics: not inside the next open.
			await new Promise((resolve) => setTimeout(resolve, 1000));
		}
	} else {
		times.push(await client.open('file:///big.unres.md', text));
		const typed = await client.type('file:///big.unres.md', text, 200, 0);
		times.push(typed[Math.floor(typed.length / 2)]);
	}
	console.log(`${mode} ${size}: ${times.map((t) => t.toFixed(0)).join(', ')} ms (open…; median keystroke last when typing)`);
	await client.connection.sendRequest('shutdown');
	const exited = new Promise((resolve) => client.child.on('exit', resolve));
	await client.connection.sendNotification('exit');
	await exited;
	client.connection.dispose();
	const file = readdirSync(DIR).find((f) => f.endsWith('.cpuprofile'));
	if (!file) {
		console.error('no profile written');
		return;
	}
	summarize(JSON.parse(readFileSync(path.join(DIR, file), 'utf8')) as Profile, readFileSync(path.join(ROOT, 'dist', 'server.js'), 'utf8'));
}

void main();
