/** The text of the issue-18 benchmarks: the reference and the English corpus of ../shared joined, grown to a size. */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The French reference and the English corpus, concatenated. */
export function issueDocument(shared: string): string {
	const sample = readFileSync(path.join(shared, 'samples', 'fr', 'A-RES-75-10.fr.md'), 'utf8');
	const corpusDir = path.join(shared, 'corpus', 'en');
	const corpus = readdirSync(corpusDir).sort().map((f) => readFileSync(path.join(corpusDir, f), 'utf8')).join('\n\n');
	return `${sample}\n\n${corpus}`;
}

/** Repeats and varies a text to `size` characters: each copy renumbers its resolution so copies differ. */
export function grow(base: string, size: number): string {
	const parts: string[] = [];
	let length = 0;
	for (let i = 0; length < size; i++) {
		const copy = i === 0 ? base : base.replace(/\b75\/10\b/g, `75/${10 + i}`).replace(/\b(\d{1,2}) (novembre|November|décembre)/g, (_m, d: string, m: string) => `${(Number(d) % 28) + 1} ${m}`);
		parts.push(copy);
		length += copy.length + 2;
	}
	// Cut to `size` by shortening the last copy, then joined once: a flat string, as the server's texts are (JSON.parse
	// gives one). `slice` of the joined text was a view into a longer string, which every pass then read ~15% slower.
	let total = length - 2;
	while (total > size) {
		const last = parts[parts.length - 1];
		const excess = total - size;
		if (excess < last.length) {
			parts[parts.length - 1] = last.slice(0, last.length - excess);
			total = size;
		} else {
			parts.pop();
			total -= last.length + 2;
			if (total < size) {
				parts[parts.length - 1] += '\n\n'.slice(0, size - total);
				total = size;
			}
		}
	}
	return parts.join('\n\n');
}

/** Where the benchmarks type (scripts/benchLsp.ts reads the same place): the middle of a paragraph line in the middle of the text. */
export function typingOffset(text: string): number {
	const lines = text.split('\n');
	let line = Math.floor(lines.length / 2);
	while (line < lines.length - 1 && lines[line].trim().length < 20) {
		line++;
	}
	let at = Math.floor(lines[line].length / 2);
	for (let k = 0; k < line; k++) {
		at += lines[k].length + 1;
	}
	return at;
}

/**
 * The same text read as one resolution: every organ line after the first becomes a preambular opening, so that
 * nothing splits it (decision 20) — a keystroke in it is a keystroke in one long text.
 */
export function singleText(text: string, split: (t: string) => readonly { start: number }[], isOrgan: (line: string) => boolean): string {
	const lines = text.split('\n');
	let seenOrgan = false;
	for (let i = 0; i < lines.length; i++) {
		if (isOrgan(lines[i])) {
			if (seenOrgan) {
				lines[i] = 'Recalling also,';
			}
			seenOrgan = true;
		}
	}
	const one = lines.join('\n');
	if (split(one).length !== 1) {
		throw new Error('singleText: still a compilation');
	}
	return one;
}

/** A place in running prose (a line of 200 characters or more without a digit), from the middle of the text on. */
export function proseOffset(text: string): number {
	const lines = text.split('\n');
	let at = 0;
	for (let k = 0; k < lines.length; k++) {
		if (k >= lines.length / 2 && lines[k].length >= 200 && !/\d/.test(lines[k])) {
			return at + Math.floor(lines[k].length / 2);
		}
		at += lines[k].length + 1;
	}
	return typingOffset(text);
}
