/**
 * Builds `server/data/catalog.json`, the offline resolution catalogue, from the raw data in `../shared/data/raw`
 * (each folder documents its origin and known errors in a SOURCE.md). Only facts are generated: symbols, dates,
 * titles, votes, meetings, drafts, agenda items, record ids.
 *
 *   node out/scripts/build-catalog.js [rawDir] [--out file] [--verbose]
 *
 * Where sources disagree the spec's precedence decides (spec §6): the resolution's own text, then the UN
 * meetings tables (Security Council), then vote records, then dated citations in later texts; the known errors
 * listed in the SOURCE.md files override it. Every disagreement is reported.
 *
 * Not used: unvotes-dgrtwo. Its roll-call dates disagree with the UNDL records for 863 of the resolutions both
 * have (its SOURCE.md calls the old ones unreliable), and it would add only 18 dates and no tallies.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCatalog, serialize } from './catalog/build';
import { type BuildReport, type Conflict, repoRoot } from './catalog/facts';

export { buildCatalog, serialize } from './catalog/build';
export type { BuildReport } from './catalog/facts';

// ---------- command line ----------

function printReport(report: BuildReport, verbose: boolean): void {
	console.log('Catalogue counts:');
	for (const [k, v] of Object.entries(report.counts)) {
		console.log(`  ${k.padEnd(22)} ${v}`);
	}
	console.log('GA sessions (71 on, and any complete one):');
	for (const s of report.sessions.filter((v) => v.complete || v.session >= 71)) {
		console.log(`  ${s.session}: ${s.complete ? 'COMPLETE' : 'incomplete'} (${s.known} known, last ${s.last}) — ${s.reason}`);
	}
	const groups = new Map<string, Conflict[]>();
	for (const c of report.conflicts) {
		const g = `${c.field}: ${c.chosenFrom} over ${c.rejectedFrom} — ${c.why}`;
		groups.set(g, [...(groups.get(g) ?? []), c]);
	}
	console.log(`Conflicts resolved: ${report.conflicts.length}`);
	for (const [g, list] of [...groups.entries()].sort((x, y) => x[0].localeCompare(y[0]))) {
		const shown = verbose || list[0].field === 'date' ? list : list.slice(0, 3);
		console.log(`  ${list.length} × ${g}`);
		for (const c of shown) {
			console.log(`      ${c.key}: kept ${c.chosen} | rejected ${c.rejected}`);
		}
		if (shown.length < list.length) {
			console.log(`      … ${list.length - shown.length} more (--verbose)`);
		}
	}
	if (report.titles) {
		const t = report.titles;
		console.log(`Official XML files read: ${t.files.en} English, ${t.files.fr} French, ${t.files.es} Spanish`);
		console.log(`Titles quoted in them: ${t.quotes}, naming ${t.quotedPairs} (symbol, language) pairs; ${t.quotedDisagreements} pairs quoted in more than one form (the most frequent kept)`);
	}
	console.log(`Problems: ${report.problems.length}`);
	for (const p of report.problems) {
		console.log(`  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
	}
	console.log('Skipped (other bodies, drafts, amendments, unreadable symbols):');
	for (const [f, n] of Object.entries(report.skipped)) {
		console.log(`  ${f}: ${n}`);
	}
}

function main(argv: string[]): void {
	const root = repoRoot();
	const verbose = argv.includes('--verbose');
	const outAt = argv.indexOf('--out');
	const out = outAt >= 0 ? path.resolve(argv[outAt + 1]) : path.join(root, 'server', 'data', 'catalog.json');
	const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--out');
	const rawDir = path.resolve(positional[0] ?? path.join(root, '..', 'shared', 'data', 'raw'));
	const { file, report } = buildCatalog(rawDir);
	printReport(report, verbose);
	const text = serialize(file);
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, text);
	console.log(`Wrote ${path.relative(process.cwd(), out)}: ${file.rows.length} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, data through ${file.dataThrough}`);
	console.log(`GA sessions complete: ${file.gaSessions.complete.join(', ') || 'none'}; SC last: ${file.sc.last}`);
}

if (require.main === module) {
	main(process.argv.slice(2));
}

