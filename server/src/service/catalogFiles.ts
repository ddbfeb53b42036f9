import { type CatalogLayer, loadCatalogLayer } from '../catalog/layers';
import type { Workspace } from './workspace';

export interface LoadedLayer extends CatalogLayer {
	/** Modification time and size the layer was read at; `missing` when the file is not there. */
	readonly stamp: string;
}

function unreadable(file: string, reason: string, stamp: string): LoadedLayer {
	return { file, entries: [], completeSessions: [], problems: [{ file, line: 0, message: `cannot be read (${reason})` }], stamp };
}

/** Reads user catalogue files through the workspace, once per version of each file. */
export class CatalogFiles {
	readonly #cache = new Map<string, LoadedLayer>();

	constructor(private readonly workspace: Workspace) {}

	/** The layer of `file`; a file that cannot be read is a layer with one problem, never an exception. */
	async load(file: string, optional = false): Promise<LoadedLayer | undefined> {
		const st = await this.workspace.stat(file).catch(() => undefined);
		const stamp = st ? `${st.mtime}:${st.size}` : 'missing';
		if (!st && optional) {
			return undefined;
		}
		const cached = this.#cache.get(file);
		if (cached?.stamp === stamp) {
			return cached;
		}
		let layer: LoadedLayer;
		try {
			layer = { ...loadCatalogLayer(file, await this.workspace.readFile(file)), stamp };
		} catch (err) {
			const e = err as { code?: string; message?: string };
			layer = unreadable(file, e.code ?? e.message ?? String(err), stamp);
		}
		this.#cache.set(file, layer);
		return layer;
	}

	/** Forget a file, so the next load reads it again. */
	forget(file: string): void {
		this.#cache.delete(file);
	}
}
