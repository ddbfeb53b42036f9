import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, registerClientFeatures } from './setup';

let client: LanguageClient | undefined;

/** The desktop build (`main`): the server is `dist/server.js` in a Node process, over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
	};
	client = new LanguageClient('unres', 'unres', serverOptions, clientOptions());
	registerClientFeatures(context, () => client, client);
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
