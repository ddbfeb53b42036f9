import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DocumentInfoNotification } from '../../server/src/protocol';

const BODY_NAMES: Record<string, string> = { GA: 'General Assembly', SC: 'Security Council', ECOSOC: 'Economic and Social Council', HRC: 'Human Rights Council' };

/** Status bar item for the active unres editor: `FR · 21 PP · 16 OP · 7 notes`. */
export class StatusItem implements vscode.Disposable {
	readonly #item = vscode.window.createStatusBarItem('unres.status', vscode.StatusBarAlignment.Right, 100);
	readonly #infos = new Map<string, DocumentInfoNotification.Params>();
	readonly #disposables: vscode.Disposable[] = [];

	constructor(client: LanguageClient) {
		this.#item.name = 'unres';
		this.#item.command = 'unres.setLanguage';
		this.#disposables.push(
			this.#item,
			client.onNotification(DocumentInfoNotification.method, (params: DocumentInfoNotification.Params) => {
				this.#infos.set(params.uri, params);
				this.#render();
			}),
			vscode.window.onDidChangeActiveTextEditor(() => this.#render()),
			vscode.workspace.onDidCloseTextDocument((d) => this.#infos.delete(d.uri.toString())),
		);
	}

	#render(): void {
		const editor = vscode.window.activeTextEditor;
		const params = editor && editor.document.languageId === 'unres' ? this.#infos.get(editor.document.uri.toString()) : undefined;
		if (!params) {
			this.#item.hide();
			return;
		}
		const { info } = params;
		this.#item.text = `$(law) ${info.summary}`;
		const tooltip = new vscode.MarkdownString(undefined, true);
		tooltip.appendMarkdown(`**unres** — ${info.body ? BODY_NAMES[info.body] : 'organ not found'}${info.ownSymbol ? ` · \`${info.ownSymbol}\`` : ''}\n\n`);
		tooltip.appendMarkdown(`Language: ${info.lang.toUpperCase()} (${info.langDetected ? 'detected' : 'set'}) — click to change\n\n`);
		tooltip.appendMarkdown(`${info.preambular} preambular · ${info.operative} operative · ${info.footnotes} footnotes · ${info.citations} citations`);
		if (info.negotiation) {
			const n = info.negotiation;
			tooltip.appendMarkdown(`\n\nNegotiation text: ${n.open} brackets open · ${n.agreed} agreed · ${n.labels} labels · ${n.options} option blocks`);
		}
		this.#item.tooltip = tooltip;
		this.#item.show();
	}

	dispose(): void {
		for (const d of this.#disposables) {
			d.dispose();
		}
	}
}
