import { writeFileSync } from 'node:fs';
import { importAkn } from '../akn';
import { readText } from './readText';
import type { Output } from './run';

export const IMPORT_USAGE = `Usage: unres import FILE.xml [--out DRAFT.md]
  Opens an AKN4UN resolution (the UN's official XML) as a unres draft in the Markdown style.
  Without --out the draft goes to standard output.
`;

/** `unres import FILE.xml [--out FILE]`. */
export function runImport(args: readonly string[], io: Output): number {
	let file: string | undefined;
	let out: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') {
			io.out(IMPORT_USAGE);
			return 0;
		}
		if (arg === '--out' || arg === '-o') {
			out = args[++i];
			if (!out) {
				io.err(`unres import: --out needs a file\n${IMPORT_USAGE}`);
				return 2;
			}
		} else if (arg.startsWith('-')) {
			io.err(`unres import: unknown option '${arg}'\n${IMPORT_USAGE}`);
			return 2;
		} else if (file === undefined) {
			file = arg;
		} else {
			io.err(`unres import: one file at a time ('${arg}')\n`);
			return 2;
		}
	}
	if (!file) {
		io.err(`unres import: no file given\n${IMPORT_USAGE}`);
		return 2;
	}
	const xml = readText(file, io, 'unres import');
	if (xml === undefined) {
		return 2;
	}
	const result = importAkn(xml);
	if (result.markdown === undefined) {
		io.err(`unres import: ${file}: ${result.problems.join('; ') || 'not AKN4UN'}\n`);
		return 1;
	}
	if (!out) {
		io.out(result.markdown);
		return 0;
	}
	try {
		writeFileSync(out, result.markdown, 'utf8');
	} catch (error) {
		io.err(`unres import: ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
	io.out(`${file} → ${out}\n`);
	return 0;
}
