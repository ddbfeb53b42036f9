// Builds the folder the tests and the demo open: a fresh temporary directory, never ../shared itself.
//   - the French reference document from ../shared/samples (when present), renamed so the extension claims it;
//   - derived drafts: copies of the reference with one deliberate change each (for diagnostics and quick fixes);
//   - the repository's own drafts from test/e2e/workspace/ (always; they stand in when ../shared is missing),
//     and copies of them with one fault each (the fallbacks of the derived drafts).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referenceFileName, referenceSample, repoRoot } from './paths.mjs';

export const ownDraftsDir = path.join(repoRoot, 'test', 'e2e', 'workspace');

/**
 * Removes operative paragraph `n` with everything up to paragraph n + 1 (its sub-paragraphs, its footnote
 * texts), so that n - 1 is followed by n + 1. Returns the text unchanged when either line is missing.
 */
export function withoutOperativeParagraph(text, n) {
	const start = new RegExp(`^${n}\\. `, 'm').exec(text);
	const next = new RegExp(`^${n + 1}\\. `, 'm').exec(text);
	if (!start || !next || next.index < start.index) return text;
	return text.slice(0, start.index) + text.slice(next.index);
}

/** Runs the changes in turn; each one must change the text (else the sample moved on and the draft is wrong). */
function steps(...changes) {
	return (text) =>
		changes.reduce((t, change, i) => {
			const changed = change(t);
			if (changed === t) throw new Error(`step ${i + 1} changed nothing`);
			return changed;
		}, text);
}

/**
 * Copies of a draft with one fault each, for diagnostics and quick fixes. `from` is 'reference' (made only when
 * ../shared is there) or the file name of one of the own drafts (always made: the fallbacks). Add an entry here
 * when a test needs a draft with a specific fault, and give the in-host suite (test/e2e/suite/fixtures.ts) the
 * same file name. `mutate` receives the text and must change it (an unchanged copy is an error: the sample
 * moved on).
 */
export const derivedDrafts = [
	{
		name: 'A-RES-75-10.fr.mutated.unres.md',
		from: 'reference',
		what: 'operative paragraph 15 ends with a full stop instead of " ;" (only the last one may)',
		mutate: (text) => text.replace(/^(15\. \*Prie\*[^\n]*?)[ \u00a0\u202f]?;[ \t]*$/m, '$1.'),
	},
	{
		name: 'A-RES-75-10.fr.gap.unres.md',
		from: 'reference',
		what: 'operative paragraph 5 deleted, so 4 is followed by 6; paragraph 15 refers to "paragraphe 13 ci-dessus"',
		mutate: steps(
			(text) => withoutOperativeParagraph(text, 5),
			(text) => text.replace(/^(15\. \*Prie\*[^\n]*?de la présente résolution)(?=[ \u00a0\u202f]?;[ \t]*$)/m, '$1, notamment du paragraphe 13 ci-dessus'),
		),
	},
	{
		name: 'projet-cooperation.fr.gap.unres.md',
		from: 'projet-cooperation.fr.unres.md',
		what: 'operative paragraph 2 and its sub-paragraphs deleted, so 1 is followed by 3 (the fallback without ../shared)',
		mutate: (text) => withoutOperativeParagraph(text, 2),
	},
];

function writeDerived(dir, draft, text, files) {
	let changed;
	try {
		changed = draft.mutate(text);
	} catch (err) {
		throw new Error(`derived draft ${draft.name}: the mutation (${draft.what}) failed: ${err.message}`);
	}
	if (changed === text) throw new Error(`derived draft ${draft.name}: the mutation (${draft.what}) changed nothing`);
	writeFileSync(path.join(dir, draft.name), changed);
	files.push(draft.name);
}

/**
 * @param {{ dir?: string, withReference?: boolean }} [options]
 * @returns {{ dir: string, reference?: string, files: string[] }}
 */
export function prepareWorkspace(options = {}) {
	const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'unres-ws-'));
	const files = [];
	for (const name of readdirSync(ownDraftsDir)) {
		cpSync(path.join(ownDraftsDir, name), path.join(dir, name), { recursive: true });
		files.push(name);
	}
	for (const draft of derivedDrafts.filter((d) => d.from !== 'reference')) {
		writeDerived(dir, draft, readFileSync(path.join(ownDraftsDir, draft.from), 'utf8'), files);
	}
	let reference;
	if ((options.withReference ?? true) && existsSync(referenceSample)) {
		const text = readFileSync(referenceSample, 'utf8');
		reference = path.join(dir, referenceFileName);
		writeFileSync(reference, text);
		files.push(referenceFileName);
		for (const draft of derivedDrafts.filter((d) => d.from === 'reference')) writeDerived(dir, draft, text, files);
	}
	return { dir, reference, files: files.sort() };
}
