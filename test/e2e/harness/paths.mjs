// Where things are: the repository, the shared samples beside it, the code-server cache, the artifacts.
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** ../shared beside the clone (CI lays it there); UNRES_SHARED overrides. May not exist. */
export const sharedDir = path.resolve(process.env.UNRES_SHARED ?? path.join(repoRoot, '..', 'shared'));

/** The French reference document, when ../shared is there. */
export const referenceSample = path.join(sharedDir, 'samples', 'fr', 'A-RES-75-10.fr.md');
export const referenceFileName = 'A-RES-75-10.fr.unres.md';

export const cacheDir = path.resolve(process.env.UNRES_CACHE ?? path.join(os.homedir(), '.cache', 'unres'));
export const codeServerVersion = process.env.UNRES_CODE_SERVER ?? '4.100.3';
export const codeServerDir = path.join(cacheDir, `code-server-${codeServerVersion}`);
export const codeServerBin = path.join(codeServerDir, 'node_modules', '.bin', 'code-server');

export const chromiumPath = process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium';

/** Test artifacts (screenshots, logs): gitignored. */
export const resultsDir = path.join(repoRoot, 'test-results', 'e2e');

/** Compiled in-host suite (test/e2e/tsconfig.json). */
export const suiteIndex = path.join(repoRoot, 'out-e2e', 'suite', 'index.js');

export function assertBuilt() {
	const missing = ['dist/extension.js', 'dist/server.js'].filter((f) => !existsSync(path.join(repoRoot, f)));
	if (missing.length) {
		throw new Error(`extension not built (missing ${missing.join(', ')}): run \`npm run build\``);
	}
}
