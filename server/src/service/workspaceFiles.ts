import type { Analysis } from '../analysis';
import { LineMap } from '../parser/lines';
import { summarize, textsOf, type WorkspaceIndex } from '../workspace/workspaceIndex';
import type { Part } from './compilation';
import type { Assembly } from './assembly';
import type { ServiceHost, TextDocumentLike } from './host';
import { UNRES_FILE, type Workspace } from './workspace';

/** A change of a watched file (the LSP's `FileChangeType`: 1 created, 2 changed, 3 deleted). */
export interface FileChange {
	readonly uri: string;
	readonly type: 1 | 2 | 3;
}

/**
 * The workspace's drafts in the index (what they declare reaches every draft's catalogue; definitions and
 * references read it): scanned from the folders, read again when they change, spoken for by their open
 * document while it is open.
 */
export class WorkspaceFiles {
	constructor(
		private readonly workspace: Workspace,
		private readonly index: WorkspaceIndex,
		private readonly assembly: Assembly,
		private readonly documents: { get(uri: string): TextDocumentLike | undefined },
		private readonly host: ServiceHost,
	) {}

	/** An open document speaks for its file in the index; what it declares reaches the others' catalogue. */
	documentChecked(analysis: Analysis, parts?: readonly Part[]): void {
		const declared = this.index.declarationsVersion;
		const texts = parts ? parts.map((p) => ({ doc: p.analysis.doc, offset: p.segment.start })) : [{ doc: analysis.doc, offset: 0 }];
		this.index.set(summarize(analysis.uri, analysis.lines, texts));
		if (this.assembly.trusted && this.index.declarationsVersion !== declared) {
			this.host.refreshAll(500);
		}
	}

	/** Reads one draft of the workspace into the index (an open document is indexed from its text instead). */
	async indexFile(file: string): Promise<void> {
		const uri = this.workspace.pathToUri(file);
		if (this.documents.get(uri)) {
			return;
		}
		try {
			const text = await this.workspace.readFile(file);
			this.index.set(summarize(uri, new LineMap(text), textsOf(text)));
		} catch {
			this.index.delete(uri);
		}
	}

	/** Every draft of every folder, in the index; true when what they declare changed. */
	async scan(): Promise<boolean> {
		const before = this.index.declarationsVersion;
		for (const folder of this.assembly.folders) {
			for (const file of await this.workspace.findDrafts(folder)) {
				await this.indexFile(file);
			}
		}
		const changed = this.index.declarationsVersion !== before;
		if (changed && this.assembly.trusted) {
			this.host.refreshAll(200);
		}
		return changed;
	}

	/** The file on disk speaks for a closed document again (or it is gone, if it was never saved). */
	async documentClosed(uri: string): Promise<void> {
		const file = this.workspace.uriToPath(uri);
		if (file && UNRES_FILE.test(file)) {
			await this.indexFile(file);
		} else {
			this.index.delete(uri);
		}
	}

	/** Workspace folders came and went: their drafts leave the index, the new ones are scanned. */
	async foldersChanged(added: readonly string[], removed: readonly string[]): Promise<void> {
		const gone = new Set(removed.map((f) => this.workspace.uriToPath(f)));
		const kept = this.assembly.folders.filter((f) => !gone.has(f));
		this.assembly.setFolders([...kept, ...added.map((f) => this.workspace.uriToPath(f)).filter((f): f is string => f !== undefined)]);
		for (const uri of removed) {
			this.index.deleteUnder(uri.endsWith('/') ? uri : `${uri}/`);
		}
		await this.scan();
	}

	/**
	 * Watched files changed: drafts are read again, a `.unresrc.json` makes every setting be read again, a
	 * catalogue file is forgotten. Returns whether settings or catalogues changed (every document to check again).
	 */
	async changed(changes: readonly FileChange[]): Promise<{ configChanged: boolean; catalogueChanged: boolean }> {
		let configChanged = false;
		let catalogueChanged = false;
		for (const change of changes) {
			const file = this.workspace.uriToPath(change.uri);
			if (!file) {
				continue;
			}
			if (/\.unresrc\.jsonc?$/.test(file)) {
				configChanged = true;
			} else if (UNRES_FILE.test(file)) {
				if (change.type === 3) {
					this.index.delete(change.uri);
				} else {
					await this.indexFile(file);
				}
			} else {
				this.assembly.catalogueFileChanged(file);
				catalogueChanged = true;
			}
		}
		if (configChanged || catalogueChanged) {
			this.assembly.forgetCatalogues();
		}
		return { configChanged, catalogueChanged: configChanged || catalogueChanged };
	}
}
