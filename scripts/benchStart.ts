/**
 * `node out/scripts/benchStart.js [runs]`: server start → first diagnostics of the reference text, best and median of
 * `runs` starts, and the server's CPU time to then (user + system, from /proc: steadier than the wall clock on a
 * loaded machine). A first start that stays until the server is idle writes the code cache (node/loader.ts); the
 * timed starts read it. `UNRES_ROOT` measures another build (a copy of `dist/` and `server/data/`).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { startFigures } from './benchLsp';

const ROOT = process.env.UNRES_ROOT ?? path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');

async function main(): Promise<void> {
	const sample = readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const runs = Number(process.argv[2] ?? 7);
	const f = await startFigures(ROOT, sample, runs);
	console.log(`server start → first diagnostics: best ${f.best.toFixed(0)} ms, median ${f.median.toFixed(0)} ms, server CPU ${f.cpu.toFixed(0)} ms (median; ${runs} starts)`);
}

void main();
