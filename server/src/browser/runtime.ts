import type { Connection } from 'vscode-languageserver';
import { Catalog } from '../catalog/catalog';
import type { ServerRuntime } from '../server';
import { createClientWorkspace, uriToPath } from './workspace';

/**
 * The server in a browser worker: the workspace through the client; the built-in catalogue is the text of the
 * extension's server/data/catalog.json, which the client reads and sends in `initialize` (the .vsix ships it once,
 * for the Node server and the worker alike). Parsed on first use.
 */
export function browserRuntime(connection: Connection): ServerRuntime {
	const configFiles = new Map<string, string>();
	let text: string | undefined;
	let builtin: Catalog | undefined;
	return {
		workspace: createClientWorkspace(connection, configFiles),
		initialize: (options) => {
			for (const { uri, text } of options.configFiles ?? []) {
				const file = uriToPath(uri);
				if (file && typeof text === 'string') {
					configFiles.set(file, text);
				}
			}
			text = typeof options.builtinCatalog === 'string' ? options.builtinCatalog : undefined;
		},
		builtinCatalog: () => {
			if (!builtin) {
				builtin = text !== undefined ? new Catalog(text, 'catalog.json (from the client)') : Catalog.empty(undefined, 'the client sent no catalogue');
				text = undefined;
			}
			return builtin;
		},
	};
}
