import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ApplyAmendmentRequest, WriteAmendmentsRequest } from '../../server/src/protocol';

type Locale = 'en' | 'fr' | 'es';

async function textOf(target: vscode.Uri | string | undefined, title: string): Promise<{ text: string; uri?: vscode.Uri } | undefined> {
	if (typeof target === 'string' && !/^[a-z]+:\/\//.test(target)) {
		return { text: target };
	}
	let uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
	if (!uri) {
		const picked = await vscode.window.showOpenDialog({ title, canSelectMany: false, openLabel: title });
		uri = picked?.[0];
	}
	if (!uri) {
		return undefined;
	}
	const doc = await vscode.workspace.openTextDocument(uri);
	return { text: doc.getText(), uri };
}

/**
 * `unres.applyAmendment [draft] [amendment]`: the active draft (or the one given) amended by an amendment file, the
 * selection, or the text given; the result opens as a new untitled draft, instructions that cannot apply become
 * diagnostics on the amendment. `unres.writeOralRevisions [from] [to] [locale] [style]`: the instructions that turn
 * FROM (the base or the tabled version) into the active draft, in a new untitled document.
 */
export function registerAmendments(client: () => LanguageClient | undefined): vscode.Disposable[] {
	const diagnostics = vscode.languages.createDiagnosticCollection('unres-amendments');
	const apply = vscode.commands.registerCommand('unres.applyAmendment', async (draftArg?: vscode.Uri | string, amendmentArg?: vscode.Uri | string, locale?: Locale) => {
		const c = client();
		const editor = vscode.window.activeTextEditor;
		const selection = editor && !editor.selection.isEmpty && !draftArg && !amendmentArg ? editor.document.getText(editor.selection) : undefined;
		const draft = selection !== undefined ? await textOf(undefined, vscode.l10n.t('Draft to amend')) : draftArg ? await textOf(draftArg, vscode.l10n.t('Draft to amend')) : editor ? { text: editor.document.getText(), uri: editor.document.uri } : await textOf(undefined, vscode.l10n.t('Draft to amend'));
		const amendment = selection !== undefined ? { text: selection, uri: editor?.document.uri } : await textOf(amendmentArg, vscode.l10n.t('Amendment to apply'));
		if (!c || !draft || !amendment) {
			return undefined;
		}
		const r = await c.sendRequest<ApplyAmendmentRequest.Result>(ApplyAmendmentRequest.method, { draft: draft.text, amendments: [amendment.text], ...(locale ? { locale } : {}) } satisfies ApplyAmendmentRequest.Params);
		if (amendment.uri) {
			const doc = await vscode.workspace.openTextDocument(amendment.uri);
			const base = selection !== undefined && editor ? doc.offsetAt(editor.selection.start) : 0;
			diagnostics.set(amendment.uri, r.problems.map((p) => {
				const d = new vscode.Diagnostic(new vscode.Range(doc.positionAt(base + p.start), doc.positionAt(base + p.end)), p.message, vscode.DiagnosticSeverity.Warning);
				d.source = 'unres';
				d.code = 'amendment-not-applied';
				return d;
			}));
		}
		const result = await vscode.workspace.openTextDocument({ language: 'unres', content: r.text });
		await vscode.window.showTextDocument(result, { preview: false });
		if (r.problems.length > 0) {
			void vscode.window.showWarningMessage(vscode.l10n.t('unres: {0} instruction(s) applied, {1} not applied (see Problems).', r.applied, r.problems.length));
		}
		return { applied: r.applied, problems: r.problems.length, uri: result.uri.toString() };
	});
	const write = vscode.commands.registerCommand('unres.writeOralRevisions', async (fromArg?: vscode.Uri | string, toArg?: vscode.Uri | string, locale?: Locale, style?: 'amendment' | 'oral') => {
		const c = client();
		const editor = vscode.window.activeTextEditor;
		const to = toArg ? await textOf(toArg, vscode.l10n.t('Revised draft')) : editor ? { text: editor.document.getText() } : undefined;
		const from = await textOf(fromArg, vscode.l10n.t('Base or tabled version'));
		if (!c || !from || !to) {
			return undefined;
		}
		const lang = locale ?? (await vscode.window.showQuickPick(['en', 'fr', 'es'], { title: vscode.l10n.t('Language of the revisions') })) as Locale | undefined;
		if (!lang) {
			return undefined;
		}
		const r = await c.sendRequest<WriteAmendmentsRequest.Result>(WriteAmendmentsRequest.method, { from: from.text, to: to.text, locale: lang, style: style ?? 'oral' } satisfies WriteAmendmentsRequest.Params);
		const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: r.text });
		await vscode.window.showTextDocument(doc, { preview: false });
		return { text: r.text, uri: doc.uri.toString() };
	});
	return [diagnostics, apply, write];
}
