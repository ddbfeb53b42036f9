import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../export/docx/build';
import { declaredBase } from '../versions/declaredBase';
import { readText } from './compare';
import type { Output } from './run';

export const EXPORT_USAGE = `Usage: unres export DRAFT --docx OUT [--base BASE] [--author NAME]

Writes the draft as a Word document laid out as a UN draft resolution. With a base text (--base, or the
draft's own unres-base: FILE), every change against it is a tracked change (insertions and deletions at word
level, moved paragraphs as deletion + insertion), so that Word's Accept All gives the draft and Reject All the base.
`;

/** `unres export`: asynchronous, as the Word package is; resolves to the exit code. */
export async function runExport(argv: readonly string[], io: Output): Promise<number> {
	let out: string | undefined;
	let basePath: string | undefined;
	let author: string | undefined;
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			io.out(EXPORT_USAGE);
			return 0;
		} else if (arg === '--docx' || arg === '--base' || arg === '--author') {
			const v = argv[++i];
			if (!v) {
				io.err(`unres: ${arg} takes a value\n`);
				return 2;
			}
			if (arg === '--docx') {
				out = v;
			} else if (arg === '--base') {
				basePath = v;
			} else {
				author = v;
			}
		} else if (arg.startsWith('-')) {
			io.err(`unres: unknown option '${arg}'\n${EXPORT_USAGE}`);
			return 2;
		} else {
			files.push(arg);
		}
	}
	if (files.length !== 1 || !out) {
		io.err(`unres: export takes one DRAFT and --docx OUT\n${EXPORT_USAGE}`);
		return 2;
	}
	const draft = readText(files[0], io);
	if (draft === undefined) {
		return 2;
	}
	const declared = basePath === undefined ? declaredBase(draft) : undefined;
	if (declared) {
		basePath = path.resolve(path.dirname(files[0]), declared);
	}
	const base = basePath === undefined ? undefined : readText(basePath, io);
	if (basePath !== undefined && base === undefined) {
		return 2;
	}
	try {
		const bytes = await exportDocx(draft, { ...(base !== undefined ? { base } : {}), ...(author ? { author } : {}) });
		writeFileSync(out, bytes);
	} catch (error) {
		io.err(`unres: ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
	io.err(`unres: ${out} written${base !== undefined ? ` with tracked changes against ${basePath}` : ''}\n`);
	return 0;
}
