/** `node out/scripts/benchStart.js [runs]`: server start → first diagnostics of the reference text, best and median of `runs` starts. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { BenchClient } from './benchLsp';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');

async function main(): Promise<void> {
	const sample = readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const times: number[] = [];
	for (let i = 0; i < Number(process.argv[2] ?? 7); i++) {
		const client = await BenchClient.start(ROOT);
		await client.open('file:///first.unres.md', sample);
		times.push(client.sinceStart());
		client.stop();
	}
	times.sort((a, b) => a - b);
	console.log(`server start → first diagnostics: best ${times[0].toFixed(0)} ms, median ${times[Math.floor(times.length / 2)].toFixed(0)} ms (${times.length} starts)`);
}

void main();
