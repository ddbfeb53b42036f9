import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

/** File names `unres check` looks for inside folders. */
export const DRAFT_FILE = /\.unres(\.md|\.txt)?$/;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);
const GLOB_CHARS = /[*?[\]{}]/;

function walk(dir: string, out: string[]): void {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			if (!SKIP_DIRS.has(entry.name)) {
				walk(full, out);
			}
		} else if (entry.isFile()) {
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
 * accepts, recursively) and globs (from `cwd`).
 */
export function expandArguments(args: readonly string[], cwd: string, isResolution: (file: string) => boolean = () => false): Expanded {
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
				walk(full, found);
				for (const f of found.filter((f) => DRAFT_FILE.test(f) || (MAYBE_DRAFT.test(f) && isResolution(f)))) {
					add(path.relative(cwd, f) || f, false);
				}
			} else {
				add(arg, true);
			}
		} else if (GLOB_CHARS.test(arg)) {
			const match = picomatch(arg.split(path.sep).join('/'), { dot: false });
			const found: string[] = [];
			walk(cwd, found);
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
