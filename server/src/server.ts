import type { Connection } from 'vscode-languageserver';
import type { CatalogLike } from './catalog/catalog';
import { registerAmendmentHandlers } from './lsp/amendments';
import { registerCommands } from './lsp/commands';
import { registerAkn } from './lsp/akn';
import { registerDiagnostics } from './lsp/diagnostics';
import { DocumentStore } from './lsp/documentStore';
import { lspHost } from './lsp/host';
import { registerInitialize } from './lsp/initialize';
import { registerLanguageFeatures } from './lsp/languageFeatures';
import { createState, type LspState } from './lsp/state';
import { registerVersions } from './lsp/versions';
import { registerWorkspace } from './lsp/workspace';
import type { InitializationOptions, UnresSettings } from './protocol';
import { createLanguageService, type FeatureSet, type Workspace } from './service/index';

/** What the entry point provides: the file system and the built-in catalogue (Node: the disk), and features tests replace. */
export interface ServerRuntime {
	readonly workspace: Workspace;
	readonly builtinCatalog: () => CatalogLike;
	readonly features?: Partial<FeatureSet>;
	/** Called with the client's initialization options before anything is analysed (the browser: config files). */
	readonly initialize?: (options: InitializationOptions) => void;
	/** Run once the typing has stopped for a second (Node: a full garbage collection; see node/collect.ts). */
	readonly idle?: () => void;
}

/**
 * Wires the language service to an LSP connection: one shared state, then the handlers by concern (`lsp/`).
 * Knows no transport and no file system: `main.ts` brings both.
 */
export function startServer(connection: Connection, runtime: ServerRuntime): LspState {
	// The open documents, with the edits between their versions (an edit is reparsed in place).
	const documents = new DocumentStore();
	// The service's host and settings reach the state, which holds the service: the state is read when they are called.
	let state: LspState | undefined;
	const current = (): LspState => state!;
	const service = createLanguageService({
		workspace: runtime.workspace,
		documents,
		builtinCatalog: runtime.builtinCatalog,
		...(runtime.features ? { features: runtime.features } : {}),
		host: lspHost(current, runtime.workspace),
		settings: (uri) =>
			current().client.canPullConfiguration
				? connection.workspace.getConfiguration({ scopeUri: uri, section: 'unres' }) as Promise<Partial<UnresSettings> | null>
				: Promise.resolve(undefined),
	});
	state = createState(connection, documents, service);
	registerInitialize(state, runtime.initialize);
	registerDiagnostics(state, runtime.idle);
	registerLanguageFeatures(state);
	registerCommands(state);
	registerAkn(state);
	registerWorkspace(state);
	registerAmendmentHandlers(connection);
	state.extraHovers.push(registerVersions(state, (key) => runtime.builtinCatalog().get(key)?.date));
	documents.listen(connection);
	connection.listen();
	return current();
}
