import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkText, fixText } from '../check/check';
import { formatJson, formatSarif, formatText, toProblems, type FileReport } from '../check/report';
import { isIgnored } from '../config';
import { formatMessage, LOCALES, type Locale } from '../l10n/messages';
import { LANGS, type Lang } from '../model/document';
import { DISK_WORKSPACE } from '../node/diskWorkspace';
import { parse } from '../parser/parse';
import { cliAssembly } from './assemble';
import { expandArguments } from './files';
import type { Output } from './run';

export const CHECK_USAGE = `Usage: unres check [FILES | FOLDERS | GLOBS]... [options]

Checks resolution drafts with every rule of the language server. Folders are searched for
*.unres, *.unres.md, *.unres.txt, and .md/.txt files that hold a resolution (an organ line);
.unresrc.json(c) files apply as in the editor, and so does the working directory's unres.catalog.json
and what its drafts declare (the catalogue of the editor's workspace).

Options:
  --format text|json|sarif   output (default text: file:line:col severity code message)
  --fix                      apply every safe fix (the same edits as the quick fixes) and report them
  --locale en|fr|es          language of the messages (default: from LANG, else en)
  --lang en|fr|es|ar|ru|zh   language of the drafts (default: the config, else detected)

Exit codes: 0 no error, 1 errors found, 2 usage or file error.
`;

const VERSION = '0.1.0';

export interface CheckEnvironment {
	readonly cwd: string;
	readonly env: Readonly<Record<string, string | undefined>>;
}

interface CheckArgs {
	readonly format: 'text' | 'json' | 'sarif';
	readonly fix: boolean;
	readonly locale: Locale | undefined;
	readonly lang: Lang | undefined;
	readonly help: boolean;
	readonly targets: string[];
}

/** The options of `unres check` (node:util parseArgs); a usage error is a message. */
function parseCheckArgs(argv: readonly string[]): CheckArgs | { error: string } {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { format: { type: 'string' }, fix: { type: 'boolean' }, locale: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (error) {
		return { error: `${error instanceof Error ? error.message : String(error)}\n${CHECK_USAGE}` };
	}
	const { format = 'text', fix = false, locale, lang, help = false } = parsed.values;
	if (format !== 'text' && format !== 'json' && format !== 'sarif') {
		return { error: '--format takes text, json or sarif\n' };
	}
	if (locale !== undefined && !LOCALES.includes(locale as Locale)) {
		return { error: `--locale takes one of ${LOCALES.join(', ')}\n` };
	}
	if (lang !== undefined && !LANGS.includes(lang as Lang)) {
		return { error: `--lang takes one of ${LANGS.join(', ')}\n` };
	}
	return { format, fix, locale: locale as Locale | undefined, lang: lang as Lang | undefined, help, targets: parsed.positionals };
}

export async function runCheck(argv: readonly string[], io: Output, environment: CheckEnvironment): Promise<number> {
	const args = parseCheckArgs(argv);
	if ('error' in args) {
		io.err(`unres: ${args.error}`);
		return 2;
	}
	if (args.help) {
		io.out(CHECK_USAGE);
		return 0;
	}
	const locale = args.locale ?? localeFromEnv(environment.env);
	const { files, errors } = expandArguments(args.targets.length > 0 ? args.targets : ['.'], environment.cwd, looksLikeResolution);
	let status = 0;
	for (const e of errors) {
		io.err(`unres: ${e}\n`);
		status = 2;
	}
	const assembly = await cliAssembly(environment.cwd, args.lang, io.err);
	const reports: FileReport[] = [];
	const started = Date.now();
	let lastProgress = started;
	for (const [index, { path: file, explicit }] of files.entries()) {
		const full = path.resolve(environment.cwd, file);
		const uri = DISK_WORKSPACE.pathToUri(full);
		const settings = await assembly.settingsFor(uri);
		const config = await assembly.configOf(uri);
		if (config && isIgnored(full, config.config)) {
			if (explicit) {
				io.err(`unres: ${file}: ignored by ${config.files.map((f) => path.relative(environment.cwd, f)).join(', ')}\n`);
			}
			continue;
		}
		let text: string;
		try {
			text = readFileSync(full, 'utf8');
		} catch (error) {
			io.err(`unres: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
			status = 2;
			continue;
		}
		const catalog = await assembly.catalogFor(uri);
		const lang = LANGS.includes(settings.language as Lang) ? (settings.language as Lang) : undefined;
		const options = {
			...(lang ? { lang } : {}),
			rules: settings.rules,
			catalog,
			onRuleError: (id: string, error: unknown) => io.err(`unres: ${file}: rule ${id} failed: ${error instanceof Error ? error.message : String(error)}\n`),
		};
		let fixed: string[] | undefined;
		if (args.fix) {
			const outcome = fixText(text, options);
			if (outcome.text !== text) {
				writeFileSync(full, outcome.text);
				text = outcome.text;
				fixed = outcome.applied.map((m) => formatMessage(m, locale));
			}
		}
		const { results, lines } = checkText(text, options);
		reports.push({ file, problems: toProblems(results, lines, locale), ...(fixed ? { fixed } : {}) });
		if (Date.now() - lastProgress > 1000) {
			lastProgress = Date.now();
			io.err(`unres: checked ${index + 1} of ${files.length} files\n`);
		}
	}
	if (files.length === 0 && errors.length === 0) {
		io.err('unres: no draft found (*.unres, *.unres.md, *.unres.txt)\n');
		return 2;
	}
	if (args.format === 'json') {
		io.out(formatJson(reports));
	} else if (args.format === 'sarif') {
		io.out(formatSarif(reports, VERSION, (f) => {
			const relative = path.relative(environment.cwd, path.resolve(environment.cwd, f));
			return relative.startsWith('..') ? pathToFileURL(path.resolve(environment.cwd, f)).href : relative.split(path.sep).join('/');
		}));
	} else {
		io.out(formatText(reports));
	}
	const hasErrors = reports.some((r) => r.problems.some((p) => p.severity === 'error'));
	return status === 2 ? 2 : hasErrors ? 1 : 0;
}

/** A `.md`/`.txt` file in a folder is a draft when it has an organ line (`The General Assembly,` …). */
function looksLikeResolution(file: string): boolean {
	try {
		return statSync(file).size < 20_000_000 && parse(readFileSync(file, 'utf8')).organ !== undefined;
	} catch {
		return false;
	}
}

function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
	const tag = (env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en').split('.')[0];
	const base = tag.toLowerCase().split(/[-_]/)[0];
	return LOCALES.includes(base as Locale) ? (base as Locale) : 'en';
}
