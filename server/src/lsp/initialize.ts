import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../features/codeActions';
import { localeOf } from '../l10n/messages';
import { ADD_TO_CATALOGUE_COMMAND, RENUMBER_COMMAND, CLEAN_UP_COMMAND, type InitializationOptions } from '../protocol';
import type { LspState } from './state';

/** `initialize`: what the client can do (kept on the state), the locale, trust and folders, and what the server offers. */
export function registerInitialize(state: LspState, onOptions?: (options: InitializationOptions) => void): void {
	state.connection.onInitialize((params: InitializeParams): InitializeResult => {
		const { client, service } = state;
		const workspace = params.capabilities.workspace;
		const workspaceEdit = workspace?.workspaceEdit;
		client.canPullConfiguration = workspace?.configuration === true;
		client.editSupport = { documentChanges: workspaceEdit?.documentChanges === true, snippets: workspaceEdit?.documentChanges === true && workspaceEdit?.snippetEditSupport === true };
		client.canCreateFiles = workspaceEdit?.documentChanges === true && (workspaceEdit.resourceOperations ?? []).includes('create');
		client.canWatchFiles = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		client.canFollowFolders = workspace?.workspaceFolders === true;
		service.setLocale(localeOf(params.locale));
		const options = (params.initializationOptions ?? {}) as InitializationOptions;
		onOptions?.(options);
		service.assembly.setTrusted(options.workspaceTrusted !== false);
		const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
		service.assembly.setFolders(roots.map((r) => state.service.workspace.uriToPath(r)).filter((f): f is string => f !== undefined));
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				documentSymbolProvider: { label: 'unres' },
				foldingRangeProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorRewrite] },
				executeCommandProvider: { commands: [RENUMBER_COMMAND, ADD_TO_CATALOGUE_COMMAND, CLEAN_UP_COMMAND] },
				documentLinkProvider: { resolveProvider: false },
				definitionProvider: true,
				referencesProvider: true,
				// A space after `14.` opens the list of operative verbs; `/` continues a symbol (`S/RES/`, `73/`).
				completionProvider: { triggerCharacters: [' ', '/'], resolveProvider: false },
				hoverProvider: true,
				codeLensProvider: { resolveProvider: false },
				...(client.canFollowFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
			},
			serverInfo: { name: 'unres', version: '0.1.0' },
		};
	});
}
