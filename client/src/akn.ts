import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ExportAknRequest, ImportAknRequest } from '../../server/src/protocol';

/** An Akoma Ntoso document: the root element near the top (the server reads the rest). */
export function looksLikeAkn(text: string): boolean {
	return /<akomaNtoso[\s>]/.test(text.slice(0, 4096));
}

/**
 * `unres.openAknAsDraft`: the active (or given) AKN4UN XML file — the UN's official resolution XML — opened as a new
 * untitled unres draft. `unres.exportAkn`: the active draft saved as AKN4UN XML. The conversion is the server's
 * (`unres/importAkn`, `unres/exportAkn`); the client only reads and writes files.
 */
export function registerAkn(client: () => LanguageClient | undefined): vscode.Disposable[] {
	return [
		vscode.commands.registerCommand('unres.openAknAsDraft', async (uri?: vscode.Uri) => {
			const target = uri ?? vscode.window.activeTextEditor?.document.uri;
			if (!target) {
				void vscode.window.showWarningMessage(vscode.l10n.t('unres: open an AKN4UN XML file first.'));
				return undefined;
			}
			const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
			const xml = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
			if (!looksLikeAkn(xml)) {
				void vscode.window.showWarningMessage(vscode.l10n.t('unres: this file is not Akoma Ntoso (AKN4UN) XML.'));
				return undefined;
			}
			const result = await client()?.sendRequest<ImportAknRequest.Result>(ImportAknRequest.method, { xml } satisfies ImportAknRequest.Params);
			if (!result?.markdown) {
				void vscode.window.showWarningMessage(result?.problems.length ? vscode.l10n.t('unres: could not read this AKN4UN file: {0}.', result.problems[0]) : vscode.l10n.t('unres: could not read this AKN4UN file.'));
				return undefined;
			}
			const document = await vscode.workspace.openTextDocument({ language: 'unres', content: result.markdown });
			await vscode.window.showTextDocument(document);
			return document.uri.toString();
		}),
		vscode.commands.registerCommand('unres.exportAkn', async (uri?: vscode.Uri, out?: vscode.Uri) => {
			const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
			if (!document) {
				return undefined;
			}
			const params: ExportAknRequest.Params = { text: document.getText(), today: new Date().toISOString().slice(0, 10) };
			const result = await client()?.sendRequest<ExportAknRequest.Result>(ExportAknRequest.method, params);
			if (!result?.xml) {
				return undefined;
			}
			const base = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/(\.unres)?\.(md|txt)$|\.unres$/, '') + '.xml' }) : undefined;
			const target = out ?? await vscode.window.showSaveDialog({ defaultUri: base, filters: { 'AKN4UN XML': ['xml'] }, title: vscode.l10n.t('unres: export to AKN4UN') });
			if (!target) {
				return undefined;
			}
			await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.xml));
			return target.toString();
		}),
	];
}
