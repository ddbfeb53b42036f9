/**
 * `npm run bench`: speed and memory of unres on inputs made from the real texts in ../shared, with a peer
 * (markdownlint) and a floor (one regular expression over the lines) measured in the same run. Prints numbers;
 * it asserts nothing — the targets of the performance issue are printed beside the figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { browserFigures } from './benchBrowser';
import { best, floor, grow, issueTable } from './benchIssue';
import type { CatalogLike } from '../server/src/catalog/catalog';
import { checkText } from '../server/src/check/check';
import { runRules } from '../server/src/features/diagnostics';
import { splitCompilation } from '../server/src/parser/compilation';
import { parseVersion } from '../server/src/parser/parse';
import { createContext } from '../server/src/rules/types';
import { compareVersions } from '../server/src/versions/compare';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');
const SIZES = [10e3, 100e3, 1e6, 5e6];

function inputs(): Record<string, string> {
	const sample = readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const corpusDir = path.join(SHARED, 'corpus', 'en');
	const corpus = readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8')).join('\n\n');
	const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
	const toNumber = (s: string) => [...s].map((c) => digits.indexOf(c)).join('');
	// The same French text with Markdown footnotes instead of superscripts.
	const markdown = sample
		.replace(/^([⁰¹²³⁴⁵⁶⁷⁸⁹]+) /gm, (_m, n: string) => `[^${toNumber(n)}]: `)
		.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (n) => `[^${toNumber(n)}]`);
	return { 'superscript (FR sample)': sample, 'markdown [^n] (FR sample)': markdown, 'plain PDF text (EN corpus)': corpus };
}

let catalog: CatalogLike | undefined;

/** Parse and every rule, with the built-in catalogue (loaded once, before the timings) as the server has it. */
function analyse(text: string): number {
	catalog ??= loadBuiltinCatalog(path.join(ROOT, 'server', 'data', 'catalog.json'));
	const facts = parseVersion(text);
	return runRules(createContext(facts.doc, text, undefined, { catalog, facts })).length;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const mbs = (size: number, ms: number) => (size / 1e6 / (ms / 1000)).toFixed(1);

/** `unres compare` on the longest real version set (A/RES/79/145 → A/80/L.17), cut to 100 KB and whole (~200 KB). */
function compareFigure(): string {
	const dir = path.join(SHARED, 'samples', 'versions', 'plenary_80-109_sustainable-fisheries');
	const [base, draft] = ['base.txt', 'draft.txt'].map((f) => readFileSync(path.join(dir, f), 'utf8'));
	const cut = best(10, () => compareVersions(base.slice(0, 100e3), draft.slice(0, 100e3)));
	const whole = best(10, () => compareVersions(base, draft));
	return `compare two versions (A/RES/79/145 → A/80/L.17, parse both + align + word diffs): 100 KB each ${fmt(cut)} ms (target ≤ 50 ms); whole ${(base.length / 1e3).toFixed(0)} KB/${(draft.length / 1e3).toFixed(0)} KB ${fmt(whole)} ms`;
}

/** Compilations (decision 20): the split alone, and a file of the 35 real texts checked text by text against one by one. */
function compilationFigure(): string {
	catalog ??= loadBuiltinCatalog(path.join(ROOT, 'server', 'data', 'catalog.json'));
	const corpusDir = path.join(SHARED, 'corpus', 'en');
	const texts = [...readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8')), readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8')];
	const joined = texts.join('\n\n');
	const single = grow(texts[texts.length - 1], 1e6).replace(/^L['’]Assemblée générale,$/gm, 'Rappelant,');
	const split = best(10, () => splitCompilation(joined));
	const one = best(10, () => splitCompilation(single));
	// Warm both paths first: the first runs of the per-text path compile code the one-by-one runs then reuse.
	for (let i = 0; i < 3; i++) {
		checkText(joined, { catalog });
		texts.forEach((t) => checkText(t, { catalog }));
	}
	const together = best(5, () => checkText(joined, { catalog }));
	const apart = best(5, () => texts.forEach((t) => checkText(t, { catalog })));
	return `compilation of the ${texts.length} real texts (${(joined.length / 1e3).toFixed(0)} KB, ${splitCompilation(joined).length} texts found): split ${fmt(split)} ms; checked text by text ${fmt(together)} ms vs the texts one by one ${fmt(apart)} ms; the split of a 1 MB file of one text (one organ line) ${fmt(one)} ms`;
}

async function main(): Promise<void> {
	// markdownlint is ESM-only: loaded dynamically from this CommonJS script.
	const { lint } = await import('markdownlint/sync');
	if (!existsSync(SHARED)) {
		console.error(`bench: ${SHARED} is absent: the benchmark reads the real texts there`);
		process.exit(2);
	}
	const all = inputs();
	console.log(`unres benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
	if (existsSync(path.join(ROOT, 'dist', 'server.js'))) {
		await issueTable(ROOT, SHARED, lint);
		console.log('');
	}
	if (process.argv.includes('--lsp')) {
		return;
	}
	console.log('| input style | size | parse + all rules | throughput | floor (1 regexp/line) | × floor | markdownlint | unres faster by |');
	console.log('|---|---|---|---|---|---|---|---|');
	const growth: string[] = [];
	for (const [style, base] of Object.entries(all)) {
		const times: Record<number, number> = {};
		for (const size of SIZES) {
			const text = grow(base, size);
			analyse(text);
			const runs = size >= 5e6 ? 5 : size >= 1e6 ? 7 : 15;
			const t = best(runs, () => analyse(text));
			times[size] = t;
			const f = best(runs, () => floor(text));
			let peer = '';
			let ratio = '';
			if (size <= 1e6) {
				const m = best(size >= 1e6 ? 1 : 3, () => lint({ strings: { doc: text } }));
				peer = `${fmt(m)} ms`;
				ratio = `${(m / t).toFixed(0)}×`;
			}
			console.log(`| ${style} | ${size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`} | ${fmt(t)} ms | ${mbs(size, t)} MB/s | ${fmt(f)} ms | ${(t / f).toFixed(1)}× | ${peer} | ${ratio} |`);
		}
		growth.push(`${style}: ${(times[5e6] / times[1e6] / 5).toFixed(2)}× linear`);
	}
	console.log(`\ngrowth 1 MB → 5 MB (time ratio ÷ 5): ${growth.join('; ')}`);

	const sizes = ['dist/server.js', 'dist/extension.js', 'dist/cli.js', 'server/data/catalog.json', 'dist/unres.vsix'].map((f) => {
		const file = path.join(ROOT, f);
		return `${f} ${existsSync(file) ? `${(statSync(file).size / 1024).toFixed(0)} KB` : '(not built)'}`;
	});
	console.log(`sizes: ${sizes.join('; ')}`);
	console.log(compareFigure());
	console.log(compilationFigure());

	if (existsSync(path.join(ROOT, 'dist', 'browser', 'server.js'))) {
		for (const [k, v] of Object.entries(await browserFigures(ROOT, readFileSync(path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8')))) {
			console.log(`${k}: ${v}`);
		}
	}
	console.log('\ntargets: 1 MB ≤ 25 ms and ≤ 12× floor; growth ≤ 1.2× linear; first diagnostics ≤ 300 ms (web worker); ≥ 30× faster than markdownlint');
}

void main();
