/**
 * The table of issue 18: keystroke → diagnostics and open → first diagnostics over LSP (a real client process,
 * scripts/benchLsp.ts), beside the in-process full analysis, the reparse of one keystroke, markdownlint and the
 * floor (one regular expression over the lines), at 100 KB, 1 MB, 5 MB and 20 MB; then the server's memory.
 * The document: the French reference and the English corpus of ../shared, concatenated and repeated.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogLike } from '../server/src/catalog/catalog';
import { runRules } from '../server/src/features/diagnostics';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { parseVersion } from '../server/src/parser/parse';
import { reparse, reparseMisses, reparseStats } from '../server/src/parser/reparse';
import { RULES } from '../server/src/rules/index';
import { createContext } from '../server/src/rules/types';
import { runRulesReusing, type PreviousCheck } from '../server/src/service/ruleReuse';
import { BenchClient, startFigures } from './benchLsp';
import { serviceFigures } from './benchService';
import { grow, issueDocument, typingOffset } from './benchText';

export { grow } from './benchText';

const SIZES = [100e3, 1e6, 5e6, 20e6];
const label = (size: number) => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const median = (sorted: readonly number[]) => sorted[Math.floor(sorted.length / 2)];
const p90 = (sorted: readonly number[]) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))];

/** The fastest of `runs` runs of `f`, in ms. */
export function best(runs: number, f: () => void): number {
	let t = Infinity;
	for (let i = 0; i < runs; i++) {
		const t0 = process.hrtime.bigint();
		f();
		t = Math.min(t, Number(process.hrtime.bigint() - t0) / 1e6);
	}
	return t;
}

const FLOOR = /\b\d{1,4}\/\d{1,4}\b/;
/** The floor: one regular expression over the lines. */
export function floor(text: string): number {
	let n = 0;
	for (const line of text.split('\n')) {
		if (FLOOR.test(line)) {
			n++;
		}
	}
	return n;
}

/**
 * The in-process figures: a full analysis (parse + rules) and one keystroke in the text read as one (reparse, then
 * the rules reusing what they found on the version before, as the language service runs them), median of 20.
 */
function inProcess(text: string, catalog: CatalogLike): { full: number; keystroke: number } {
	const analyse = (facts: ReturnType<typeof parseVersion>, t: string) => runRules(createContext(facts.doc, t, undefined, { catalog, facts })).length;
	const full = best(text.length > 5e6 ? 2 : 5, () => analyse(parseVersion(text), text));
	let facts = parseVersion(text);
	let current = text;
	const day = new Date().toISOString().slice(0, 10);
	let previous: PreviousCheck = { facts, results: runRules(createContext(facts.doc, text, undefined, { catalog, facts })), rules: '{}', catalog, day };
	// The same place as the client's keystrokes (scripts/benchLsp.ts).
	const at = typingOffset(text);
	const times: number[] = [];
	for (let k = 0; k < 30; k++) {
		const typed = k % 2 === 0;
		const change = typed ? { start: at, end: at, text: 'x' } : { start: at, end: at + 1, text: '' };
		const next = current.slice(0, change.start) + change.text + current.slice(change.end);
		const t0 = process.hrtime.bigint();
		facts = reparse(facts, change, next);
		const results = runRulesReusing(createContext(facts.doc, next, undefined, { catalog, facts }), undefined, () => undefined, RULES, previous);
		times.push(Number(process.hrtime.bigint() - t0) / 1e6);
		facts.forgetPrevious();
		previous = { facts, results, rules: '{}', catalog, day };
		current = next;
	}
	return { full, keystroke: median(times.slice(10).sort((a, b) => a - b)) };
}

