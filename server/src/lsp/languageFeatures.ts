import type { CodeAction, CompletionList, Hover } from 'vscode-languageserver';
import type { LspState } from './state';

/** The requests on one document, each handed to the language service inside `guarded` (a failure answers empty). */
export function registerLanguageFeatures(state: LspState): void {
	const { connection, service, guarded } = state;
	connection.onDocumentSymbol((p) => guarded('documentSymbol', [], () => service.getDocumentSymbols(p.textDocument.uri)));
	connection.onFoldingRanges((p) => guarded('foldingRange', [], () => service.getFoldingRanges(p.textDocument.uri)));
	connection.onDocumentLinks((p) => guarded('documentLink', [], () => service.getDocumentLinks(p.textDocument.uri)));
	connection.onDefinition((p) => guarded('definition', [], () => service.getDefinition(p.textDocument.uri, p.position)));
	connection.onReferences((p) => guarded('references', [], () => service.getReferences(p.textDocument.uri, p.position, p.context.includeDeclaration)));
	connection.onCodeAction((p) => guarded<CodeAction[]>('codeAction', [], async () => [
		...await service.getCodeActions(p.textDocument.uri, p.range, p.context, state.client.editSupport),
		// Negotiation texts: accept an alternative, remove brackets, mark as agreed.
		...await service.getNegotiationActions(p.textDocument.uri, p.range, p.context),
	]));
	connection.onHover((p) => guarded<Hover | null>('hover', null, async () =>
		(await service.getHover(p.textDocument.uri, p.position)) ?? state.extraHovers.map((h) => h(p.textDocument.uri, p.position)).find((h) => h !== undefined) ?? null));
	connection.onCompletion((p) => guarded<CompletionList>('completion', { isIncomplete: false, items: [] }, () => service.getCompletions(p.textDocument.uri, p.position)));
}
