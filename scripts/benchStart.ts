/**
 * `node out/scripts/benchStart.js [runs]`: server start → first diagnostics of the reference text, best and median of
 * `runs` starts, and the server's CPU time to then (user + system, from /proc: steadier than the wall clock on a
 * loaded machine). A first start that stays until the server is idle writes the code cache (node/loader.ts); the
 * timed starts read it. `UNRES_ROOT` measures another build (a copy of `dist/` and `server/data/`).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BenchClient } from './benchLsp';

const ROOT = process.env.UNRES_ROOT ?? path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');

/** CPU milliseconds the process has used (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

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

async function main(): Promise<void> {
	const sample = readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const runs = Number(process.argv[2] ?? 7);
	const f = await startFigures(ROOT, sample, runs);
	console.log(`server start → first diagnostics: best ${f.best.toFixed(0)} ms, median ${f.median.toFixed(0)} ms, server CPU ${f.cpu.toFixed(0)} ms (median; ${runs} starts)`);
}

if (require.main === module) {
	void main();
}
