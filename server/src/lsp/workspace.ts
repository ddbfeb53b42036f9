import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import { WorkspaceTrustNotification } from '../protocol';
import { WORKSPACE_CATALOGUE, type FileChange } from '../service/index';
import type { LspState } from './state';
import { backgroundTimeout } from './timers';

/**
 * The workspace around the documents: its drafts (scanned once the first documents are checked, then watched),
 * its folders, the trust the user gives it, and the editor's configuration. Any of them changing checks every
 * open document again.
 */
export function registerWorkspace(state: LspState): void {
	const { connection, service, guarded } = state;
	const scan = () => guarded('workspace scan', false, () => service.files.scan());

	connection.onInitialized(() => {
		if (state.client.canWatchFiles) {
			void guarded('watch', undefined, async () => {
				await connection.client.register(DidChangeWatchedFilesNotification.type, {
					watchers: [{ globPattern: '**/*.{unres,unres.md,unres.txt}' }, { globPattern: `**/${WORKSPACE_CATALOGUE}` }, { globPattern: '**/.unresrc.{json,jsonc}' }],
				});
			});
		}
		if (state.client.canFollowFolders) {
			connection.workspace.onDidChangeWorkspaceFolders((e) => {
				void guarded('workspace scan', undefined, () => service.files.foldersChanged(e.added.map((f) => f.uri), e.removed.map((f) => f.uri)));
			});
		}
		// After the first documents are checked: the scan parses every draft of the workspace.
		backgroundTimeout(() => void scan(), 300);
	});

	connection.onDidChangeWatchedFiles((params) => {
		void guarded('watchedFiles', undefined, async () => {
			const { configChanged, catalogueChanged } = await service.files.changed(params.changes as FileChange[]);
			if (configChanged) {
				// A team's configuration changed: every document's settings are read again.
				service.configFileChanged();
			}
			if (catalogueChanged) {
				state.republishAll();
			}
		});
	});

	connection.onNotification(WorkspaceTrustNotification.method, (params: WorkspaceTrustNotification.Params) => {
		if (service.assembly.setTrusted(params.trusted)) {
			state.republishAll(0);
		}
	});

	connection.onDidChangeConfiguration(() => {
		service.configurationChanged();
		state.documents.all().forEach((d) => state.publish(d.uri));
	});
}
