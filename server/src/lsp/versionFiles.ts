import type { Connection } from 'vscode-languageserver';
import { VersionsRequests } from '../protocol';
import { rollover } from '../versions/rollover';
import { readVersion } from '../versions/units';
import type { VersionsDeps } from './versionsHandlers';

/** The requests that make a new file of a version: rollover (next session's draft) and the Word export. */
export function registerVersionFiles(connection: Connection, deps: VersionsDeps, baseOf: (uri: string, text: string) => string | undefined): void {
	connection.onRequest(VersionsRequests.rollover, (p: VersionsRequests.RolloverParams) =>
		deps.guarded<VersionsRequests.RolloverResult | null>('versions.rollover', null, async () => {
			const text = (await deps.analyze(p.uri))?.text ?? (await deps.readText(p.uri));
			if (text === undefined) {
				return null;
			}
			const symbol = readVersion(text).symbol;
			const date = symbol ? deps.dateOf?.(symbol) : undefined;
			const r = rollover(text, { ...(p.session ? { session: p.session } : {}), ...(date ? { date } : {}), basePath: p.basePath ?? p.uri });
			return { text: r.text, ...(r.recalled ? { recalled: r.recalled } : {}), ...(r.session ? { session: r.session } : {}) };
		}),
	);

	connection.onRequest(VersionsRequests.exportDocx, (p: VersionsRequests.ExportParams) =>
		deps.guarded<VersionsRequests.ExportResult | null>('versions.export', null, async () => {
			const text = (await deps.analyze(p.uri))?.text ?? (await deps.readText(p.uri));
			if (text === undefined) {
				return null;
			}
			const baseUri = p.withBase === false ? undefined : baseOf(p.uri, text);
			const base = baseUri === undefined ? undefined : await deps.readText(baseUri);
			// The Word writer (and its library, a quarter of the bundle) is loaded on the first export, not at start.
			const { exportDocx } = await import('../export/docx/build.js');
			const bytes = await exportDocx(text, { ...(base !== undefined ? { base } : {}), ...(p.author ? { author: p.author } : {}) });
			return { base64: toBase64(bytes), ...(baseUri && base !== undefined ? { baseUri } : {}) };
		}),
	);
}

/** Base64 without node's Buffer (the handlers run in a browser worker too). */
function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}
