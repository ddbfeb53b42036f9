/**
 * `node --cpu-prof --cpu-prof-dir=/tmp/unres-prof out/scripts/benchProfileFull.js [size] [runs]`: the in-process
 * full analysis of the issue-18 bench (parse + every rule, the built-in catalogue), repeated, for a CPU profile.
 */
import * as path from 'node:path';
import { runRules } from '../server/src/features/diagnostics';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { parseVersion } from '../server/src/parser/parse';
import { createContext } from '../server/src/rules/types';
import { grow, issueDocument } from './benchText';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');
const text = grow(issueDocument(SHARED), Number(process.argv[2] ?? 1e6) - 1000);
const catalog = loadBuiltinCatalog(path.join(ROOT, 'server', 'data', 'catalog.json'));
const runs = Number(process.argv[3] ?? 10);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
	const t0 = process.hrtime.bigint();
	const facts = parseVersion(text);
	const t1 = process.hrtime.bigint();
	runRules(createContext(facts.doc, text, undefined, { catalog, facts }));
	const t2 = process.hrtime.bigint();
	times.push(Number(t1 - t0) / 1e6, Number(t2 - t1) / 1e6);
}
const parse = times.filter((_, i) => i % 2 === 0);
const rules = times.filter((_, i) => i % 2 === 1);
console.log(`parse best ${Math.min(...parse).toFixed(1)} ms, rules best ${Math.min(...rules).toFixed(1)} ms (${runs} runs)`);
