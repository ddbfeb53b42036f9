import type { CatalogLike } from '../catalog/catalog';
import { DocumentInfoNotification } from '../protocol';
import type { LspState } from './state';
import { backgroundTimeout, nextTurn, type Scheduled } from './timers';

/**
 * Diagnostics and document info, pushed (`textDocument/publishDiagnostics`, `unres/documentInfo`) two turns of
 * the event loop after a change, so a burst of edits costs one analysis (ARCHITECTURE.md, decision 8 and "The LSP
 * layer" on why not pull diagnostics).
 */
/** How long the typing must stop before the runtime's idle work runs. */
const IDLE_MS = 1000;

export function registerDiagnostics(state: LspState, idle?: () => void): void {
	const { connection, documents, service, guarded } = state;
	const pending = new Map<string, Scheduled>();
	let republishTimer: Scheduled | undefined;
	let warmTimer: Scheduled | undefined;
	// Once the typing stops, what the edits left behind is freed at once (the runtime's `idle`): memory stays flat.
	let idleTimer: Scheduled | undefined;
	const idleSoon = () => {
		if (idle) {
			idleTimer?.cancel();
			idleTimer = backgroundTimeout(() => void guarded('idle', undefined, async () => idle()), IDLE_MS);
		}
	};
	// What was last sent per document: a version is published once (a republish that finds the same answer sends nothing).
	const sent = new Map<string, { version: number; diagnostics: unknown; info?: unknown }>();
	const already = (uri: string, version: number, key: 'diagnostics' | 'info', value: unknown): boolean => {
		const last = sent.get(uri);
		if (last && last.version === version && last[key] !== undefined && JSON.stringify(last[key]) === JSON.stringify(value)) {
			return true;
		}
		sent.set(uri, { ...(last?.version === version ? last : { diagnostics: undefined }), version, [key]: value });
		return false;
	};
	// A newer version is on its way (its own round is scheduled): an answer for an older one is not sent.
	const stale = (uri: string, version: number) => {
		const current = documents.get(uri)?.version;
		return current !== undefined && current !== version;
	};

	// The completion index takes a good fraction of a second to build: it waits for a pause in the typing.
	const warmSoon = (catalog: CatalogLike) => {
		if (!service.isWarm(catalog)) {
			warmTimer?.cancel();
			warmTimer = backgroundTimeout(() => void guarded('completion index', undefined, async () => service.warmCompletion(catalog)), 500);
		}
	};

	// Diagnostics first, then the status bar's document info: the first publication does not wait for what only the
	// status bar shows (both read the same analysis, computed once).
	const run = (uri: string) => {
		void (async () => {
			await guarded('diagnostics', undefined, async () => {
				const answer = await service.getDiagnostics(uri);
				const document = documents.get(uri);
				if (answer && document) {
					if (!stale(uri, answer.version) && !already(uri, answer.version, 'diagnostics', answer.diagnostics)) {
						await connection.sendDiagnostics({ uri, version: answer.version, diagnostics: answer.diagnostics });
					}
					warmSoon(answer.catalog);
				} else if (document) {
					sent.delete(uri);
					// Not analysed (over the size limit): no stale diagnostics stay behind.
					await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
				}
			});
			await guarded('documentInfo', undefined, async () => {
				const answer = await service.getDocumentInfo(uri);
				if (answer && !stale(uri, answer.version) && !already(uri, answer.version, 'info', answer.info)) {
					const params: DocumentInfoNotification.Params = { uri, ...answer };
					await connection.sendNotification(DocumentInfoNotification.method, params);
				}
			});
		})();
	};

	state.publish = (uri) => {
		idleSoon();
		pending.get(uri)?.cancel();
		// The connection reads one message per turn of the event loop: waiting two turns lets a queued edit cancel this round.
		pending.set(uri, nextTurn(() => pending.set(uri, nextTurn(() => {
			pending.delete(uri);
			run(uri);
		}))));
	};

	state.republishAll = (delayMs = 200) => {
		republishTimer?.cancel();
		republishTimer = backgroundTimeout(() => documents.all().forEach((d) => state.publish(d.uri)), delayMs);
	};

	documents.onDidOpen((e) => state.publish(e.document.uri));
	documents.onDidChangeContent((e) => state.publish(e.document.uri));
	documents.onDidClose((e) => {
		const { uri } = e.document;
		pending.get(uri)?.cancel();
		pending.delete(uri);
		sent.delete(uri);
		void guarded('workspace index', undefined, () => service.documentClosed(uri));
		void guarded('diagnostics', undefined, () => connection.sendDiagnostics({ uri, diagnostics: [] }));
	});
}
