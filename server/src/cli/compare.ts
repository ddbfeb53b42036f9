import * as path from 'node:path';
import { compareVersions } from '../versions/compare';
import { declaredBase } from '../versions/declaredBase';
import { comparisonText } from '../versions/report';
import { readText } from './readText';
import type { Output } from './run';

export const COMPARE_USAGE = `Usage: unres compare BASE DRAFT [--format text|json]
       unres compare DRAFT [--format text|json]    (the draft names its base: unres-base: FILE)

Compares a draft with its base text paragraph by paragraph: preambular with preambular, operative with
operative, footnotes by their text. Each paragraph is unchanged, changed (word diff), new, moved or deleted;
renumbering alone is no change. Exit codes: 0 compared, 2 usage or file error.
`;

/** Reads a file for a CLI verb; reports the error and returns undefined when it cannot. */
export function runCompare(argv: readonly string[], io: Output): number {
	let format: 'text' | 'json' = 'text';
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			io.out(COMPARE_USAGE);
			return 0;
		} else if (arg === '--format') {
			const v = argv[++i];
			if (v !== 'text' && v !== 'json') {
				io.err('unres: --format takes text or json\n');
				return 2;
			}
			format = v;
		} else if (arg.startsWith('-')) {
			io.err(`unres: unknown option '${arg}'\n${COMPARE_USAGE}`);
			return 2;
		} else {
			files.push(arg);
		}
	}
	if (files.length === 1) {
		const draft = readText(files[0], io);
		const declared = draft === undefined ? undefined : declaredBase(draft);
		if (draft === undefined) {
			return 2;
		}
		if (!declared) {
			io.err(`unres: ${files[0]} names no base text (unres-base: FILE); give BASE DRAFT\n`);
			return 2;
		}
		files.unshift(path.resolve(path.dirname(files[0]), declared));
	}
	if (files.length !== 2) {
		io.err(`unres: compare takes BASE and DRAFT\n${COMPARE_USAGE}`);
		return 2;
	}
	const base = readText(files[0], io);
	const draft = readText(files[1], io);
	if (base === undefined || draft === undefined) {
		return 2;
	}
	const comparison = compareVersions(base, draft);
	io.out(format === 'json' ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonText(comparison));
	return 0;
}
