import type { Connection } from 'vscode-languageserver';
import { WorkspaceFsRequests } from '../protocol';
import type { Workspace } from '../service/index';

/**
 * The workspace of the server in a browser worker: no disk, so files are read, stat'ed, found and written by the
 * client through `vscode.workspace.fs` (`unres/fs/*` requests; client/src/workspaceFs.ts). URIs of any scheme
 * (`vscode-vfs://github/…` on github.dev, `vscode-remote://…` in code-server) map to POSIX paths
 * `/<scheme>/<authority>/<path>` so the service's path logic (folders, `unres.catalog.json`) applies unchanged.
 * `.unresrc.json` is read synchronously by the service, which no request can answer: the client sends those
 * files when the server starts (`configFiles`), and they are read from that map.
 */
export function createClientWorkspace(connection: Connection, configFiles: ReadonlyMap<string, string> = new Map()): Workspace {
	const notFound = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
	return {
		readFile: async (file) => {
			const text = await connection.sendRequest<string | null>(WorkspaceFsRequests.readFile, { uri: pathToUri(file) } satisfies WorkspaceFsRequests.UriParams);
			if (typeof text !== 'string') {
				throw notFound(file);
			}
			return text;
		},
		stat: async (file) => {
			const st = await connection.sendRequest<WorkspaceFsRequests.StatResult | null>(WorkspaceFsRequests.stat, { uri: pathToUri(file) } satisfies WorkspaceFsRequests.UriParams);
			return st ?? undefined;
		},
		findDrafts: async (folder, max = 5000) => {
			const uris = await connection.sendRequest<string[] | null>(WorkspaceFsRequests.findDrafts, { folder: pathToUri(folder), max } satisfies WorkspaceFsRequests.FindDraftsParams);
			return (uris ?? []).map(uriToPath).filter((f): f is string => f !== undefined).sort().slice(0, max);
		},
		writeFile: async (file, text) => {
			await connection.sendRequest(WorkspaceFsRequests.writeFile, { uri: pathToUri(file), text } satisfies WorkspaceFsRequests.WriteFileParams);
		},
		// `.unresrc.json(c)` as the client sent them at start (InitializationOptions.configFiles).
		config: {
			isFile: (f) => configFiles.has(f),
			read: (f) => {
				const text = configFiles.get(f);
				if (text === undefined) {
					throw notFound(f);
				}
				return text;
			},
		},
		homedir: () => undefined,
		uriToPath,
		pathToUri,
	};
}

/** `scheme://authority/path` → `/scheme/authority/path` (an empty authority as `-`); undefined for what is no URI. */
export function uriToPath(uri: string): string | undefined {
	const m = /^([a-zA-Z][\w+.-]*):\/\/([^/?#]*)([^?#]*)/.exec(uri);
	if (!m) {
		return undefined;
	}
	let rest: string;
	try {
		rest = decodeURIComponent(m[3]!);
	} catch {
		return undefined;
	}
	return `/${m[1]!.toLowerCase()}/${m[2] ? decodeURIComponent(m[2]) : '-'}${rest.startsWith('/') || rest === '' ? rest : `/${rest}`}`;
}

/** The inverse of {@link uriToPath}. */
export function pathToUri(file: string): string {
	const [, scheme = 'file', authority = '-', ...rest] = file.split('/');
	const encoded = rest.map((part) => encodeURIComponent(part)).join('/');
	return `${scheme}://${authority === '-' ? '' : encodeURIComponent(authority).replace(/%3A/gi, ':')}/${encoded}`;
}
