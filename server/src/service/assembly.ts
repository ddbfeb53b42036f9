import { type CatalogLike } from '../catalog/catalog';
import { LayeredCatalog } from '../catalog/layers';
import * as path from 'pathe';
import { loadConfigFor, type ConfigProblem, type UnresConfig } from '../config/configFile';
import { DEFAULT_SETTINGS, type UnresSettings } from '../protocol';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { CatalogFiles, type LoadedLayer } from './catalogFiles';
import { isInside, resolveCatalogPath, WORKSPACE_CATALOGUE, type Workspace } from './workspace';

/**
 * The one place where the settings of a draft and its catalogue are put together, for the language server and
 * `unres check` alike, so the two cannot differ: editor settings over the `.unresrc.json` found upward from the
 * draft; then the built-in catalogue, the folder's `unres.catalog.json` (trusted only), `unres.catalog.files`
 * (the config's only when trusted), and (trusted) the resolutions the workspace's drafts declare, later winning.
 */
export interface AssemblyOptions {
	readonly workspace: Workspace;
	readonly builtinCatalog: () => CatalogLike;
	/** The editor's `unres` settings for a document (the CLI: its command-line options). */
	readonly editorSettings: (uri: string) => Promise<Partial<UnresSettings> | null | undefined>;
	readonly ruleIds: readonly string[];
	readonly index: WorkspaceIndex;
	/** A `.unresrc.json` problem, once per problem. */
	readonly onConfigProblem?: (problem: ConfigProblem) => void;
	/** A catalogue file read again (its problems, maybe none), once per version of the file. */
	readonly onCatalogueLayer?: (layer: LoadedLayer) => void;
	/** Catalogue files are looked at again (a stat each) at most this often; 0 in the CLI, whose files do not change. */
	readonly recheckMs?: number;
	readonly now?: () => number;
}

export interface CatalogSource {
	readonly file: string;
	/** The folder's `unres.catalog.json`: no problem when it is missing. */
	readonly optional: boolean;
}

interface CatalogState {
	readonly catalog: CatalogLike;
	readonly stamp: string;
	readonly checkedAt: number;
}

export class Assembly {
	readonly files: CatalogFiles;
	#trusted = true;
	#folders: string[] = [];
	readonly #settings = new Map<string, Promise<UnresSettings>>();
	readonly #catalogs = new Map<string, CatalogState>();
	readonly #reportedConfig = new Set<string>();
	readonly #reportedLayers = new Map<string, string>();
	readonly #configs = new Map<string, { config: UnresConfig; files: string[] }>();

	constructor(private readonly options: AssemblyOptions) {
		this.files = new CatalogFiles(options.workspace);
	}

	get trusted(): boolean {
		return this.#trusted;
	}

	/** Workspace trust: untrusted, no catalogue is read from the workspace. */
	setTrusted(trusted: boolean): boolean {
		const changed = trusted !== this.#trusted;
		this.#trusted = trusted;
		if (changed) {
			// The config's catalogue files count only when trusted: settings merged before are stale.
			this.forgetSettings();
		}
		this.forgetCatalogues();
		return changed;
	}

	get folders(): readonly string[] {
		return this.#folders;
	}

	setFolders(folders: readonly string[]): void {
		this.#folders = [...folders];
		this.forgetCatalogues();
	}

	/** Settings are read again (configuration or a `.unresrc.json` changed). */
	forgetSettings(uri?: string): void {
		if (uri === undefined) {
			this.#settings.clear();
			this.#configs.clear();
		} else {
			this.#settings.delete(uri);
			this.#configs.delete(uri);
		}
	}

	forgetCatalogues(): void {
		this.#catalogs.clear();
	}

