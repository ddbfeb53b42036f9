import { writeFileSync } from 'node:fs';
import { exportAkn } from '../akn';
import type { Lang } from '../model/document';
import type { Output } from './run';

/** `unres export DRAFT --akn OUT.xml`: the draft as AKN4UN XML (`-` writes to standard output). */
export function exportAknFile(text: string, draftPath: string, outPath: string, io: Output, options: { lang?: Lang }): number {
	const xml = exportAkn(text, { lang: options.lang, today: new Date().toISOString().slice(0, 10) });
	if (outPath === '-') {
		io.out(xml);
		return 0;
	}
	try {
		writeFileSync(outPath, xml, 'utf8');
	} catch (error) {
		io.err(`unres export: ${outPath}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
	io.out(`${draftPath} → ${outPath} (AKN4UN)\n`);
	return 0;
}
