import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

const LANGUAGES: { label: string; value: string }[] = [
	{ label: 'Detect from the text', value: 'auto' },
	{ label: 'English', value: 'en' },
	{ label: 'Français', value: 'fr' },
	{ label: 'Español', value: 'es' },
	{ label: 'العربية', value: 'ar' },
	{ label: 'Русский', value: 'ru' },
	{ label: '中文', value: 'zh' },
];

export function registerCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
	return [
		vscode.commands.registerCommand('unres.restartServer', async () => {
			// stop then start: what the Node client's restart() does, and the browser client has no restart().
			const c = client();
			if (c?.isRunning()) {
				await c.stop();
			}
			await c?.start();
		}),
		vscode.commands.registerCommand('unres.showOutputChannel', () => {
			client()?.outputChannel.show(true);
		}),
		vscode.commands.registerCommand('unres.setLanguage', async (value?: string) => {
			const editor = vscode.window.activeTextEditor;
			const scope = editor?.document.uri;
			const config = vscode.workspace.getConfiguration('unres', scope);
			const current = config.get<string>('language', 'auto');
			const chosen = value ?? (await vscode.window.showQuickPick(
				LANGUAGES.map((l) => ({ label: l.label, description: l.value === current ? vscode.l10n.t('{0} (current)', l.value) : l.value, value: l.value })),
				{ title: vscode.l10n.t('unres: language of the resolution text') },
			))?.value;
			if (!chosen) {
				return;
			}
			const target = scope && vscode.workspace.getWorkspaceFolder(scope) ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
			await config.update('language', chosen, target);
		}),
		vscode.commands.registerCommand('unres.treatAsResolution', async (uri?: vscode.Uri) => {
			const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
			if (!document) {
				void vscode.window.showInformationMessage(vscode.l10n.t('unres: open a .md or .txt file that holds a resolution first.'));
				return;
			}
			await vscode.languages.setTextDocumentLanguage(document, 'unres');
		}),
	];
}