export async function issueTable(root: string, shared: string, lint: (o: { strings: Record<string, string> }) => unknown): Promise<void> {
	const sample = readFileSync(path.join(shared, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const base = issueDocument(shared);
	const catalog = loadBuiltinCatalog(path.join(root, 'server', 'data', 'catalog.json'));
	const rows: Record<string, string[]> = {
		'keystroke → diagnostics over LSP, median / p90 (30 edits after 10)': [],
		'open → first diagnostics over LSP': [],
		'in-process full analysis (parse + rules)': [],
		'in-process keystroke, the text read as one (reparse + rules reusing findings), median': [],
		'in-process language service: open → diagnostics / keystroke → diagnostics, median': [],
		'markdownlint on the same text (in-process)': [],
		'one regular expression over the lines (floor)': [],
	};
	const keys = Object.keys(rows);
	const client = await BenchClient.start(root);
	const firstMs = await client.open('file:///first.unres.md', sample);
	const startMs = client.sinceStart();
	let afterThree = { rss: NaN, peak: NaN };
	let inPlace = 0;
	for (const size of SIZES) {
		// A thousand characters short of the size: typing never crosses the 5 M characters the negotiation scanner stops at.
		const text = grow(base, size - 1000);
		const uri = `file:///big-${size}.unres.md`;
		rows[keys[1]].push(`${fmt(await client.open(uri, text))} ms`);
		const times = await client.type(uri, text, size >= 20e6 ? 10 : 30, size >= 20e6 ? 4 : 10);
		rows[keys[0]].push(`${fmt(median(times))} / ${fmt(p90(times))} ms`);
		if (size === 5e6) {
			afterThree = client.memory();
		}
		const lineBefore = reparseStats.line;
		const { full, keystroke } = inProcess(text, catalog);
		inPlace += reparseStats.line - lineBefore;
		rows[keys[2]].push(`${fmt(full)} ms`);
		rows[keys[3]].push(`${fmt(keystroke)} ms`);
		if (size <= 5e6) {
			const service = await serviceFigures(text, catalog, size >= 5e6 ? 1 : 3);
			rows[keys[4]].push(`${fmt(service.open)} / ${fmt(service.keystroke)} ms`);
		} else {
			rows[keys[4]].push('—');
		}
		rows[keys[5]].push(size <= 5e6 ? `${fmt(best(1, () => lint({ strings: { doc: text } })))} ms` : '—');
		rows[keys[6]].push(`${fmt(best(5, () => floor(text)))} ms`);
	}
	const twenty = client.memory();
	const twice = client.twice();
	client.stop();
	// The catalogue and one 100 KB draft, in a server of their own.
	const small = await BenchClient.start(root);
	const smallText = grow(base, 100e3);
	await small.open('file:///draft.unres.md', smallText);
	await small.type('file:///draft.unres.md', smallText, 30, 10);
	const one = small.memory();
	small.stop();

	console.log(`| figure | ${SIZES.map(label).join(' | ')} |`);
	console.log(`|---|${SIZES.map(() => '---').join('|')}|`);
	for (const [k, v] of Object.entries(rows)) {
		console.log(`| ${k} | ${v.join(' | ')} |`);
	}
	// Starts of their own, through the code cache (node/loader.ts) as every start but the first after a build.
	const start = await startFigures(root, sample, 7);
	console.log(`\nserver start → first diagnostics (FR sample, catalogue loaded): best ${fmt(start.best)} ms, median ${fmt(start.median)} ms, server CPU ${fmt(start.cpu)} ms (7 starts; `
		+ `the table's own first start, which wrote the code cache: ${fmt(startMs)} ms, didOpen → diagnostics ${fmt(firstMs)} ms)`);
	console.log(`server RSS after opening and typing in the 100 KB, 1 MB and 5 MB documents: ${afterThree.rss.toFixed(0)} MB (peak ${afterThree.peak.toFixed(0)} MB); with the 20 MB one too: ${twenty.rss.toFixed(0)} MB (peak ${twenty.peak.toFixed(0)} MB)`);
	console.log(`server peak RSS with the catalogue and one 100 KB draft, typed in: ${one.peak.toFixed(0)} MB`);
	console.log(`versions published more than once: ${twice.length === 0 ? 'none' : twice.join(', ')}; in-process keystrokes reparsed in place: ${inPlace} of ${SIZES.length * 30}`
		+ (reparseMisses.size > 0 ? ` (full parse: ${[...reparseMisses].map(([k, n]) => `${k} ${n}`).join(', ')})` : ''));
	console.log('targets: keystroke ≤ 5 ms at 100 KB, ≤ 10 ms at 1 MB, ≤ 25 ms at 5 MB; open ≤ 50 ms at 1 MB, ≤ 250 ms at 5 MB; full analysis of 1 MB ≤ 25 ms; '
		+ 'peak RSS ≤ 180 MB (three documents), ≤ 90 MB (one 100 KB draft); start → first diagnostics ≤ 200 ms');
}
