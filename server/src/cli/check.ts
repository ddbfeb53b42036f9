import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CatalogLayer, type CatalogLike, LayeredCatalog, loadBuiltinCatalog, loadCatalogLayer } from '../catalog/index';
import { checkText, fixText } from '../check/check';
import { isTextFile } from '../check/textFile';
import { formatJson, formatSarif, formatText, toProblems, type FileReport } from '../check/report';
import { DISK_FILE_SYSTEM, isIgnored, loadConfigFor } from '../config';
import { formatMessage, LOCALES, type Locale } from '../l10n/messages';
import { LANGS, type Lang } from '../model/document';
import { parse } from '../parser/parse';
import { RULES } from '../rules/index';
import type { RuleContext } from '../rules/types';
import { expandArguments } from './files';
import type { Output } from './run';

export const CHECK_USAGE = `Usage: unres check [FILES | FOLDERS | GLOBS]... [options]

Checks resolution drafts with every rule of the language server. Folders are searched for
*.unres, *.unres.md, *.unres.txt, and .md/.txt files that hold a resolution (an organ line);
.unresrc.json(c) files apply as in the editor.

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

export function runCheck(argv: readonly string[], io: Output, environment: CheckEnvironment): number {
	let outputFormat: 'text' | 'json' | 'sarif' = 'text';
	let fix = false;
	let locale: Locale | undefined;
	let lang: Lang | undefined;
	const targets: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => argv[++i];
		if (arg === '--format') {
			const v = value();
			if (v !== 'text' && v !== 'json' && v !== 'sarif') {
				io.err(`unres: --format takes text, json or sarif\n`);
				return 2;
			}
			outputFormat = v;
		} else if (arg === '--fix') {
			fix = true;
		} else if (arg === '--locale') {
			const v = value();
			if (!LOCALES.includes(v as Locale)) {
				io.err(`unres: --locale takes one of ${LOCALES.join(', ')}\n`);
				return 2;
			}
			locale = v as Locale;
		} else if (arg === '--lang') {
			const v = value();
			if (!LANGS.includes(v as Lang)) {
				io.err(`unres: --lang takes one of ${LANGS.join(', ')}\n`);
				return 2;
			}
			lang = v as Lang;
		} else if (arg === '--help' || arg === '-h') {
			io.out(CHECK_USAGE);
			return 0;
		} else if (arg.startsWith('-')) {
			io.err(`unres: unknown option '${arg}'\n${CHECK_USAGE}`);
			return 2;
		} else {
			targets.push(arg);
		}
	}
	locale ??= localeFromEnv(environment.env);
	const knownRules = RULES.map((r) => r.id);
	// A folder's configuration (`"ignore"`) prunes the walk: `unres check` in this repository leaves the test fixtures.
	const skipIn = (folder: string) => {
		const { config } = loadConfigFor(path.join(folder, '.unresrc.json'), DISK_FILE_SYSTEM, knownRules);
		return (full: string) => isIgnored(full, config);
	};
	const { files, errors } = expandArguments(targets.length > 0 ? targets : ['.'], environment.cwd, looksLikeResolution, skipIn);
	let status = 0;
	for (const e of errors) {
		io.err(`unres: ${e}\n`);
		status = 2;
	}
	const reportedConfigs = new Set<string>();
	// Catalogue files named by the configs (`"catalog": { "files": […] }`), read once each and layered over the built-in one.
	const layers = new Map<string, CatalogLayer>();
	const catalogs = new Map<string, CatalogLike>();
	const catalogFor = (files: readonly string[]): CatalogLike => {
		const key = files.join('\n');
		let catalog = catalogs.get(key);
		if (!catalog) {
			const loaded = files.map((f) => {
				let layer = layers.get(f);
				if (!layer) {
					try {
						layer = loadCatalogLayer(f, readFileSync(f, 'utf8'));
					} catch (error) {
						layer = { file: f, entries: [], completeSessions: [], problems: [{ file: f, line: 0, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }] };
					}
					layers.set(f, layer);
					for (const p of layer.problems) {
						io.err(`unres: ${path.relative(environment.cwd, p.file) || p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message} (the rest of the catalogue applies)\n`);
					}
				}
				return layer;
			});
			catalog = loaded.length > 0 ? new LayeredCatalog(loadBuiltinCatalog(), loaded) : loadBuiltinCatalog();
			catalogs.set(key, catalog);
		}
		return catalog;
	};
	const reports: FileReport[] = [];
	let ignored = 0;
	const started = Date.now();
	let lastProgress = started;
	files.forEach(({ path: file, explicit }, index) => {
		const full = path.resolve(environment.cwd, file);
		const config = loadConfigFor(full, DISK_FILE_SYSTEM, knownRules);
		for (const p of config.problems) {
			const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
			if (!reportedConfigs.has(key)) {
				reportedConfigs.add(key);
				io.err(`unres: ${path.relative(environment.cwd, p.file) || p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message} (the rest of the configuration applies)\n`);
			}
		}
		if (isIgnored(full, config.config)) {
			ignored++;
			if (explicit) {
				io.err(`unres: ${file}: ignored by ${config.files.map((f) => path.relative(environment.cwd, f)).join(', ')}\n`);
			}
			return;
		}
		let text: string;
		try {
			text = readFileSync(full, 'utf8');
		} catch (error) {
			io.err(`unres: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
			status = 2;
			return;
		}
		if (!isTextFile(text)) {
			io.err(`unres: ${file}: not a text file\n`);
			status = 2;
			return;
		}
		const configLang = config.config.language && config.config.language !== 'auto' ? config.config.language : undefined;
		const catalog = catalogFor(config.config.catalogFiles ?? []);
		const options = {
			...(lang ?? configLang ? { lang: lang ?? configLang } : {}),
			rules: config.config.rules ?? {},
			extend: (ctx: RuleContext): RuleContext => ({ ...ctx, catalog }),
			onRuleError: (id: string, error: unknown) => io.err(`unres: ${file}: rule ${id} failed: ${error instanceof Error ? error.message : String(error)}\n`),
		};
		let fixed: string[] | undefined;
		if (fix) {
			const outcome = fixText(text, options);
			if (outcome.text !== text) {
				writeFileSync(full, outcome.text);
				text = outcome.text;
				fixed = outcome.applied.map((m) => formatMessage(m, locale));
			}
		}
		const { results, lines } = checkText(text, options);
		reports.push({ file, problems: toProblems(results, lines, locale!), ...(fixed ? { fixed } : {}) });
		if (Date.now() - lastProgress > 1000) {
			lastProgress = Date.now();
			io.err(`unres: checked ${index + 1} of ${files.length} files\n`);
		}
	});
	if (files.length === 0 && errors.length === 0) {
		io.err('unres: no draft found (*.unres, *.unres.md, *.unres.txt)\n');
		return 2;
	}
	if (reports.length === 0 && ignored > 0 && status === 0) {
		io.err(`unres: ${ignored} draft${ignored === 1 ? '' : 's'} found, all ignored by the configuration ("ignore")\n`);
	}
	// Nothing was checked (every file named was missing, unreadable or not text): the errors alone, no empty summary.
	if (reports.length === 0 && status === 2) {
		return 2;
	}
	if (outputFormat === 'json') {
		io.out(formatJson(reports));
	} else if (outputFormat === 'sarif') {
		io.out(formatSarif(reports, VERSION, (f) => {
			const relative = path.relative(environment.cwd, path.resolve(environment.cwd, f));
			return relative.startsWith('..') ? pathToFileURL(path.resolve(environment.cwd, f)).href : relative.split(path.sep).join('/');
		}, `${pathToFileURL(environment.cwd).href.replace(/\/?$/, '/')}`));
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
