import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { WorkspaceTrustNotification, type InitializationOptions } from '../../server/src/protocol';
import { registerAkn } from './akn';
import { registerAmendments } from './amendments';
import { registerCommands } from './commands';
import { registerNewDraft } from './newDraft';
import { StatusItem } from './statusItem';
import { registerVersions } from './versions';

/** What the Node and the browser builds of the client share: the options of the language client. */
export function clientOptions(extra: () => Partial<InitializationOptions> = () => ({})): LanguageClientOptions {
	return {
		documentSelector: [{ language: 'unres' }],
		synchronize: { configurationSection: 'unres' },
		// Untrusted, the server reads and writes no catalogue of the workspace (package.json: untrustedWorkspaces).
		// A function: a restart of the server sends what holds then.
		initializationOptions: (): InitializationOptions => ({ ...extra(), workspaceTrusted: vscode.workspace.isTrusted }),
		middleware: {
			// From the command palette `unres.renumber` and `unres.cleanUp` have no argument: it acts on the active editor.
			executeCommand: (command, args, next) => {
				const active = vscode.window.activeTextEditor?.document;
				return next(command, (command === 'unres.renumber' || command === 'unres.cleanUp') && args.length === 0 && active ? [active.uri.toString()] : args);
			},
		},
	};
}

/** The status bar item, the commands and the trust notification, for either build. */
export function registerClientFeatures(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined, started: BaseLanguageClient): void {
	const status = new StatusItem(started);
	context.subscriptions.push(status, ...registerCommands(client));
	context.subscriptions.push(registerNewDraft(client));
	context.subscriptions.push(...registerAmendments(client));
	context.subscriptions.push(...registerVersions(context, client));
	context.subscriptions.push(...registerAkn(client));
	context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => {
		const params: WorkspaceTrustNotification.Params = { trusted: true };
		void client()?.sendNotification(WorkspaceTrustNotification.method, params);
	}));
}
