/**
 * The file system side of the catalogue and the workspace: finding `unres` files, reading user catalogue files with
 * a cache keyed by modification time, and where a path in `unres.catalog.files` points. Node only; no LSP.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type CatalogLayer, loadCatalogLayer } from '../catalog/layers';

export const UNRES_FILE = /\.(?:unres|unres\.md|unres\.txt)$/i;
/** The workspace catalogue a folder may keep at its root; loaded in trusted workspaces, written by the quick fix. */
export const WORKSPACE_CATALOGUE = 'unres.catalog.json';

// Folders never worth walking into.
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '.cache']);

export function uriToPath(uri: string): string | undefined {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
	} catch {
		return undefined;
	}
}

export function pathToUri(file: string): string {
	return pathToFileURL(file).href;
}

/**
 * The `unres` files under `root`, breadth first, at most `max` of them; hidden folders and build output are skipped.
 * A folder that cannot be read is passed over.
 */
export async function findUnresFiles(root: string, max = 5000): Promise<string[]> {
	const out: string[] = [];
	const queue = [root];
	while (queue.length > 0 && out.length < max) {
		const dir = queue.shift()!;
		let entries;
		try {
			entries = await fs.readdir(dir, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!entry.name.startsWith('.') && !SKIP.has(entry.name)) {
					queue.push(full);
				}
			} else if (entry.isFile() && UNRES_FILE.test(entry.name)) {
				out.push(full);
				if (out.length >= max) {
					break;
				}
			}
		}
	}
	return out.sort();
}

/** A path of `unres.catalog.files`: absolute, `~/…`, `${workspaceFolder}/…`, or relative to the workspace folder. */
export function resolveCatalogPath(p: string, folder: string | undefined): string | undefined {
	let s = p.trim();
	if (!s) {
		return undefined;
	}
	if (s.startsWith('${workspaceFolder}')) {
		if (!folder) {
			return undefined;
		}
		s = path.join(folder, s.slice('${workspaceFolder}'.length));
	} else if (s === '~' || s.startsWith('~/') || s.startsWith('~\\')) {
		s = path.join(os.homedir(), s.slice(1));
	} else if (!path.isAbsolute(s)) {
		if (!folder) {
			return undefined;
		}
		s = path.join(folder, s);
	}
	return path.normalize(s);
}

export interface LoadedLayer extends CatalogLayer {
	/** Modification time and size the layer was read at; `missing` when the file is not there. */
	readonly stamp: string;
}

/** Reads user catalogue files, once per version of each file. */
export class CatalogFiles {
	readonly #cache = new Map<string, LoadedLayer>();

	/** The layer of `file`; a file that cannot be read is a layer with one problem, never an exception. */
	async load(file: string, optional = false): Promise<LoadedLayer | undefined> {
		let stamp: string;
		try {
			const st = await fs.stat(file);
			stamp = `${st.mtimeMs}:${st.size}`;
		} catch (err) {
			if (optional) {
				return undefined;
			}
			stamp = 'missing';
			const cached = this.#cache.get(file);
			if (cached?.stamp === stamp) {
				return cached;
			}
			const layer: LoadedLayer = { file, entries: [], completeSessions: [], problems: [{ file, line: 0, message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }], stamp };
			this.#cache.set(file, layer);
			return layer;
		}
		const cached = this.#cache.get(file);
		if (cached?.stamp === stamp) {
			return cached;
		}
		let layer: LoadedLayer;
		try {
			layer = { ...loadCatalogLayer(file, await fs.readFile(file, 'utf8')), stamp };
		} catch (err) {
			layer = { file, entries: [], completeSessions: [], problems: [{ file, line: 0, message: `cannot be read (${(err as Error).message})` }], stamp };
		}
		this.#cache.set(file, layer);
		return layer;
	}

	/** Forget a file, so the next load reads it again. */
	forget(file: string): void {
		this.#cache.delete(file);
	}
}
