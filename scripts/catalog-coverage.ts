/**
 * `npm run catalog:coverage`: how many resolutions and decisions of the built-in catalogue have a title, in English,
 * French and Spanish, by body and GA session range. Prints a Markdown table (the README's); asserts nothing.
 *
 *   node out/scripts/catalog-coverage.js [server/data/catalog.json]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../server/src/catalog/catalog';
import type { CatalogEntry } from '../server/src/catalog/entry';
import { repoRoot } from './catalog/facts';

interface Row {
	readonly label: string;
	readonly test: (e: CatalogEntry) => boolean;
}

const ga = (from: number, to: number) => (e: CatalogEntry) =>
	e.body === 'GA' && e.kind === 'resolution' && e.sessionKind === 'regular' && (e.session ?? 0) >= from && (e.session ?? 0) <= to;

export const ROWS: readonly Row[] = [
	{ label: 'GA resolutions, sessions 1–30', test: ga(1, 30) },
	{ label: 'GA resolutions, sessions 31–50', test: ga(31, 50) },
	{ label: 'GA resolutions, sessions 51–70', test: ga(51, 70) },
	{ label: 'GA resolutions, sessions 71–73', test: ga(71, 73) },
	{ label: 'GA resolutions, sessions 74–80', test: ga(74, 80) },
	{ label: 'GA resolutions, special and emergency special sessions', test: (e) => e.body === 'GA' && e.kind === 'resolution' && e.sessionKind !== 'regular' },
	{ label: 'GA decisions', test: (e) => e.body === 'GA' && e.kind === 'decision' },
	{ label: 'ECOSOC resolutions and decisions', test: (e) => e.body === 'ECOSOC' },
	{ label: 'HRC resolutions and decisions', test: (e) => e.body === 'HRC' },
];

export interface Coverage {
	readonly label: string;
	readonly total: number;
	readonly en: number;
	readonly fr: number;
	readonly es: number;
}

/** Counts per row; parts and stubs (numbers known only by the numbering) are left out. */
export function coverage(catalog: Catalog): Coverage[] {
	const out = ROWS.map((r) => ({ label: r.label, total: 0, en: 0, fr: 0, es: 0 }));
	for (const key of catalog.keys()) {
		const e = catalog.get(key);
		if (!e || e.part || e.stub) {
			continue;
		}
		const i = ROWS.findIndex((r) => r.test(e));
		if (i < 0) {
			continue;
		}
		const c = out[i];
		c.total++;
		c.en += e.title ? 1 : 0;
		// A French or Spanish title equal to the English one is not stored: the English one counts for it.
		c.fr += e.titleFr ? 1 : 0;
		c.es += e.titleEs ? 1 : 0;
	}
	return out;
}

function main(argv: string[]): void {
	const file = path.resolve(argv[0] ?? path.join(repoRoot(), 'server', 'data', 'catalog.json'));
	const catalog = new Catalog(fs.readFileSync(file, 'utf8'), file);
	const pct = (n: number, total: number) => (total ? `${n} (${Math.round((100 * n) / total)} %)` : '0');
	console.log('| resolutions (parts and stubs left out) | in the catalogue | English title | French title | Spanish title |');
	console.log('|---|---:|---:|---:|---:|');
	for (const c of coverage(catalog)) {
		console.log(`| ${c.label} | ${c.total} | ${pct(c.en, c.total)} | ${pct(c.fr, c.total)} | ${pct(c.es, c.total)} |`);
	}
}

if (require.main === module) {
	main(process.argv.slice(2));
}
