/**
 * `npm run real-samples`: rewrites test/unit/rules/realSamples.known.json from what unres finds now on the texts of
 * ../shared outside the corpus (version sets, amendments, negotiation excerpts, press release), for after a change
 * that moves or removes findings. A finding keeps its reason when the file's findings of that rule all had one reason;
 * a new one gets the reason "REVIEW", which the test rejects until someone writes why it is there.
 * Mocha's spec pattern (`*.test.js`) does not pick up the bundle it runs from (out/test/unit/rules/real-samples.js).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { check, describe } from '../test/unit/rules/harness';
import { repoRoot } from './catalog/facts';

type Entry = [number, string, string];
interface Known {
	about: string;
	reasons: Record<string, string>;
	files: Record<string, Entry[]>;
}

const ROOT = repoRoot();
const FILE = path.join(ROOT, 'test', 'unit', 'rules', 'realSamples.known.json');
const SAMPLES = path.join(ROOT, '..', 'shared', 'samples');

function main(): void {
	// Bundled to out/test/unit/rules, where the tests find the built-in catalogue: without it no date is checked.
	const error = loadBuiltinCatalog().loadError;
	if (error) {
		throw new Error(error);
	}
	const known = JSON.parse(readFileSync(FILE, 'utf8')) as Known;
	let changed = 0;
	let review = 0;
	for (const [file, before] of Object.entries(known.files)) {
		const reasonOf = new Map<string, Set<string>>();
		before.forEach(([, rule, reason]) => reasonOf.set(rule, (reasonOf.get(rule) ?? new Set()).add(reason)));
		const { results, lines } = check(readFileSync(path.join(SAMPLES, file), 'utf8'));
		const found = describe(results.filter((r) => r.severity === 'error' || r.severity === 'warning'), lines)
			.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
		const after: Entry[] = found.map((d) => {
			const same = before.find(([line, rule]) => line === d.line && rule === d.rule);
			const reasons = reasonOf.get(d.rule);
			const reason = same?.[2] ?? (reasons?.size === 1 ? [...reasons][0] : 'REVIEW');
			review += reason === 'REVIEW' ? 1 : 0;
			return [d.line, d.rule, reason];
		});
		if (JSON.stringify(after) !== JSON.stringify(before)) {
			changed++;
			known.files[file] = after;
		}
	}
	const text = JSON.stringify(known, null, '\t').replace(/\[\n\t+(\d+),\n\t+("[^"]+"),\n\t+("[^"]+")\n\t+\]/g, '[$1, $2, $3]');
	writeFileSync(FILE, `${text}\n`);
	console.log(`${changed} files changed; ${review} findings to review (reason "REVIEW")`);
}

main();
