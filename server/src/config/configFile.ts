import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import * as path from 'pathe';
import { LANGS } from '../model/document';

/**
 * `.unresrc.json` / `.unresrc.jsonc`: the configuration a drafting team commits beside its drafts, read the
 * same way by the editor and by `unres check`. Found like other linters' configs: the nearest one upward from
 * the file wins key by key over farther ones, until one says `"root": true`.
 */

export const CONFIG_NAMES = ['.unresrc.json', '.unresrc.jsonc'] as const;

export type RuleSetting = 'off' | 'error' | 'warning' | 'information' | 'hint';
const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'information', 'hint'];

export interface UnresConfig {
	readonly language?: 'auto' | (typeof LANGS)[number];
	readonly rules?: Readonly<Record<string, RuleSetting>>;
	/** Catalogue files, absolute (resolved against the config file's folder). */
	readonly catalogFiles?: readonly string[];
	/** Globs of files not to check, relative to the config file's folder (kept with that folder). */
	readonly ignore?: readonly { readonly base: string; readonly glob: string }[];
	readonly root?: boolean;
}

export interface ConfigProblem {
	readonly file: string;
	/** One-based line and column of the offending key or value. */
	readonly line: number;
	readonly column: number;
	readonly key?: string;
	readonly message: string;
}

/** Reads one config file's text. Never throws: every fault is a problem and the rest is kept. */
export function parseConfig(file: string, text: string, knownRules: readonly string[]): { config: UnresConfig; problems: ConfigProblem[] } {
	const problems: ConfigProblem[] = [];
	const where = (offset: number) => {
		const before = text.slice(0, offset);
		const line = before.split(/\r\n|\r|\n/).length;
		return { line, column: offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) };
	};
	const problem = (node: Node | undefined, key: string | undefined, message: string) =>
		problems.push({ file, ...where(node?.offset ?? 0), ...(key ? { key } : {}), message });

	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
	for (const e of errors) {
		problems.push({ file, ...where(e.offset), message: `JSON syntax: ${printParseErrorCode(e.error)}` });
	}
	if (!root || root.type !== 'object') {
		if (root) {
			problem(root, undefined, 'the configuration must be a JSON object');
		}
		return { config: {}, problems };
	}
	const dir = path.dirname(file);
	const config: { -readonly [K in keyof UnresConfig]: UnresConfig[K] } = {};
	for (const property of root.children ?? []) {
		const [keyNode, value] = property.children ?? [];
		const key = String(keyNode?.value);
		if (!value) {
			continue;
		}
		switch (key) {
			case '$schema':
				break;
			case 'root':
				if (typeof value.value === 'boolean') {
					config.root = value.value;
				} else {
					problem(value, key, '"root" must be true or false');
				}
				break;
			case 'language':
				if (value.value === 'auto' || LANGS.includes(value.value)) {
					config.language = value.value;
				} else {
					problem(value, key, `"language" must be one of auto, ${LANGS.join(', ')}`);
				}
				break;
			case 'rules': {
				if (value.type !== 'object') {
					problem(value, key, '"rules" must be an object of rule id → off | error | warning | information | hint');
					break;
				}
				const rules: Record<string, RuleSetting> = {};
				for (const rule of value.children ?? []) {
					const [idNode, setting] = rule.children ?? [];
					const id = String(idNode?.value);
					if (!knownRules.includes(id)) {
						problem(idNode, `rules.${id}`, `unknown rule "${id}"`);
					} else if (!setting || !RULE_SETTINGS.includes(setting.value)) {
						problem(setting ?? idNode, `rules.${id}`, `"rules.${id}" must be one of ${RULE_SETTINGS.join(', ')}`);
					} else {
						rules[id] = setting.value;
					}
				}
				config.rules = rules;
				break;
			}
			case 'catalog': {
				const files = value.type === 'object' ? value.children?.find((p) => p.children?.[0]?.value === 'files')?.children?.[1] : undefined;
				if (value.type !== 'object' || (files && files.type !== 'array')) {
					problem(value, key, '"catalog" must be an object with "files": [paths]');
					break;
				}
				const list: string[] = [];
				for (const item of files?.children ?? []) {
					if (typeof item.value === 'string' && item.value.trim() !== '') {
						list.push(path.resolve(dir, item.value));
					} else {
						problem(item, 'catalog.files', 'each catalogue file must be a path');
					}
				}
				config.catalogFiles = list;
				break;
			}
			case 'ignore': {
				if (value.type !== 'array') {
					problem(value, key, '"ignore" must be an array of globs');
					break;
				}
				config.ignore = (value.children ?? []).flatMap((item) => {
					if (typeof item.value === 'string' && item.value !== '') {
						return [{ base: dir, glob: item.value }];
					}
					problem(item, 'ignore', 'each ignore entry must be a glob');
					return [];
				});
				break;
			}
			default:
				problem(keyNode, key, `unknown key "${key}"`);
		}
	}
	return { config, problems };
}

/** File access the loader needs: injected so the core stays testable and the editor can use its own. */
export interface ConfigFileSystem {
	isFile(file: string): boolean;
	read(file: string): string;
}

/** Config files that apply to `file`, nearest first, up to the one that says `root` (or the file system root). */
export function loadConfigFor(file: string, fs: ConfigFileSystem, knownRules: readonly string[]): { config: UnresConfig; files: string[]; problems: ConfigProblem[] } {
	const files: string[] = [];
	const problems: ConfigProblem[] = [];
	const layers: UnresConfig[] = [];
	let dir = path.dirname(path.resolve(file));
	for (;;) {
		for (const name of CONFIG_NAMES) {
			const candidate = path.join(dir, name);
			if (fs.isFile(candidate)) {
				let text: string;
				try {
					text = fs.read(candidate);
				} catch (error) {
					problems.push({ file: candidate, line: 1, column: 1, message: `cannot read: ${error instanceof Error ? error.message : String(error)}` });
					continue;
				}
				const parsed = parseConfig(candidate, text, knownRules);
				files.push(candidate);
				problems.push(...parsed.problems);
				layers.push(parsed.config);
				break;
			}
		}
		const parent = path.dirname(dir);
		if (layers[layers.length - 1]?.root || parent === dir) {
			break;
		}
		dir = parent;
	}
	return { config: mergeConfigs(layers.reverse()), files, problems };
}

/** Later configs win key by key; rules merge rule by rule; catalogue files and ignores accumulate. */
export function mergeConfigs(layers: readonly UnresConfig[]): UnresConfig {
	let merged: UnresConfig = { rules: {}, catalogFiles: [], ignore: [] };
	for (const layer of layers) {
		merged = {
			...merged,
			...layer,
			rules: { ...merged.rules, ...layer.rules },
			catalogFiles: [...(merged.catalogFiles ?? []), ...(layer.catalogFiles ?? [])],
			ignore: [...(merged.ignore ?? []), ...(layer.ignore ?? [])],
		};
	}
	return merged;
}
