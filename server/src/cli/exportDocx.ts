import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../export/docx/build';
import { declaredBase } from '../versions/declaredBase';
import { readText } from './readText';
import type { Output } from './run';

/**
 * `unres export DRAFT --docx OUT [--base BASE] [--author NAME]`: the draft as Word, laid out as a UN draft resolution.
 * With a base (--base, or the draft's own `unres-base: FILE`), every change against it is a tracked change.
 */
export async function exportDocxFile(text: string, draftPath: string, outPath: string, io: Output, options: { base?: string; author?: string }): Promise<number> {
	let basePath = options.base;
	const declared = basePath === undefined ? declaredBase(text) : undefined;
	if (declared) {
		basePath = path.resolve(path.dirname(draftPath), declared);
	}
	const base = basePath === undefined ? undefined : readText(basePath, io);
	if (basePath !== undefined && base === undefined) {
		return 2;
	}
	try {
		const bytes = await exportDocx(text, { ...(base !== undefined ? { base } : {}), ...(options.author ? { author: options.author } : {}) });
		writeFileSync(outPath, bytes);
	} catch (error) {
		io.err(`unres: ${outPath}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
	io.err(`unres: ${outPath} written${base !== undefined ? ` with tracked changes against ${basePath}` : ''}\n`);
	return 0;
}
