import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { VersionsRequests } from '../../server/src/protocol';

/**
 * Versions in the editor: the base text of a draft (found by the server, named by the draft, or set here and kept in
 * the workspace state), the diff editor on the two texts aligned by paragraph, a status bar item with the summary,
 * next session's draft from a resolution, and the export to Word with tracked changes.
 */
const SCHEME = 'unres-versions';
const STATE = 'unres.baseText';

export function registerVersions(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.Disposable[] {
	const contents = new Map<string, string>();
	const changed = new vscode.EventEmitter<vscode.Uri>();
	const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '' };
	const status = vscode.window.createStatusBarItem('unres.versions', vscode.StatusBarAlignment.Right, 99);
	status.name = 'unres: base text';
	status.command = 'unres.compareWithBase';

	const bases = (): Record<string, string> => context.workspaceState.get<Record<string, string>>(STATE) ?? {};
	const activeDraft = (uri?: vscode.Uri | string): string | undefined => (typeof uri === 'string' ? uri : uri?.toString()) ?? vscode.window.activeTextEditor?.document.uri.toString();

	/** Tells the server the base chosen for a draft, when there is one. */
	const sendBase = async (uri: string) => {
		const base = bases()[uri];
		if (base) {
			await client()?.sendRequest(VersionsRequests.setBase, { uri, base } satisfies VersionsRequests.SetBaseParams);
		}
	};

	const compare = async (uri: string) => client()?.sendRequest<VersionsRequests.CompareResult | null>(VersionsRequests.compare, { uri, base: bases()[uri] ?? null } satisfies VersionsRequests.CompareParams);

	let retries = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const refreshStatus = async () => {
		const editor = vscode.window.activeTextEditor;
		if (!editor || editor.document.languageId !== 'unres' || !client()) {
			status.hide();
			return;
		}
		try {
			const result = await compare(editor.document.uri.toString());
			if (!result) {
				status.hide();
				// The server indexes the workspace after it starts: the base may be found a little later.
				if (retries++ < 20) {
					timer = setTimeout(() => void refreshStatus(), 1000);
				}
				return;
			}
			retries = 0;
			status.text = `$(diff) ${result.baseSymbol}`;
			status.tooltip = result.summary;
			status.show();
		} catch {
			// The client may still be starting.
			status.hide();
			if (retries++ < 20) {
				timer = setTimeout(() => void refreshStatus(), 1000);
			}
		}
	};

	const later = () => {
		clearTimeout(timer);
		retries = 0;
		timer = setTimeout(() => void refreshStatus(), 500);
	};

	later();
	return [
		status,
		{ dispose: () => clearTimeout(timer) },
		changed,
		vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
		vscode.window.onDidChangeActiveTextEditor(() => later()),
		vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && later()),
		vscode.workspace.onDidOpenTextDocument((d) => d.languageId === 'unres' && void sendBase(d.uri.toString()).then(later)),

		vscode.commands.registerCommand('unres.setBaseText', async (uri?: vscode.Uri | string, base?: vscode.Uri | string) => {
			const draft = activeDraft(uri);
			if (!draft) {
				return;
			}
			const chosen = base ? [typeof base === 'string' ? vscode.Uri.parse(base) : base] : await vscode.window.showOpenDialog({ title: vscode.l10n.t('unres: base text of this draft'), canSelectMany: false, openLabel: vscode.l10n.t('Set as base text') });
			if (!chosen?.[0]) {
				return;
			}
			await context.workspaceState.update(STATE, { ...bases(), [draft]: chosen[0].toString() });
			await sendBase(draft);
			await refreshStatus();
		}),

		vscode.commands.registerCommand('unres.compareWithBase', async (uri?: vscode.Uri | string) => {
			const draft = activeDraft(uri);
			if (!draft) {
				return undefined;
			}
			const result = await compare(draft);
			if (!result) {
				void vscode.window.showInformationMessage(vscode.l10n.t('unres: no base text found for this draft. Use "unres: Set Base Text…", or name it in the draft: <!-- unres-base: FILE -->.'));
				return undefined;
			}
			const left = vscode.Uri.from({ scheme: SCHEME, path: `/${result.baseSymbol.replace(/\//g, '-')} (base, in the draft's order)` , query: draft });
			const right = vscode.Uri.from({ scheme: SCHEME, path: `/draft`, query: draft });
			contents.set(left.toString(), result.alignedBase);
			contents.set(right.toString(), result.alignedDraft);
			changed.fire(left);
			changed.fire(right);
			await vscode.commands.executeCommand('vscode.diff', left, right, `${result.baseSymbol} ↔ draft`);
			return result.summary;
		}),

		vscode.commands.registerCommand('unres.newDraftFromResolution', async (uri?: vscode.Uri | string) => {
			const from = uri ? (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri) : (await vscode.window.showOpenDialog({ title: vscode.l10n.t('unres: resolution to start from'), canSelectMany: false }))?.[0];
			if (!from) {
				return undefined;
			}
			const r = await client()?.sendRequest<VersionsRequests.RolloverResult | null>(VersionsRequests.rollover, { uri: from.toString(), basePath: from.scheme === 'file' ? from.fsPath : from.toString() } satisfies VersionsRequests.RolloverParams);
			if (!r) {
				return undefined;
			}
			const document = await vscode.workspace.openTextDocument({ language: 'unres', content: r.text });
			await vscode.window.showTextDocument(document);
			return document.uri.toString();
		}),

		vscode.commands.registerCommand('unres.exportWord', async (uri?: vscode.Uri | string, target?: vscode.Uri | string) => {
			const draft = activeDraft(uri);
			if (!draft) {
				return undefined;
			}
			await sendBase(draft);
			const r = await client()?.sendRequest<VersionsRequests.ExportResult | null>(VersionsRequests.exportDocx, { uri: draft } satisfies VersionsRequests.ExportParams);
			if (!r) {
				return undefined;
			}
			const draftUri = vscode.Uri.parse(draft);
			// Beside the draft, on the disk or in a virtual workspace (github.dev: the repository, saved through workspace.fs).
			const suggested = draftUri.with({ path: draftUri.path.replace(/(\.unres)?(\.md|\.txt)?$/, '.docx') });
			const out = target ? (typeof target === 'string' ? vscode.Uri.parse(target) : target) : await vscode.window.showSaveDialog({ title: vscode.l10n.t('unres: export to Word'), filters: { Word: ['docx'] }, ...(suggested ? { defaultUri: suggested } : {}) });
			if (!out) {
				return undefined;
			}
			const bytes = Uint8Array.from(atob(r.base64), (c) => c.charCodeAt(0));
			await vscode.workspace.fs.writeFile(out, bytes);
			void vscode.window.showInformationMessage(r.baseUri ? vscode.l10n.t('unres: {0} written, changes against the base text tracked', out.path.split('/').pop() ?? '') : vscode.l10n.t('unres: {0} written', out.path.split('/').pop() ?? ''));
			return out.toString();
		}),
	];
}
