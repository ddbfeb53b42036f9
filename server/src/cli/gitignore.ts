import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/**
 * `.gitignore` files, as git reads them: each applies to its folder and below. `unres check` on a folder
 * skips what git ignores there (and `node_modules`, `.git` always), from the repository's root down.
 */
export interface IgnoreRules {
	readonly base: string;
	readonly rules: Ignore;
}

function read(dir: string): IgnoreRules | undefined {
	const file = path.join(dir, '.gitignore');
	try {
		return existsSync(file) ? { base: dir, rules: ignore().add(readFileSync(file, 'utf8')) } : undefined;
	} catch {
		return undefined;
	}
}

/** The `.gitignore` files of `dir` and of its parents up to the repository's root (the folder with `.git`). */
export function ignoreRulesFor(dir: string): IgnoreRules[] {
	const chain: string[] = [];
	for (let d = path.resolve(dir); ; d = path.dirname(d)) {
		chain.unshift(d);
		if (existsSync(path.join(d, '.git')) || path.dirname(d) === d) {
			break;
		}
	}
	// Without a repository above, only the folder's own file applies.
	const inRepo = existsSync(path.join(chain[0], '.git'));
	return (inRepo ? chain : [path.resolve(dir)]).map(read).filter((r): r is IgnoreRules => r !== undefined);
}

/** The rules for a sub-folder: those of its parent, and its own `.gitignore`. */
export function withFolder(rules: readonly IgnoreRules[], dir: string): IgnoreRules[] {
	const own = read(dir);
	return own ? [...rules, own] : [...rules];
}

export function ignoredBy(rules: readonly IgnoreRules[], full: string, isDir: boolean): boolean {
	return rules.some(({ base, rules: r }) => {
		const relative = path.relative(base, full).split(path.sep).join('/');
		return relative !== '' && !relative.startsWith('..') && r.ignores(isDir ? `${relative}/` : relative);
	});
}
