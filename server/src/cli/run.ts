import { documentInfo } from '../features/documentInfo';
import { splitCompilation } from '../parser/compilation';
import { LANGS, type Lang, type ResolutionDocument } from '../model/document';
import { LineMap } from '../parser/lines';
import { parse } from '../parser/parse';
import { AMEND_USAGE, runAmendVerb } from './amend';
import { runCheck, type CheckEnvironment } from './check';
import { runClean } from './clean';
import { runImport } from './import';
import { readText } from './readText';
import { parseArgs } from 'node:util';
import { runVersionsVerb, VERSIONS_USAGE } from './versions';

export interface Output {
	out(s: string): void;
	err(s: string): void;
}

const USAGE = `Usage: unres <command> ...

Commands:
  check [FILES|FOLDERS|GLOBS] [--format text|json|sarif] [--fix] [--locale en|fr|es]
           Check drafts with every rule (exit 0 clean, 1 errors, 2 usage or file error).
  clean FILE [--write]
           Clean a negotiation text for the L-document (exit 1 while brackets or options remain).
  parse FILE... [--json] [--lang en|fr|es|ar|ru|zh]
           Print the structure of drafts (--json: the whole document model; a file of several
           resolutions gives "texts", one model per text, positions in the whole file).
${VERSIONS_USAGE}${AMEND_USAGE}  import FILE.xml [--out DRAFT.md]
           Open an AKN4UN resolution (the UN's official XML) as a draft.
Run 'unres check --help' for the options of check.
`;

/** Entry of the `unres` command; resolves to the exit code. Same core as the language server. */
export async function runCli(argv: readonly string[], io: Output, environment: CheckEnvironment = { cwd: process.cwd(), env: process.env }): Promise<number> {
	if (argv[0] === 'check') {
		return runCheck(argv.slice(1), io, environment);
	}
	if (argv[0] === 'clean') {
		return runClean(argv.slice(1), io);
	}
	if (argv[0] === 'import') {
		return runImport(argv.slice(1), io);
	}
	const amend = runAmendVerb(argv, io);
	if (amend !== undefined) {
		return amend;
	}
	const versions = runVersionsVerb(argv, io);
	if (versions !== undefined) {
		return versions;
	}
	if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
		io.out(USAGE);
		return argv.length === 0 ? 2 : 0;
	}
	if (argv[0] === '--version') {
		io.out('unres 0.1.0\n');
		return 0;
	}
	const [command, ...rest] = argv;
	if (command !== 'parse') {
		io.err(`unres: unknown command '${command}'\n${USAGE}`);
		return 2;
	}
	let parsed;
	try {
		parsed = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
	} catch (error) {
		io.err(`unres: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
		return 2;
	}
	const { json = false, lang } = parsed.values;
	if (lang !== undefined && !LANGS.includes(lang as Lang)) {
		io.err(`unres: --lang takes one of ${LANGS.join(', ')}\n`);
		return 2;
	}
	const files = parsed.positionals;
	if (files.length === 0) {
		io.err(`unres: no file given\n${USAGE}`);
		return 2;
	}
	let status = 0;
	const results: unknown[] = [];
	for (const file of files) {
		const text = readText(file, io);
		if (text === undefined) {
			status = 2;
			continue;
		}
		if (json) {
			results.push(jsonOf(file, text, lang as Lang | undefined));
		} else {
			const doc = parse(text, lang ? { lang: lang as Lang } : {});
			io.out(compilationSummary(file, text, lang as Lang | undefined) ?? `${file}: ${summaryLine(doc)}\n`);
		}
	}
	if (json) {
		io.out(`${JSON.stringify(files.length === 1 && results.length === 1 ? results[0] : results, null, 2)}\n`);
	}
	return status;
}

/** A file of several resolutions (decision 20): a line per text, at the line where it starts. */
function compilationSummary(file: string, text: string, lang: Lang | undefined): string | undefined {
	const segments = splitCompilation(text);
	return segments.length < 2 ? undefined : `${file}: ${segments.length} resolutions\n${segments.map((s) => `${file}:${s.line + 1}: ${summaryLine(parse(text.slice(s.start, s.end), lang ? { lang } : {}))}\n`).join('')}`;
}

function summaryLine(doc: ResolutionDocument): string {
	const info = documentInfo(doc);
	const body = info.body ?? 'organ?';
	return `${info.ownSymbol ?? '(no symbol)'} · ${body} · ${info.summary} · ${info.citations} citations`;
}

/**
 * The document model of a file; for a compilation (decision 20), `texts`: each text's model, read on its own as
 * the server reads it, with its spans and ranges in the whole file.
 */
function jsonOf(file: string, text: string, lang: Lang | undefined): unknown {
	const lines = new LineMap(text);
	const segments = splitCompilation(text);
	if (segments.length < 2) {
		return { file, document: withPositions(parse(text, lang ? { lang } : {}), lines) };
	}
	return {
		file,
		texts: segments.map((s) => ({ line: s.line, start: s.start, end: s.end, document: withPositions(parse(text.slice(s.start, s.end), lang ? { lang } : {}), lines, s.start) })),
	};
}

/** Adds `range` (zero-based line/character) beside every span, so the JSON is readable without the text. */
function withPositions(doc: ResolutionDocument, lines: LineMap, offset = 0): unknown {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) {
			return value.map(walk);
		}
		if (value && typeof value === 'object') {
			const obj = value as Record<string, unknown>;
			if (typeof obj.start === 'number' && typeof obj.end === 'number' && Object.keys(obj).length === 2) {
				const span = { start: (obj.start as number) + offset, end: (obj.end as number) + offset };
				const r = lines.range(span);
				return { start: span.start, end: span.end, range: `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}` };
			}
			return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v)]));
		}
		return value;
	};
	return walk(doc);
}
