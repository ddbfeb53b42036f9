import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_EXEC_ARGV } from './serverLaunch';
import { clientOptions, registerClientFeatures } from './setup';

let client: LanguageClient | undefined;

/** The desktop build (`main`): the server is `dist/server.js` in a Node process, over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const module = context.asAbsolutePath('dist/server.js');
	// The server's V8 code cache (server/src/node/loader.ts) lives in the extension's own storage: the extension's
	// folder may be read-only. The language client adds this to the process's environment.
	const env = { ...SERVER_ENV, UNRES_CODE_CACHE: context.globalStorageUri.fsPath };
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV] } },
		debug: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
	};
	client = new LanguageClient('unres', 'unres', serverOptions, clientOptions());
	registerClientFeatures(context, () => client, client);
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
