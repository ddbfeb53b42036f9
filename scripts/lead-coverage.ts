/**
 * Lead-phrase coverage on real texts (issue 19, item 1): every paragraph opening of the corpus, the samples and the
 * official AKN4UN texts (GA, ECOSOC, HRC resolutions in English, French and Spanish) in ../shared, checked with
 * `unknown-lead-phrase`. Prints, per language, how many paragraph openings are recognised and the openings most
 * often reported. `npm run lead-coverage` (`-- --quick` reads the first 150 official files per language only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readAkn, toMarkdown } from '../server/src/akn';
import { checkText } from '../server/src/check/check';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { cleanUp, extract, walk } from '../test/helpers/conformance';
import { SHARED } from '../test/helpers/paths';

interface Tally { paragraphs: number; unknown: number; texts: number; openings: Map<string, number> }

const catalog = loadBuiltinCatalog();
const tallies = new Map<string, Tally>();
const quick = process.argv.includes('--quick');
/** `--dump FILE`: every reported opening with its count, as TSV, to study what is missed. */
const dumpAt = process.argv.indexOf('--dump');
const dump = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;

function count(text: string, lang: string | undefined, source: string): void {
	const { doc, results } = checkText(text, { ...(lang ? { lang: lang as 'en' } : {}), catalog });
	const key = `${source} ${doc.lang}`;
	const t = tallies.get(key) ?? { paragraphs: 0, unknown: 0, texts: 0, openings: new Map() };
	tallies.set(key, t);
	t.texts++;
	t.paragraphs += doc.preamble.length + doc.operativeParts.reduce((n, p) => n + p.paragraphs.length, 0);
	for (const r of results.filter((x) => x.rule.id === 'unknown-lead-phrase')) {
		t.unknown++;
		const words = text.slice(r.finding.span.start, r.finding.span.start + 60).replace(/[*_]/g, '').split(/\s+/).slice(0, 3).join(' ');
		t.openings.set(words, (t.openings.get(words) ?? 0) + 1);
	}
}

function files(dir: string): string[] {
	return existsSync(dir) ? walk(dir).filter((f) => /\.(?:txt|md)$/.test(f) && !/README|INDEX/.test(f)) : [];
}

for (const f of [...files(path.join(SHARED, 'corpus')), ...files(path.join(SHARED, 'samples'))]) {
	count(readFileSync(f, 'utf8'), undefined, 'texts');
}
const dir = extract(['ga-resolutions', 'ecosoc-resolutions', 'hrc-resolutions']);
try {
	const seen = new Map<string, number>();
	for (const f of walk(dir).filter((x) => x.endsWith('.xml'))) {
		const read = readAkn(readFileSync(f, 'utf8'));
		const res = read.resolution;
		const lang = res?.lang && ['en', 'fr', 'es'].includes(res.lang) ? res.lang : undefined;
		if (!res || !lang) {
			continue;
		}
		const n = seen.get(lang) ?? 0;
		if (quick && n >= 150) {
			continue;
		}
		seen.set(lang, n + 1);
		count(toMarkdown(res), lang, 'akn4un');
	}
} finally {
	cleanUp(dir);
}
if (dump) {
	writeFileSync(dump, [...tallies].flatMap(([key, t]) => [...t.openings].sort((a, b) => b[1] - a[1]).map(([w, n]) => `${key}\t${w}\t${n}`)).join('\n') + '\n');
}
for (const [key, t] of [...tallies].sort()) {
	const covered = t.paragraphs === 0 ? 100 : (100 * (t.paragraphs - t.unknown)) / t.paragraphs;
	console.log(`${key}: ${t.texts} texts, ${t.paragraphs} paragraphs, ${t.unknown} unknown lead phrases, coverage ${covered.toFixed(2)}%`);
	const top = [...t.openings].sort((a, b) => b[1] - a[1]).slice(0, 25);
	console.log(`  most reported: ${top.map(([w, n]) => `${w} (${n})`).join('; ')}`);
}
