import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WorkspaceTrustNotification, type InitializationOptions } from '../../server/src/protocol';
import { registerAkn } from './akn';
import { registerAmendments } from './amendments';
import { registerCommands } from './commands';
import { registerNewDraft } from './newDraft';
import { StatusItem } from './statusItem';
import { registerVersions } from './versions';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
	const module = context.asAbsolutePath('dist/server.js');
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.ipc },
		debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
	};
	const clientOptions: LanguageClientOptions = {
		documentSelector: [{ language: 'unres' }],
		synchronize: { configurationSection: 'unres' },
		// Untrusted, the server reads and writes no catalogue of the workspace (package.json: untrustedWorkspaces).
		initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted } satisfies InitializationOptions,
		middleware: {
			// From the command palette `unres.renumber` and `unres.cleanUp` have no argument: it acts on the active editor.
			executeCommand: (command, args, next) => {
				const active = vscode.window.activeTextEditor?.document;
				return next(command, (command === 'unres.renumber' || command === 'unres.cleanUp') && args.length === 0 && active ? [active.uri.toString()] : args);
			},
		},
	};
	client = new LanguageClient('unres', 'unres', serverOptions, clientOptions);
	const status = new StatusItem(client);
	context.subscriptions.push(status, ...registerCommands(() => client));
	context.subscriptions.push(registerNewDraft(() => client));
	context.subscriptions.push(...registerAmendments(() => client));
	context.subscriptions.push(...registerVersions(context, () => client));
	context.subscriptions.push(...registerAkn(() => client));
	context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
		const params: WorkspaceTrustNotification.Params = { trusted: true };
		void client?.sendNotification(WorkspaceTrustNotification.method, params);
	}));
	await client.start();
}

export async function deactivate(): Promise<void> {
	await client?.stop();
	client = undefined;
}
