import { MessageType } from 'vscode-languageserver';
import { cleanUp, type CleanUpResult } from '../service/negotiation';
import type { LspState } from './state';

/** `unres.cleanUp`: the service plans, the client applies; the answer says what was done or what remains. */
export async function cleanUpCommand(state: LspState, uri: string | undefined): Promise<CleanUpResult | undefined> {
	const { connection, service, tell } = state;
	const outcome = cleanUp(uri ? await service.analyze(uri) : undefined, service.locale);
	if (outcome.kind === 'message') {
		await tell(outcome.type === 'info' ? MessageType.Info : MessageType.Warning, outcome.message);
		return outcome.result;
	}
	const applied = await connection.workspace.applyEdit({ label: outcome.label, edit: outcome.edit });
	return applied.applied ? outcome.result : undefined;
}
