import { MessageType, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EditSupport } from '../features/codeActions';
import type { LanguageService } from '../service/index';

/** What the client said it can do, read once in `initialize`. */
export interface ClientAbilities {
	canPullConfiguration: boolean;
	editSupport: EditSupport;
	canCreateFiles: boolean;
	canWatchFiles: boolean;
	canFollowFolders: boolean;
}

/**
 * The one object the LSP handlers share: the connection, the open documents, the language service and the
 * client's abilities. Each `lsp/*.ts` module registers its handlers on it; none keeps state of its own but timers.
 */
export interface LspState {
	readonly connection: Connection;
	readonly documents: TextDocuments<TextDocument>;
	readonly service: LanguageService;
	readonly client: ClientAbilities;
	/** Runs one feature; a failure answers `fallback` and is logged once per feature, the others go on. */
	guarded<T>(feature: string, fallback: T, run: () => Promise<T>): Promise<T>;
	/** Logs a failure once per feature. */
	logOnce(feature: string, error: unknown): void;
	/** A message in the editor's notification area, without waiting for an answer. */
	tell(type: MessageType, message: string): Promise<void>;
	/** Checks every open document again, once for a burst of calls (set by `lsp/diagnostics.ts`). */
	republishAll(delayMs?: number): void;
	/** Checks one document again, after a change settles (set by `lsp/diagnostics.ts`). */
	publish(uri: string): void;
}

export function createState(connection: Connection, documents: TextDocuments<TextDocument>, service: LanguageService): LspState {
	const failedOnce = new Set<string>();
	const state: LspState = {
		connection,
		documents,
		service,
		client: { canPullConfiguration: false, editSupport: { documentChanges: false, snippets: false }, canCreateFiles: false, canWatchFiles: false, canFollowFolders: false },
		guarded: (feature, fallback, run) =>
			run().catch((error: unknown) => {
				state.logOnce(feature, error);
				return fallback;
			}),
		logOnce: (feature, error) => {
			if (!failedOnce.has(feature)) {
				failedOnce.add(feature);
				connection.console.error(`unres: ${feature} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
			}
		},
		tell: (type, message) => connection.sendNotification(ShowMessageNotification.type, { type, message }),
		republishAll: () => undefined,
		publish: () => undefined,
	};
	return state;
}