	/** The settings of a draft: the editor's over its `.unresrc.json`, rule by rule. */
	settingsFor(uri: string): Promise<UnresSettings> {
		let s = this.#settings.get(uri);
		if (!s) {
			const editor = this.options.editorSettings(uri).then((v) => ({ ...DEFAULT_SETTINGS, ...(v ?? {}) }), () => DEFAULT_SETTINGS);
			s = editor.then((e) => this.#merge(uri, e));
			this.#settings.set(uri, s);
		}
		return s;
	}

	#merge(uri: string, e: UnresSettings): UnresSettings {
		const file = this.options.workspace.uriToPath(uri);
		if (!file) {
			return e;
		}
		const loaded = loadConfigFor(file, this.options.workspace.config, this.options.ruleIds);
		this.#configs.set(uri, loaded);
		for (const p of loaded.problems) {
			const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
			if (!this.#reportedConfig.has(key)) {
				this.#reportedConfig.add(key);
				this.options.onConfigProblem?.(p);
			}
		}
		const c = loaded.config;
		return {
			...e,
			language: e.language !== 'auto' ? e.language : c.language ?? 'auto',
			rules: { ...(c.rules ?? {}), ...(e.rules ?? {}) },
			catalog: { files: [...(this.#trusted ? c.catalogFiles ?? [] : []), ...(e.catalog?.files ?? [])] },
		};
	}

	/** The `.unresrc.json` configuration read for `uri` by {@link settingsFor} (its `ignore` globs, its files). */
	async configOf(uri: string): Promise<{ config: UnresConfig; files: string[] } | undefined> {
		await this.settingsFor(uri);
		return this.#configs.get(uri);
	}

	/** The workspace folder that holds `uri` (the deepest one). */
	folderOf(uri: string): string | undefined {
		const file = this.options.workspace.uriToPath(uri);
		if (!file) {
			return this.#folders.length === 1 ? this.#folders[0] : undefined;
		}
		return this.#folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
	}

	/** The catalogue files that apply to `uri`: the folder's `unres.catalog.json` (trusted only), then `unres.catalog.files`. */
	async catalogSources(uri: string): Promise<CatalogSource[]> {
		const folder = this.folderOf(uri);
		const out: CatalogSource[] = [];
		if (this.#trusted && folder) {
			out.push({ file: path.join(folder, WORKSPACE_CATALOGUE), optional: true });
		}
		const { catalog } = await this.settingsFor(uri);
		for (const p of Array.isArray(catalog?.files) ? catalog.files : []) {
			const file = typeof p === 'string' ? resolveCatalogPath(p, folder, this.options.workspace.homedir()) : undefined;
			if (file && !out.some((o) => o.file === file)) {
				out.push({ file, optional: false });
			}
		}
		return out;
	}

	/** Where the quick fix keeps cited resolutions: the first JSON file of `unres.catalog.files`, else the folder's `unres.catalog.json`. */
	async catalogueTarget(uri: string): Promise<string | undefined> {
		const sources = await this.catalogSources(uri);
		const named = sources.find((s) => !s.optional && /\.json$/i.test(s.file));
		return named?.file ?? sources.find((s) => s.optional)?.file;
	}

	/**
	 * The catalogue for `uri`: built in, then the user's files, then (trusted) what the workspace's drafts declare.
	 * Built again only when a source changes.
	 */
	async catalogFor(uri: string): Promise<CatalogLike> {
		const { index } = this.options;
		const now = this.options.now ?? Date.now;
		const sources = await this.catalogSources(uri);
		const sourcesKey = `${JSON.stringify(sources)}|${this.#trusted ? index.declarationsVersion : '-'}`;
		const known = this.#catalogs.get(sourcesKey);
		if (known && now() - known.checkedAt < (this.options.recheckMs ?? 1000)) {
			return known.catalog;
		}
		const layers = (await Promise.all(sources.map((s) => this.files.load(s.file, s.optional)))).filter((l): l is LoadedLayer => l !== undefined);
		const stamp = layers.map((l) => `${l.file}@${l.stamp}`).join('|');
		if (known && known.stamp === stamp) {
			this.#catalogs.set(sourcesKey, { ...known, checkedAt: now() });
			return known.catalog;
		}
		for (const layer of layers) {
			if (this.#reportedLayers.get(layer.file) !== layer.stamp) {
				this.#reportedLayers.set(layer.file, layer.stamp);
				this.options.onCatalogueLayer?.(layer);
			}
		}
		const all = this.#trusted && index.layer().entries.length > 0 ? [...layers, index.layer()] : layers;
		const builtin = this.options.builtinCatalog();
		const catalog = all.length > 0 ? new LayeredCatalog(builtin, all) : builtin;
		this.#catalogs.set(sourcesKey, { catalog, stamp, checkedAt: now() });
		return catalog;
	}

	/** A catalogue file changed on disk or was written. */
	catalogueFileChanged(file: string): void {
		this.files.forget(file);
		this.forgetCatalogues();
	}
}
