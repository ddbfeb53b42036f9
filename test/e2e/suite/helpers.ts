// What the in-host tests do through the `vscode` API. One helper per editor feature, so a test of a new
// feature (diagnostics, hover, quick fix, completion) is a few lines: see the bottom half of this file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'unres.unres';
export const LANGUAGE_ID = 'unres';

export function extension(): vscode.Extension<unknown> {
	const ext = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
	return ext;
}

/** The folder the harness opened (a temporary copy of the drafts). */
export function workspaceFolder(): vscode.WorkspaceFolder {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'no workspace folder is open');
	return folder;
}

export function workspaceFile(name: string): vscode.Uri {
	return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
	try {
		await vscode.workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

/** Opens a workspace file in an editor, as a person double-clicking it would. */
export async function openDraft(name: string): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
	return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls `probe` until it returns a value that `done` accepts; fails with the last value after `timeoutMs`. */
export async function waitFor<T>(
	what: string,
	probe: () => T | Promise<T>,
	done: (value: T) => boolean = (v) => Boolean(v),
	timeoutMs = 15_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: T | undefined;
	let lastError: unknown;
	for (;;) {
		try {
			last = await probe();
			if (done(last)) return last;
		} catch (err) {
			lastError = err;
		}
		if (Date.now() > deadline) {
			const seen = lastError ? `error: ${String(lastError)}` : `last value: ${JSON.stringify(last)?.slice(0, 500)}`;
			assert.fail(`timed out after ${timeoutMs} ms waiting for ${what} (${seen})`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

// ---- outline and folding (what the server provides now) -------------------------------------------------

/** The document's symbols once the language server answers with some (it may still be starting). */
export async function documentSymbols(uri: vscode.Uri, timeoutMs?: number): Promise<vscode.DocumentSymbol[]> {
	return waitFor(
		`document symbols of ${uri.path}`,
		async () =>
			(await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
				'vscode.executeDocumentSymbolProvider',
				uri,
			)) ?? [],
		(symbols) => symbols.length > 0,
		timeoutMs,
	);
}

/** Every symbol of the tree, depth first, with its depth (0 = top level). */
export function flatten(symbols: readonly vscode.DocumentSymbol[], depth = 0): { symbol: vscode.DocumentSymbol; depth: number }[] {
	return symbols.flatMap((symbol) => [{ symbol, depth }, ...flatten(symbol.children, depth + 1)]);
}

export async function foldingRanges(uri: vscode.Uri): Promise<vscode.FoldingRange[]> {
	return waitFor(
		`folding ranges of ${uri.path}`,
		async () =>
			(await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', uri)) ?? [],
		(ranges) => ranges.length > 0,
	);
}

// ---- diagnostics, hover, quick fixes, completion -----------------------------------------------------------
// Ready for the features that come next: a test calls these and asserts on what they return.

/** Diagnostics of the extension on `uri`, once `done` accepts them (by default: once there is at least one). */
export async function diagnosticsFor(
	uri: vscode.Uri,
	done: (diagnostics: vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
	timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
	return waitFor(`diagnostics on ${uri.path}`, () => vscode.languages.getDiagnostics(uri), done, timeoutMs);
}

/** Hover texts at a position, as plain strings (Markdown source). */
export async function hoverTextsAt(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
	const hovers =
		(await vscode.commands.executeCommand<vscode.Hover[] | undefined>('vscode.executeHoverProvider', uri, position)) ?? [];
	return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

/** Code actions offered for a range (e.g. a diagnostic's), optionally of one kind such as QuickFix. */
export async function codeActionsAt(
	uri: vscode.Uri,
	range: vscode.Range,
	kind?: vscode.CodeActionKind,
): Promise<vscode.CodeAction[]> {
	const actions =
		(await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
			'vscode.executeCodeActionProvider',
			uri,
			range,
			kind?.value,
		)) ?? [];
	// A bare Command has a string `command`; a CodeAction has an optional Command object there.
	return actions.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

/** Applies a code action the way the light bulb does: its edit through workspace.applyEdit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
	if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was not applied`);
	if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Completion items at a position. */
export async function completionsAt(uri: vscode.Uri, position: vscode.Position, triggerCharacter?: string): Promise<vscode.CompletionItem[]> {
	const list = await vscode.commands.executeCommand<vscode.CompletionList | undefined>(
		'vscode.executeCompletionItemProvider',
		uri,
		position,
		triggerCharacter,
	);
	return list?.items ?? [];
}

export function labelOf(item: vscode.CompletionItem): string {
	return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Position of the first occurrence of `text` in the document (fails if absent). */
export function positionOf(doc: vscode.TextDocument, text: string, offsetInText = 0): vscode.Position {
	const at = doc.getText().indexOf(text);
	assert.ok(at >= 0, `"${text}" not found in ${doc.uri.path}`);
	return doc.positionAt(at + offsetInText);
}
