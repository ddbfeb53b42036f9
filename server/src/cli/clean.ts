import { writeFileSync } from 'node:fs';
import { format, type Locale } from '../l10n/messages';
import { cleanText, type Remaining } from '../negotiation/clean';
import { LineMap } from '../parser/lines';
import { readText } from './readText';
import type { Output } from './run';

export const CLEAN_USAGE = `Usage: unres clean FILE [--write] [--locale en|fr|es]
  Clean a negotiation text for the L-document: drop the labels (PP3, OP5bis) and status marks ([Agreed ad ref]),
  number bis/ter paragraphs in sequence and rewrite the references to them. Prints the clean text, or with
  --write writes it back. Refuses (exit 1) while brackets, alternatives or options remain, listing each as
  FILE:line:col.
`;

const ITEM_KEY = {
	bracket: 'clean.item.bracket', unmatched: 'clean.item.unmatched', option: 'clean.item.option',
	alternative: 'clean.item.alternative', attribution: 'clean.item.attribution',
} as const;

/** What is left to settle, one `FILE:line:col  what` per line. */
export function describeRemaining(file: string, text: string, remaining: readonly Remaining[], locale: Locale = 'en'): string {
	const lines = new LineMap(text);
	return remaining.map((r) => {
		const p = lines.position(r.span.start);
		return `${file}:${p.line + 1}:${p.character + 1}  ${format(ITEM_KEY[r.kind], [r.text], locale)}`;
	}).join('\n');
}

/** `unres clean FILE [--write]`: exit 0 cleaned, 1 not settled, 2 usage or file error. */
export function runClean(args: readonly string[], io: Output): number {
	let write = false;
	let locale: Locale = 'en';
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--write') {
			write = true;
		} else if (a === '--locale') {
			const v = args[++i];
			if (v !== 'en' && v !== 'fr' && v !== 'es') {
				io.err('unres clean: --locale takes en, fr or es\n');
				return 2;
			}
			locale = v;
		} else if (a === '--help' || a === '-h') {
			io.out(CLEAN_USAGE);
			return 0;
		} else if (a.startsWith('-')) {
			io.err(`unres clean: unknown option '${a}'\n${CLEAN_USAGE}`);
			return 2;
		} else {
			files.push(a);
		}
	}
	if (files.length !== 1) {
		io.err(`unres clean: give one file\n${CLEAN_USAGE}`);
		return 2;
	}
	const file = files[0];
	const text = readText(file, io);
	if (text === undefined) {
		return 2;
	}
	const result = cleanText(text);
	if (!result.ok) {
		io.err(`${format('clean.remaining', [result.remaining.length], locale)}\n${describeRemaining(file, text, result.remaining, locale)}\n`);
		return 1;
	}
	if (write) {
		if (result.text !== text) {
			writeFileSync(file, result.text);
		}
	} else {
		io.out(result.text);
	}
	return 0;
}
