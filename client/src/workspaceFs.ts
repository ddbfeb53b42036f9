import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { WorkspaceFsRequests } from '../../server/src/protocol';

/** Drafts by file name (server/src/service/workspace.ts `UNRES_FILE`). */
const DRAFTS = '**/*.{unres,unres.md,unres.txt}';
const SKIPPED = '**/{node_modules,.git,out,dist}/**';

/**
 * The workspace's `.unresrc.json(c)` files, for the browser server, which reads them synchronously (sent once, in
 * the initialization options). At most 200; a file that cannot be read is left out.
 */
export async function readConfigFiles(): Promise<WorkspaceFsRequests.WriteFileParams[]> {
	const decoder = new TextDecoder();
	const found = await Promise.resolve(vscode.workspace.findFiles('**/.unresrc.{json,jsonc}', SKIPPED, 200)).catch(() => []);
	const files = await Promise.all(found.map(async (uri) => {
		try {
			return { uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
		} catch {
			return undefined;
		}
	}));
	return files.filter((f): f is WorkspaceFsRequests.WriteFileParams => f !== undefined);
}

/**
 * Answers the browser server's file requests (`unres/fs/*`) through `vscode.workspace.fs`, which reaches any
 * workspace the editor has: a GitHub repository on github.dev, the remote folder in code-server. A file that
 * cannot be read answers null (the server takes it as absent).
 */
export function serveWorkspaceFs(client: BaseLanguageClient): vscode.Disposable[] {
	const decoder = new TextDecoder();
	return [
		client.onRequest(WorkspaceFsRequests.readFile, async ({ uri }: WorkspaceFsRequests.UriParams): Promise<string | null> => {
			try {
				return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
			} catch {
				return null;
			}
		}),
		client.onRequest(WorkspaceFsRequests.stat, async ({ uri }: WorkspaceFsRequests.UriParams): Promise<WorkspaceFsRequests.StatResult | null> => {
			try {
				const st = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
				return st.type & vscode.FileType.File ? { mtime: st.mtime, size: st.size } : null;
			} catch {
				return null;
			}
		}),
		client.onRequest(WorkspaceFsRequests.findDrafts, async ({ folder, max }: WorkspaceFsRequests.FindDraftsParams): Promise<string[]> => {
			try {
				const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(folder), DRAFTS), SKIPPED, max);
				return found.map((u) => u.toString());
			} catch {
				return [];
			}
		}),
		client.onRequest(WorkspaceFsRequests.writeFile, async ({ uri, text }: WorkspaceFsRequests.WriteFileParams): Promise<void> => {
			await vscode.workspace.fs.writeFile(vscode.Uri.parse(uri), new TextEncoder().encode(text));
		}),
	];
}
