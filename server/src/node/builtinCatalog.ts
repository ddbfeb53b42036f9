/**
 * Reads the built-in catalogue (`server/data/catalog.json`) from the disk: the node side of the pure
 * `Catalog` constructor. A browser host would fetch the same text and call `new Catalog(text)`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../catalog/catalog';

/**
 * Where `catalog.json` may be, relative to the running code, first found wins:
 * - `dist/server.bundle.js`, `dist/cli.js` (esbuild bundles): `<root>/server/data/catalog.json`;
 * - compiled tests and sources in `out/server/src/catalog/`: four levels up, then `server/data`;
 * - sources run in place (`server/src/catalog/`): `server/data`;
 * - a bundle shipped with the file beside it: `./catalog.json`, `./data/catalog.json`.
 */
export function builtinCatalogCandidates(dir: string = __dirname): string[] {
	return [
		path.join(dir, '..', 'server', 'data', 'catalog.json'),
		path.join(dir, '..', '..', '..', '..', 'server', 'data', 'catalog.json'),
		path.join(dir, '..', '..', 'data', 'catalog.json'),
		path.join(dir, '..', 'data', 'catalog.json'),
		path.join(dir, 'data', 'catalog.json'),
		path.join(dir, 'catalog.json'),
	];
}

// The process reads the 2 MB file once: the server, the CLI and the tests all share it.
let builtin: Catalog | undefined;

/**
 * The built-in catalogue, read once (the text is parsed on first use). When the file cannot be found or read the
 * catalogue is empty and {@link Catalog.loadError} says why; this never throws.
 */
export function loadBuiltinCatalog(file?: string): Catalog {
	if (!file && builtin) {
		return builtin;
	}
	const candidates = file ? [file] : builtinCatalogCandidates();
	let catalog: Catalog | undefined;
	for (const candidate of candidates) {
		try {
			catalog = new Catalog(fs.readFileSync(candidate, 'utf8'), candidate);
			break;
		} catch {
			// try the next place
		}
	}
	catalog ??= Catalog.empty(undefined, `catalogue not found; looked in ${candidates.join(', ')}`);
	if (!file) {
		builtin = catalog;
	}
	return catalog;
}
