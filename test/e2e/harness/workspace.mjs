// Builds the folder the tests and the demo open: a fresh temporary directory, never ../shared itself.
//   - the French reference document from ../shared/samples (when present), renamed so the extension claims it;
//   - derived drafts: copies of the reference with one deliberate change each (for diagnostics and quick fixes);
//   - the repository's own drafts from test/e2e/workspace/ (always; they stand in when ../shared is missing).
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { referenceFileName, referenceSample, repoRoot } from './paths.mjs';

export const ownDraftsDir = path.join(repoRoot, 'test', 'e2e', 'workspace');

/**
 * Copies of the reference document with one change each. Add an entry here when a test needs a draft with a
 * specific fault, and give the in-host suite (test/e2e/suite/fixtures.ts) the same file name.
 * `mutate` receives the reference text and must change it (an unchanged copy is an error: the sample moved on).
 */
export const derivedDrafts = [
	{
		name: 'A-RES-75-10.fr.mutated.unres.md',
		what: 'operative paragraph 15 ends with a full stop instead of " ;" (only the last one may)',
		mutate: (text) => text.replace(/^(15\. \*Prie\*[^\n]*?)[ \u00a0\u202f]?;[ \t]*$/m, '$1.'),
	},
];

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
	let reference;
	if ((options.withReference ?? true) && existsSync(referenceSample)) {
		const text = readFileSync(referenceSample, 'utf8');
		reference = path.join(dir, referenceFileName);
		writeFileSync(reference, text);
		files.push(referenceFileName);
		for (const draft of derivedDrafts) {
			const changed = draft.mutate(text);
			if (changed === text) throw new Error(`derived draft ${draft.name}: the mutation (${draft.what}) changed nothing`);
			writeFileSync(path.join(dir, draft.name), changed);
			files.push(draft.name);
		}
	}
	return { dir, reference, files: files.sort() };
}
