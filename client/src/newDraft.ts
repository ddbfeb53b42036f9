import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DraftTemplatesRequest } from '../../server/src/protocol';

interface DraftPick extends vscode.QuickPickItem {
	readonly body: string;
	readonly lang: string;
	readonly snippet: string;
}

/**
 * `unres.newDraft`: asks for the organ and the language, then opens a new untitled resolution with the
 * template inserted as a snippet (Tab moves from the symbol to the date, the sponsors, the title …).
 * Called with arguments (`'GA'`, `'fr'`) it asks nothing. The templates come from the server
 * (`unres/draftTemplates`): the client bundles nothing of the server but its protocol.
 */
export function registerNewDraft(client: () => LanguageClient | undefined): vscode.Disposable {
	return vscode.commands.registerCommand('unres.newDraft', async (body?: string, lang?: string) => {
		const templates = (await client()?.sendRequest<DraftTemplatesRequest.Result>(DraftTemplatesRequest.method)) ?? [];
		const picks: DraftPick[] = templates.map((t) => ({ label: t.label, description: t.description, detail: t.detail, body: t.body, lang: t.lang, snippet: t.snippet }));
		const chosen = picks.find((p) => p.body === body && p.lang === lang) ?? await vscode.window.showQuickPick(picks, {
			title: vscode.l10n.t('unres: new draft resolution'),
			placeHolder: vscode.l10n.t('Organ and language of the draft'),
			matchOnDescription: true,
			matchOnDetail: true,
		});
		if (!chosen) {
			return;
		}
		const document = await vscode.workspace.openTextDocument({ language: 'unres', content: '' });
		const editor = await vscode.window.showTextDocument(document);
		await editor.insertSnippet(new vscode.SnippetString(chosen.snippet));
	});
}
