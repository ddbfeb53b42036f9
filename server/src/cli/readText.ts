import { readFileSync, statSync } from 'node:fs';
import { isTextFile } from '../check/textFile';
import type { Output } from './run';

/**
 * The text of a file named on the command line, or undefined after saying why on stderr (missing, a folder,
 * not a text file). Every verb reads its inputs through it, so they fail alike.
 */
export function readText(file: string, io: Output, who = 'unres'): string | undefined {
	try {
		if (statSync(file).isDirectory()) {
			throw new Error('is a directory');
		}
		const text = readFileSync(file, 'utf8');
		if (!isTextFile(text)) {
			throw new Error('not a text file');
		}
		return text;
	} catch (error) {
		io.err(`${who}: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
		return undefined;
	}
}
