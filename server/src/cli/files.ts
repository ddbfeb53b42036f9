import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { ignoredBy, ignoreRulesFor, withFolder, type IgnoreRules } from './gitignore';

/** File names `unres check` looks for inside folders. */
export const DRAFT_FILE = /\.unres(\.md|\.txt)?$/;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
const GLOB_CHARS = /[*?[\]{}]/;

/** Whether a path under a walked folder is left out (the `ignore` of the folder's configuration). */
export type Skip = (full: string) => boolean;

function walk(dir: string, out: string[], skip: Skip = () => false, ignores: readonly IgnoreRules[] = ignoreRulesFor(dir)): void {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			// An ignored folder is not entered: a configuration below it cannot bring it back, as with git.
			if (!SKIP_DIRS.has(entry.name) && !ignoredBy(ignores, full, true) && !skip(full)) {
				walk(full, out, skip, withFolder(ignores, full));
			}
		} else if (entry.isFile() && !ignoredBy(ignores, full, false)) {
			out.push(full);
		}
	}
}

export interface Expanded {
	/** Files to check, with `explicit` when named on the command line (checked whatever their name). */
	readonly files: { path: string; explicit: boolean }[];
	readonly errors: string[];
}

/** `.md` and `.txt` files in folders are checked when they hold a resolution (the predicate says). */
const MAYBE_DRAFT = /\.(md|txt)$/;

/**
 * Files, folders (their `*.unres`, `*.unres.md`, `*.unres.txt`, and `.md`/`.txt` files that `isResolution`
 * accepts, recursively, but what `.gitignore` files ignore) and globs (from `cwd`).
 */
export function expandArguments(args: readonly string[], cwd: string, isResolution: (file: string) => boolean = () => false, skipIn: (folder: string) => Skip = () => () => false): Expanded {
	const files: { path: string; explicit: boolean }[] = [];
	const errors: string[] = [];
	const seen = new Set<string>();
	const add = (file: string, explicit: boolean) => {
		const key = path.resolve(cwd, file);
		if (!seen.has(key)) {
			seen.add(key);
			files.push({ path: file, explicit });
		}
	};
	for (const arg of args) {
		const full = path.resolve(cwd, arg);
		if (existsSync(full)) {
			if (statSync(full).isDirectory()) {
				const found: string[] = [];
				walk(full, found, skipIn(full));
				for (const f of found.filter((f) => DRAFT_FILE.test(f) || (MAYBE_DRAFT.test(f) && isResolution(f)))) {
					add(path.relative(cwd, f) || f, false);
				}
			} else {
				add(arg, true);
			}
		} else if (GLOB_CHARS.test(arg)) {
			const match = picomatch(arg.split(path.sep).join('/'), { dot: false });
			const found: string[] = [];
			walk(cwd, found, skipIn(cwd));
			const hits = found.map((f) => path.relative(cwd, f).split(path.sep).join('/')).filter((f) => match(f));
			if (hits.length === 0) {
				errors.push(`${arg}: no file matches`);
			}
			hits.forEach((f) => add(f, false));
		} else {
			errors.push(`${arg}: no such file or folder`);
		}
	}
	return { files, errors };
}
