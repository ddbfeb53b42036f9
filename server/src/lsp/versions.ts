import type { Hover, Position } from 'vscode-languageserver';
import { LineMap } from '../parser/lines';
import type { LspState } from './state';
import { registerVersionsHandlers } from './versionsHandlers';

/**
 * Versions (compare with a base text, rollover, Word export) on the shared state: the open text of a document, or the
 * workspace's file; the workspace index for the file that declares a base. Returns the change-mark hover.
 */
export function registerVersions(state: LspState, builtinDate: (key: string) => string | undefined): (uri: string, position: Position) => Hover | undefined {
	const { connection, documents, service, guarded } = state;
	const readText = async (uri: string): Promise<string | undefined> => {
		const open = documents.get(uri)?.getText();
		if (open !== undefined) {
			return open;
		}
		const file = service.workspace.uriToPath(uri);
		return file === undefined ? undefined : service.workspace.readFile(file).catch(() => undefined);
	};
	const versions = registerVersionsHandlers(connection, {
		analyze: async (uri) => {
			const text = documents.get(uri)?.getText();
			return text === undefined ? undefined : { text, lines: new LineMap(text) };
		},
		guarded,
		readText,
		declaring: (key) => service.index.declaring(key).map((f) => f.uri),
		dateOf: builtinDate,
	});
	return (uri, position) => {
		const document = documents.get(uri);
		return document ? versions.hover(uri, document.offsetAt(position)) : undefined;
	};
}
