import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, registerClientFeatures } from './setup';
import { readConfigFiles, serveWorkspaceFs } from './workspaceFs';

let client: LanguageClient | undefined;

/** The worker constructor of the web extension host (no DOM types in this project's tsconfig). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[2];
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * The web build (`browser`, vscode.dev and github.dev): the server is `dist/browser/server.js` in a Web Worker,
 * and reads the workspace's files through this client (`unres/fs/*`).
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	// The `.unresrc.json` files go to the worker at each (re)start; kept current by a watcher.
	let configFiles = await readConfigFiles();
	const watcher = vscode.workspace.createFileSystemWatcher('**/.unresrc.{json,jsonc}');
	const reread = async () => {
		configFiles = await readConfigFiles();
	};
	context.subscriptions.push(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete(reread));
	const builtinCatalog = await readBuiltinCatalog(context);
	client = new LanguageClient('unres', 'unres', await startWorker(context), clientOptions(() => ({ configFiles, builtinCatalog })));
	context.subscriptions.push(...serveWorkspaceFs(client));
	registerClientFeatures(context, () => client, client);
	await client.start();
}

/**
 * A worker from the extension's server script. Over http(s) (vscode.dev) the URL is used directly; an extension
 * served otherwise (`vscode-remote://` in code-server, where "creating workers from remote extensions is not
 * supported") is read through `vscode.workspace.fs` and started from a blob URL.
 */
async function startWorker(context: vscode.ExtensionContext): Promise<ConstructorParameters<typeof LanguageClient>[2]> {
	const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
	if (script.scheme === 'http' || script.scheme === 'https') {
		return new Worker(script.toString(true), { name: 'unres language server' });
	}
	const bytes = await vscode.workspace.fs.readFile(script);
	return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' })), { name: 'unres language server' });
}

/** The extension's catalogue file, for the worker (which cannot read the extension's files itself from a blob URL). */
async function readBuiltinCatalog(context: vscode.ExtensionContext): Promise<string | undefined> {
	try {
		return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'server', 'data', 'catalog.json')));
	} catch {
		return undefined;
	}
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
