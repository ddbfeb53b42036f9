import type { Connection } from 'vscode-languageserver';
import { Catalog } from '../catalog/catalog';
import type { ServerRuntime } from '../server';
import { createClientWorkspace, uriToPath } from './workspace';

/** server/data/catalog.json as text, put in the bundle by esbuild.mjs (`define`); parsed on first use. */
declare const UNRES_BUILTIN_CATALOG: string;

let builtin: Catalog | undefined;

/** The server in a browser worker: the workspace through the client, the built-in catalogue from the bundle. */
export function browserRuntime(connection: Connection): ServerRuntime {
	const configFiles = new Map<string, string>();
	return {
		workspace: createClientWorkspace(connection, configFiles),
		initialize: (options) => {
			for (const { uri, text } of options.configFiles ?? []) {
				const file = uriToPath(uri);
				if (file && typeof text === 'string') {
					configFiles.set(file, text);
				}
			}
		},
		builtinCatalog: () => (builtin ??= typeof UNRES_BUILTIN_CATALOG === 'string'
			? new Catalog(UNRES_BUILTIN_CATALOG, 'catalog.json (bundled)')
			: Catalog.empty(undefined, 'the browser bundle carries no catalogue')),
	};
}
