/**
 * Prints how fast the built-in catalogue loads and answers, against the targets: load ≤ 150 ms, symbol lookup
 * ≤ 2 µs, completion answer ≤ 20 ms, file ≤ 3 MB. Numbers to read, not a test.
 *
 *   node out/scripts/bench-catalog.js [server/data/catalog.json]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../server/src/catalog/catalog';
import { normalizeSymbol } from '../server/src/catalog/symbols';
import { citationCompletions, warmCitationCompletion } from '../server/src/features/citationCompletion';
import { citationHover } from '../server/src/features/citationHover';
import { LineMap } from '../server/src/parser/lines';
import { parse } from '../server/src/parser/parse';

const file = path.resolve(process.argv[2] ?? path.join('server', 'data', 'catalog.json'));

function ms(start: bigint): number {
	return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
	const size = fs.statSync(file).size;

	// Load: read the file, parse it, index the keys (forced by the first lookup). Fresh each round.
	const loads: number[] = [];
	let catalog = new Catalog('');
	for (let round = 0; round < 7; round++) {
		const start = process.hrtime.bigint();
		catalog = new Catalog(fs.readFileSync(file, 'utf8'), file);
		catalog.get('A/RES/71/19');
		loads.push(ms(start));
	}

	const keys = [...catalog.keys()];
	const written = keys.map((k) => (k.startsWith('S/RES/') ? `${k.slice(6)} (2000)` : k.replace(/^A\/RES\/(\d+\/)/, '$1')));
	const probes = 200_000;
	const pick = (i: number): number => (i * 7919) % keys.length;

	// First lookups decode rows; later ones are served from the decoded entries.
	let start = process.hrtime.bigint();
	for (const k of keys) {
		catalog.get(k);
	}
	const cold = (ms(start) * 1e3) / keys.length;

	start = process.hrtime.bigint();
	let found = 0;
	for (let i = 0; i < probes; i++) {
		found += catalog.get(keys[pick(i)]) ? 1 : 0;
		found += catalog.get(`A/RES/99/${i}`) ? 1 : 0;
	}
	const warm = (ms(start) * 1e3) / (2 * probes);

	start = process.hrtime.bigint();
	for (let i = 0; i < probes; i++) {
		found += catalog.get(normalizeSymbol(written[pick(i)]) ?? '') ? 1 : 0;
	}
	const normalized = (ms(start) * 1e3) / probes;

	start = process.hrtime.bigint();
	catalog.searchTitle('human rights');
	const firstSearch = ms(start);
	const queries = ['countering information criminal', 'question of', 'nuclear', 'rights child', 'palest refug', 'interpol', 'women', 'sustainable development'];
	const searches: number[] = [];
	for (let round = 0; round < 20; round++) {
		for (const q of queries) {
			start = process.hrtime.bigint();
			catalog.searchTitle(q, 20);
			searches.push(ms(start));
		}
	}

	// Completion: a fresh catalogue, so the first answer includes building the number index; then typical queries,
	// each on its own small draft (the parse is part of the answer, as in the server it is cached per version).
	const fresh = new Catalog(fs.readFileSync(file, 'utf8'), file);
	const at = (text: string) => {
		const offset = text.indexOf('|');
		const t = text.replace('|', '');
		return { a: { text: t, doc: parse(t), lines: new LineMap(t) }, offset };
	};
	const prompts = [
		'The General Assembly,\n\nRecalling its resolution 73/1|',
		'The General Assembly,\n\nRecalling its resolutions 71/19 of 21 November 2016 and 7|',
		"L'Assemblée générale,\n\nRappelant sa résolution 2019/|",
		'The General Assembly,\n\nRecalling Security Council resolution 21|',
		'The General Assembly,\n\nRecalling S/RES/|',
		'The General Assembly,\n\nRecalling its resolution countering inform|',
		'La Asamblea General,\n\nRecordando su resolución derechos del niño|',
	].map(at);
	fresh.get('A/RES/71/19');
	start = process.hrtime.bigint();
	warmCitationCompletion(fresh);
	const warmUp = ms(start);
	let items = 0;
	const completions: number[] = [];
	for (let round = 0; round < 30; round++) {
		for (const p of prompts) {
			start = process.hrtime.bigint();
			items += citationCompletions(p.a, p.offset, fresh)?.length ?? 0;
			completions.push(ms(start));
		}
	}
	const hoverDoc = at('The General Assembly,\n\nRecalling its resolutions 73/|187 of 17 December 2018 and 74/247 of 27 December 2019,\n');
	const hovers: number[] = [];
	for (let round = 0; round < 200; round++) {
		start = process.hrtime.bigint();
		items += citationHover(hoverDoc.a, hoverDoc.offset, fresh, 'en') ? 1 : 0;
		hovers.push(ms(start));
	}

	const row = (label: string, value: string, target = ''): void => console.log(`${label.padEnd(42)} ${value.padStart(12)}  ${target}`);
	console.log(`${path.relative(process.cwd(), file)}: ${catalog.size} rows (${found > 0 ? 'lookups ok' : 'NO HITS'})`);
	row('file size', `${(size / 1024 / 1024).toFixed(2)} MB`, 'target ≤ 3 MB');
	row('load (read + parse + index), median of 7', `${median(loads).toFixed(1)} ms`, 'target ≤ 150 ms');
	row('load, first round', `${loads[0].toFixed(1)} ms`);
	row('lookup get(key), mean, warm', `${warm.toFixed(3)} µs`, 'target ≤ 2 µs');
	row('lookup get(key), mean, first time (decode)', `${cold.toFixed(3)} µs`);
	row('lookup get(normalizeSymbol(text)), mean', `${normalized.toFixed(3)} µs`);
	row('title search, first (builds the index)', `${firstSearch.toFixed(1)} ms`);
	row('title search, median', `${median(searches).toFixed(3)} ms`);
	row('title search, worst', `${Math.max(...searches).toFixed(3)} ms`);
	row('completion indexes (built once, when idle)', `${warmUp.toFixed(1)} ms`);
	row('completion answer, median', `${median(completions).toFixed(3)} ms`, 'target ≤ 20 ms');
	row('completion answer, worst', `${Math.max(...completions).toFixed(3)} ms`, `(${items} items in all)`);
	row('hover answer, median', `${median(hovers).toFixed(3)} ms`);
}

main();
