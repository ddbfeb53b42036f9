/**
 * `npm run conformance`: every official AKN4UN file of ../shared (GA resolutions 74–80 and emergency sessions,
 * ECOSOC and Human Rights Council resolutions, GA decisions; English, French, Spanish) imported as a unres draft,
 * read back and checked. Prints a table by language and session: files, structure agreement, files with any
 * error or warning, and the rules that fire most. `--json FILE` writes every verdict; `--list` prints every
 * disagreement; `--only ga-resolutions,...` limits the collections; `--dir DIR` reads a tree already unpacked
 * (`DIR/<collection>/…`, kept afterwards) instead of unpacking the archives; `--every N` checks every N-th file only
 * (a quick sample while working).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cleanUp, COLLECTIONS, evaluate, extract, sharedAvailable, walk, type Collection, type Verdict } from '../test/helpers/conformance';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { KNOWN_CITATIONS } from '../test/unit/akn/knownCitations';
import { KNOWN_FAULTS, unexplained } from '../test/unit/akn/knownFaults';

const args = process.argv.slice(2);
// GA decisions are not resolutions (no organ line, no preamble): run them with `--only ga-decisions`.
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1].split(',') as Collection[]) : COLLECTIONS.filter((c) => c !== 'ga-decisions');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const given = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
const every = args.includes('--every') ? Math.max(1, Number(args[args.indexOf('--every') + 1]) || 1) : 1;

if (!sharedAvailable()) {
	console.log('conformance: ../shared/data/raw/unxml-*/xml_en_fr_es.tar.xz not found: nothing to check.');
	process.exit(0);
}

// The bundle runs from out/scripts/: the catalogue is read from the checkout's server/data.
const catalog = loadBuiltinCatalog(path.resolve(__dirname, '..', '..', 'server', 'data', 'catalog.json'));
if (catalog.loadError) {
	console.log(`conformance: the built-in catalogue could not be read (${catalog.loadError}).`);
	process.exit(1);
}
const started = Date.now();
const dir = given ?? extract(only);
const verdicts: Verdict[] = [];
try {
	const files = only.flatMap((c) => walk(path.join(dir, c)).filter((f) => f.endsWith('.xml')));
	for (const file of files.filter((_, i) => i % every === 0)) {
		const rel = path.relative(dir, file);
		verdicts.push(evaluate(readFileSync(file, 'utf8'), rel, catalog));
	}
} finally {
	if (!given) {
		cleanUp(dir);
	}
}

interface Row { files: number; agree: number; listed: number; flagged: number; explained: number; rules: Map<string, number> }
const structureFaults = new Set(KNOWN_FAULTS.filter((k) => k.kind === 'structure' && k.whose === 'fault').map((k) => k.file));
const rows = new Map<string, Row>();
const rowOf = (key: string) => rows.get(key) ?? rows.set(key, { files: 0, agree: 0, listed: 0, flagged: 0, explained: 0, rules: new Map() }).get(key)!;
for (const v of verdicts) {
	for (const key of [`${v.lang}\t${v.group}`, `${v.lang}\tall`]) {
		const row = rowOf(key);
		row.files++;
		if (v.differences.length === 0) {
			row.agree++;
		} else if (structureFaults.has(v.file)) {
			row.listed++;
		}
		if (v.diagnostics.length > 0) {
			row.flagged++;
			if (unexplained(v).length === 0) {
				row.explained++;
			}
		}
		for (const d of v.diagnostics) {
			row.rules.set(d.rule, (row.rules.get(d.rule) ?? 0) + 1);
		}
	}
}
const order = (a: string, b: string) => {
	const [la, ga] = a.split('\t');
	const [lb, gb] = b.split('\t');
	return la.localeCompare(lb) || (ga === 'all' ? 1 : gb === 'all' ? -1 : ga.localeCompare(gb, 'en', { numeric: true }));
};
const lines = ['| lang | session | files | structure agrees | agrees or a listed fault of the XML | files with error/warning (explained) | top rules firing |', '|---|---|---:|---:|---:|---:|---|'];
for (const key of [...rows.keys()].sort(order)) {
	const row = rows.get(key)!;
	const [lang, group] = key.split('\t');
	const top = [...row.rules].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r, n]) => `${r} ${n}`).join(', ');
	const pct = ((100 * row.agree) / row.files).toFixed(1);
	const label = group === 'all' ? '**all**' : group;
	const withListed = ((100 * (row.agree + row.listed)) / row.files).toFixed(1);
	lines.push(`| ${lang} | ${label} | ${row.files} | ${row.agree} (${pct}%) | ${row.agree + row.listed} (${withListed}%) | ${row.flagged} (${row.explained}) | ${top} |`);
}
console.log(lines.join('\n'));
const total = verdicts.length;
const agree = verdicts.filter((v) => v.differences.length === 0).length;
console.log(`\n${total} files, structure agrees on ${agree} (${((100 * agree) / total).toFixed(2)}%), ${verdicts.filter((v) => v.diagnostics.length > 0).length} with an error or warning; ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (args.includes('--list')) {
	for (const v of verdicts.filter((x) => x.differences.length > 0 || x.diagnostics.length > 0)) {
		const off = new Set(unexplained(v));
		console.log(`${v.file}\t${v.symbol ?? ''}\t${v.differences.join('; ')}\t${v.diagnostics.map((d) => `${d.rule}:${d.line}${off.has(d) ? '' : ' (listed)'}`).join(' ')}`);
	}
}
// A listed citation that no file writes any more is stale (said only over the whole suite).
if (every === 1 && !args.includes('--only')) {
	const met = new Set(verdicts.flatMap((v) => v.diagnostics.map((d) => `${d.rule}\t${d.message}`)));
	const stale = KNOWN_CITATIONS.filter((k) => !met.has(`${k.rule}\t${k.message}`));
	if (stale.length > 0) {
		console.log(`\nknownCitations.ts entries no file meets any more: ${stale.map((k) => k.message).join(' | ')}`);
	}
	// So is a file's entry whose file now agrees, or no longer gets a diagnostic of a listed rule.
	const byFile = new Map(verdicts.map((v) => [v.file, v]));
	const staleFaults = KNOWN_FAULTS.flatMap((k) => {
		const v = byFile.get(k.file);
		if (!v) {
			return [];
		}
		if (k.kind === 'structure') {
			return v.differences.length === 0 ? [`${k.file} (structure agrees)`] : [];
		}
		return (k.rules ?? []).filter((r) => !v.diagnostics.some((d) => d.rule === r)).map((r) => `${k.file} (no ${r})`);
	});
	if (staleFaults.length > 0) {
		console.log(`\nknownFaults entries no longer met (take them out): ${staleFaults.join(' | ')}`);
	}
}
if (jsonOut) {
	writeFileSync(jsonOut, JSON.stringify(verdicts, null, 1));
}
