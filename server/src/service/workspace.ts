import * as path from 'pathe';
import type { ConfigFileSystem } from '../config/configFile';

/**
 * What the language service knows of the world outside the open documents: files by path, the drafts of a
 * folder, and how URIs map to paths. The server and the CLI inject the disk (`node/diskWorkspace.ts`), the
 * tests an {@link InMemoryWorkspace}; a browser build would inject `vscode.workspace.fs` through messages.
 */
export interface Workspace {
	/** The text of a file; rejects when it cannot be read (the error's `code` says why, as Node's do). */
	readFile(file: string): Promise<string>;
	/** Modification stamp and size, or undefined when there is no such file. */
	stat(file: string): Promise<{ readonly mtime: number; readonly size: number } | undefined>;
	/** The `unres` drafts under a folder, sorted, at most `max` of them. */
	findDrafts(folder: string, max?: number): Promise<string[]>;
	/** Writes a file, making its folders (the catalogue quick fix, when the client cannot create files). */
	writeFile(file: string, text: string): Promise<void>;
	/** Small synchronous reads for `.unresrc.json` (read once per draft). */
	readonly config: ConfigFileSystem;
	/** `~` in `unres.catalog.files`; undefined where there is no home folder. */
	homedir(): string | undefined;
	uriToPath(uri: string): string | undefined;
	pathToUri(file: string): string;
}

/** The file names of drafts: `*.unres`, `*.unres.md`, `*.unres.txt`. */
export const UNRES_FILE = /\.(?:unres|unres\.md|unres\.txt)$/i;
/** The workspace catalogue a folder may keep at its root; loaded in trusted workspaces, written by the quick fix. */
export const WORKSPACE_CATALOGUE = 'unres.catalog.json';

/** A path of `unres.catalog.files`: absolute, `~/…`, `${workspaceFolder}/…`, or relative to the workspace folder. */
export function resolveCatalogPath(p: string, folder: string | undefined, homedir: string | undefined): string | undefined {
	let s = p.trim();
	if (!s) {
		return undefined;
	}
	if (s.startsWith('${workspaceFolder}')) {
		if (!folder) {
			return undefined;
		}
		s = path.join(folder, s.slice('${workspaceFolder}'.length));
	} else if (s === '~' || s.startsWith('~/') || s.startsWith('~\\')) {
		if (!homedir) {
			return undefined;
		}
		s = path.join(homedir, s.slice(1));
	} else if (!path.isAbsolute(s)) {
		if (!folder) {
			return undefined;
		}
		s = path.join(folder, s);
	}
	return path.normalize(s);
}

/** Whether `file` lies in `folder` (or is it). */
export function isInside(file: string, folder: string): boolean {
	return file === folder || file.startsWith(folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`) || file.startsWith(`${folder}\\`);
}

// Folders never worth walking into.
const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test', '.cache']);

/** Whether a folder name is skipped when looking for drafts (hidden ones and build output). */
export function skipFolder(name: string): boolean {
	return name.startsWith('.') || SKIP.has(name);
}

/** Files in memory, by absolute POSIX path: the workspace of unit tests. Each write moves the file's stamp. */
export class InMemoryWorkspace implements Workspace {
	readonly #files = new Map<string, { text: string; mtime: number }>();
	#clock = 0;
	/** Files written through {@link writeFile}, in order. */
	readonly written: string[] = [];

	constructor(files: Readonly<Record<string, string>> = {}) {
		for (const [file, text] of Object.entries(files)) {
			this.set(file, text);
		}
	}

	set(file: string, text: string): void {
		this.#files.set(path.normalize(file), { text, mtime: ++this.#clock });
	}

	delete(file: string): void {
		this.#files.delete(path.normalize(file));
	}

	readFile(file: string): Promise<string> {
		const hit = this.#files.get(path.normalize(file));
		return hit ? Promise.resolve(hit.text) : Promise.reject(Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' }));
	}

	stat(file: string): Promise<{ mtime: number; size: number } | undefined> {
		const hit = this.#files.get(path.normalize(file));
		return Promise.resolve(hit ? { mtime: hit.mtime, size: hit.text.length } : undefined);
	}

	findDrafts(folder: string, max = 5000): Promise<string[]> {
		const found = [...this.#files.keys()]
			.filter((f) => isInside(f, folder) && UNRES_FILE.test(f))
			.filter((f) => !path.relative(folder, path.dirname(f)).split('/').some((part) => part !== '' && skipFolder(part)));
		return Promise.resolve(found.sort().slice(0, max));
	}

	writeFile(file: string, text: string): Promise<void> {
		this.set(file, text);
		this.written.push(file);
		return Promise.resolve();
	}

	readonly config: ConfigFileSystem = {
		isFile: (f) => this.#files.has(path.normalize(f)),
		read: (f) => {
			const hit = this.#files.get(path.normalize(f));
			if (!hit) {
				throw new Error(`ENOENT: ${f}`);
			}
			return hit.text;
		},
	};

	homedir(): string | undefined {
		return '/home/user';
	}

	uriToPath(uri: string): string | undefined {
		return uri.startsWith('file://') ? decodeURIComponent(uri.slice('file://'.length)) : undefined;
	}

	pathToUri(file: string): string {
		return `file://${encodeURI(file)}`;
	}
}
