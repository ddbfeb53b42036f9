import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** The repository root, from a compiled test in `out/test/...` or a source file in `test/...`. */
export const ROOT = (() => {
	let dir = __dirname;
	while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'out') {
		dir = path.dirname(dir);
	}
	return dir;
})();

/** `../shared` beside the repository: real documents that are not ours to copy. */
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SAMPLE_FR = path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md');
export const CORPUS_EN = path.join(SHARED, 'corpus', 'en');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** Skips the calling test with a visible reason when ../shared is not there. */
export function requireShared(ctx: Mocha.Context, file: string): void {
	if (!existsSync(file)) {
		console.warn(`      (skipped: ${path.relative(ROOT, file)} is absent: the shared documents are not beside this checkout)`);
		ctx.skip();
	}
}
