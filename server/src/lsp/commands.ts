import { MessageType } from 'vscode-languageserver';
import type { NewEntry } from '../catalog/edit';
import { ADD_TO_CATALOGUE_COMMAND, CLEAN_UP_COMMAND, DraftTemplatesRequest, RENUMBER_COMMAND, ServerEnvironmentRequest } from '../protocol';
import { draftTemplateItems } from '../service/index';
import { cleanUpCommand } from './negotiation';
import type { LspState } from './state';

/**
 * `workspace/executeCommand`: `unres.renumber` and `unres.addToCatalogue` (the service plans, the client applies);
 * `unres/draftTemplates` for the client's `unres.newDraft`.
 */
export function registerCommands(state: LspState): void {
	const { connection, documents, service, guarded, tell } = state;

	const addToCatalogue = async (uri: string, entry: NewEntry) => {
		const outcome = await service.addToCatalogue(uri, entry, state.client.canCreateFiles);
		if (outcome.kind === 'message') {
			await tell(MessageType.Warning, outcome.message);
			return;
		}
		if (outcome.kind === 'edit' && !(await connection.workspace.applyEdit({ label: outcome.label, edit: outcome.edit })).applied) {
			return;
		}
		service.assembly.catalogueFileChanged(outcome.target);
		await tell(MessageType.Info, outcome.done);
		state.republishAll(0);
	};

	const renumber = async (args: unknown[] | undefined) => {
		const uri = commandUri(args) ?? (documents.all().length === 1 ? documents.all()[0].uri : undefined);
		const outcome = await service.renumber(uri, state.client.editSupport);
		if (outcome.kind === 'message') {
			await tell(outcome.type === 'info' ? MessageType.Info : MessageType.Warning, outcome.message);
			return;
		}
		await connection.workspace.applyEdit({ label: outcome.label, edit: outcome.edit });
		if (outcome.notes) {
			await tell(MessageType.Warning, outcome.notes);
		}
	};

	// Where the server runs (the web e2e test asserts the worker): `typeof process` as the server sees it.
	connection.onRequest(ServerEnvironmentRequest.method, (): ServerEnvironmentRequest.Result => ({ process: typeof process, host: typeof process === 'undefined' ? 'browser' : 'node' }));
	connection.onRequest(DraftTemplatesRequest.method, () => guarded<DraftTemplatesRequest.Result>('draftTemplates', [], async () => draftTemplateItems()));

	connection.onExecuteCommand((params) =>
		guarded<unknown>('executeCommand', undefined, async () => {
			if (params.command === ADD_TO_CATALOGUE_COMMAND) {
				const [uri, entry] = (params.arguments ?? []) as [unknown, Partial<NewEntry> | undefined];
				if (typeof uri === 'string' && typeof entry?.symbol === 'string') {
					await addToCatalogue(uri, { symbol: entry.symbol, ...(typeof entry.date === 'string' ? { date: entry.date } : {}) });
				}
			} else if (params.command === RENUMBER_COMMAND) {
				await renumber(params.arguments);
			} else if (params.command === CLEAN_UP_COMMAND) {
				return cleanUpCommand(state, commandUri(params.arguments) ?? (documents.all().length === 1 ? documents.all()[0].uri : undefined));
			}
			return undefined;
		}),
	);
}

/** `unres.renumber` takes the document URI as a string, or an object with `uri` (a VS Code `Uri` as JSON). */
export function commandUri(args: unknown[] | undefined): string | undefined {
	const first = args?.[0];
	if (typeof first === 'string') {
		return first;
	}
	if (first && typeof first === 'object') {
		const o = first as { uri?: unknown; external?: unknown; textDocument?: { uri?: unknown } };
		for (const v of [o.uri, o.external, o.textDocument?.uri]) {
			if (typeof v === 'string') {
				return v;
			}
		}
	}
	return undefined;
}
