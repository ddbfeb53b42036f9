import { writeFileSync } from 'node:fs';
import { applyInstructions, parseAmendment, problemText, writeAmendments, type AmendLang, type Instruction, type Style } from '../amendments';
import { LineMap } from '../parser/lines';
import { readText } from './readText';
import type { Output } from './run';

export const AMEND_USAGE = `  amend DRAFT AMENDMENT... [--write] [--locale en|fr|es]
           Apply amendments or oral revisions (EN/FR/ES) to the draft as tabled; the amended draft on stdout
           (--write: back into DRAFT), instructions that cannot apply on stderr (exit 1 if any).
  amendments FROM TO [--locale en|fr|es] [--style amendment|oral]
           Write the instructions that turn FROM into TO, in the standard formulas of the language.
`;

const LOCALES: readonly AmendLang[] = ['en', 'fr', 'es'];

/** Runs `amend` or `amendments`; undefined when the verb is another one. */
export function runAmendVerb(argv: readonly string[], io: Output): number | undefined {
	if (argv[0] !== 'amend' && argv[0] !== 'amendments') {
		return undefined;
	}
	let write = false;
	let locale: AmendLang | undefined;
	let style: Style = 'amendment';
	const files: string[] = [];
	const rest = argv.slice(1);
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--help' || arg === '-h') {
			io.out(`Usage:\n${AMEND_USAGE}`);
			return 0;
		} else if (arg === '--write' && argv[0] === 'amend') {
			write = true;
		} else if (arg === '--locale') {
			const v = rest[++i] as AmendLang;
			if (!LOCALES.includes(v)) {
				io.err('unres: --locale takes en, fr or es\n');
				return 2;
			}
			locale = v;
		} else if (arg === '--style' && argv[0] === 'amendments') {
			const v = rest[++i];
			if (v !== 'amendment' && v !== 'oral') {
				io.err('unres: --style takes amendment or oral\n');
				return 2;
			}
			style = v;
		} else if (arg.startsWith('-')) {
			io.err(`unres: unknown option '${arg}'\nUsage:\n${AMEND_USAGE}`);
			return 2;
		} else {
			files.push(arg);
		}
	}
	return argv[0] === 'amend' ? amend(files, write, locale, io) : amendments(files, locale ?? 'en', style, io);
}

function amend(files: string[], write: boolean, locale: AmendLang | undefined, io: Output): number {
	if (files.length < 2) {
		io.err(`unres: amend takes DRAFT and at least one AMENDMENT\nUsage:\n${AMEND_USAGE}`);
		return 2;
	}
	const draft = readText(files[0], io);
	if (draft === undefined) {
		return 2;
	}
	// Every amendment cites the draft as tabled: all instructions are resolved against it, then applied at once.
	const all: { file: string; lines: LineMap; instruction: Instruction }[] = [];
	for (const file of files.slice(1)) {
		const text = readText(file, io);
		if (text === undefined) {
			return 2;
		}
		const lines = new LineMap(text);
		for (const instruction of parseAmendment(text, locale)) {
			all.push({ file, lines, instruction });
		}
	}
	const result = applyInstructions(draft, all.map((a) => a.instruction));
	let failed = 0;
	result.results.forEach((r, i) => {
		if (!r.applied && r.problem) {
			failed++;
			const { file, lines } = all[i];
			const at = lines.position(r.instruction.span.start);
			io.err(`${file}:${at.line + 1}:${at.character + 1}: not applied: ${problemText(r.problem, locale ?? r.instruction.lang)} — ${r.instruction.text.slice(0, 160)}\n`);
		}
	});
	if (write) {
		writeFileSync(files[0], result.text, 'utf8');
	} else {
		io.out(result.text);
	}
	if (all.length === 0) {
		io.err('unres: no amendment instruction found\n');
		return 1;
	}
	return failed > 0 ? 1 : 0;
}

function amendments(files: string[], lang: AmendLang, style: Style, io: Output): number {
	if (files.length !== 2) {
		io.err(`unres: amendments takes FROM and TO\nUsage:\n${AMEND_USAGE}`);
		return 2;
	}
	const from = readText(files[0], io);
	const to = readText(files[1], io);
	if (from === undefined || to === undefined) {
		return 2;
	}
	const written = writeAmendments(from, to, { lang, style });
	io.out(written.text ? `${written.text}\n` : '');
	return 0;
}
