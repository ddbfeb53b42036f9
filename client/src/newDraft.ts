import * as vscode from 'vscode';
import { BODY_LABEL, draftTemplate, LANG_LABEL, TEMPLATE_BODIES } from '../../server/src/features/templates';
import { LEAD_LANGS, type LeadLang } from '../../server/src/leadPhrases/index';
import type { Body } from '../../server/src/model/document';

interface DraftPick extends vscode.QuickPickItem {
	readonly body: Body;
	readonly lang: LeadLang;
}

/**
 * `unres.newDraft`: asks for the organ and the language, then opens a new untitled resolution with the
 * template inserted as a snippet (Tab moves from the symbol to the date, the sponsors, the title …).
 * Called with arguments (`'GA'`, `'fr'`) it asks nothing.
 */
export function registerNewDraft(): vscode.Disposable {
	return vscode.commands.registerCommand('unres.newDraft', async (body?: string, lang?: string) => {
		const picks: DraftPick[] = TEMPLATE_BODIES.flatMap((b) => LEAD_LANGS.map((l) => ({
			label: BODY_LABEL[b][l],
			description: LANG_LABEL[l],
			detail: l === 'en' ? undefined : BODY_LABEL[b].en,
			body: b,
			lang: l,
		})));
		const chosen = picks.find((p) => p.body === body && p.lang === lang) ?? await vscode.window.showQuickPick(picks, {
			title: 'unres: new draft resolution',
			placeHolder: 'Organ and language of the draft',
			matchOnDescription: true,
			matchOnDetail: true,
		});
		if (!chosen) {
			return;
		}
		const document = await vscode.workspace.openTextDocument({ language: 'unres', content: '' });
		const editor = await vscode.window.showTextDocument(document);
		await editor.insertSnippet(new vscode.SnippetString(draftTemplate(chosen.body, chosen.lang)));
	});
}
