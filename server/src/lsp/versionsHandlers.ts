import type { CodeLens, Connection, Hover } from 'vscode-languageserver';
import type { LineMap } from '../parser/lines';
import { VersionsRequests } from '../protocol';
import { comparePair, pairVersions, type Comparison } from '../versions/compare';
import { declaredBase } from '../versions/declaredBase';
import { alignedTexts, changeMarks, predecessorKey, type ChangeMark } from '../versions/marks';
import { summaryText } from '../versions/report';
import { registerVersionFiles } from './versionFiles';
import { readVersion } from '../versions/units';

/** What the versions handlers need from the server: the analysis of open documents and a way to read other files. */
export interface VersionsDeps {
	analyze(uri: string): Promise<{ readonly text: string; readonly lines: LineMap } | undefined>;
	guarded<T>(feature: string, fallback: T, run: () => Promise<T>): Promise<T>;
	/** The text of a file of the workspace, open or on disk. */
	readText(uri: string): Promise<string | undefined>;
	/** Files of the workspace that declare this resolution (`A/RES/79/77`). */
	declaring(key: string): readonly string[];
	/** The built-in catalogue's date of adoption of a resolution, when it knows it. */
	dateOf?(key: string): string | undefined;
}

/** `../base.md` against `file:///work/drafts/x.md` → `file:///work/base.md`. */
export function resolveUri(relative: string, from: string): string {
	try {
		return new URL(relative, from).toString();
	} catch {
		return relative;
	}
}

interface Compared {
	readonly baseUri: string;
	readonly comparison: Comparison;
	readonly marks: ChangeMark[];
	readonly aligned: { base: string; draft: string };
	readonly version: string;
}

/** CodeLens change marks, hover word diffs and the requests of compare, rollover and Word export. */
export function registerVersionsHandlers(connection: Connection, deps: VersionsDeps): { hover(uri: string, offset: number): Hover | undefined } {
	const chosen = new Map<string, string>();
	const cache = new Map<string, Compared>();

	/** The base of a draft: the one the user chose, the one the draft names, else the file declaring the resolution it recalls last. */
	const baseOf = (uri: string, text: string): string | undefined => {
		const set = chosen.get(uri);
		if (set) {
			return set;
		}
		const declared = declaredBase(text);
		if (declared) {
			return resolveUri(declared, uri);
		}
		const key = predecessorKey(readVersion(text));
		return key ? deps.declaring(key).find((u) => u !== uri) : undefined;
	};

	const compare = async (uri: string, baseUri?: string): Promise<Compared | undefined> => {
		const a = await deps.analyze(uri);
		const text = a?.text ?? (await deps.readText(uri));
		if (text === undefined) {
			return undefined;
		}
		const base = baseUri ?? baseOf(uri, text);
		const baseText = base === undefined ? undefined : await deps.readText(base);
		if (base === undefined || baseText === undefined) {
			cache.delete(uri);
			return undefined;
		}
		const key = `${base}\u0000${baseText.length}\u0000${text}`;
		const hit = cache.get(uri);
		if (hit && hit.version === key) {
			return hit;
		}
		const pair = pairVersions(readVersion(baseText), readVersion(text));
		const comparison = comparePair(pair);
		const result = { baseUri: base, comparison, marks: changeMarks(pair, comparison), aligned: alignedTexts(pair), version: key };
		cache.set(uri, result);
		return result;
	};

	connection.onRequest(VersionsRequests.setBase, (p: VersionsRequests.SetBaseParams) =>
		deps.guarded('versions.setBase', null, async () => {
			if (p.base) {
				chosen.set(p.uri, p.base);
			} else {
				chosen.delete(p.uri);
			}
			cache.delete(p.uri);
			void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
			return null;
		}),
	);

	connection.onRequest(VersionsRequests.compare, (p: VersionsRequests.CompareParams) =>
		deps.guarded<VersionsRequests.CompareResult | null>('versions.compare', null, async () => {
			const c = await compare(p.uri, p.base ?? undefined);
			if (!c) {
				return null;
			}
			const symbol = c.comparison.base.symbol ?? c.baseUri;
			return { baseUri: c.baseUri, baseSymbol: symbol, summary: `vs ${symbol}: ${summaryText(c.comparison)}`, comparison: c.comparison, alignedBase: c.aligned.base, alignedDraft: c.aligned.draft };
		}),
	);

	connection.onCodeLens((p) =>
		deps.guarded<CodeLens[]>('versions.codeLens', [], async () => {
			const a = await deps.analyze(p.textDocument.uri);
			const c = a ? await compare(p.textDocument.uri) : undefined;
			if (!a || !c) {
				return [];
			}
			return c.marks.map((m) => ({ range: a.lines.range({ start: m.span.start, end: m.span.start }), command: { title: m.title, command: 'unres.compareWithBase', arguments: [p.textDocument.uri] } }));
		}),
	);

	registerVersionFiles(connection, deps, baseOf);

	return {
		hover(uri, offset) {
			const c = cache.get(uri);
			const m = c?.marks.find((x) => offset >= x.span.start && offset < x.span.end && x.diff);
			return m ? { contents: { kind: 'markdown', value: `**${m.title}**\n\n${m.diff}` } } : undefined;
		},
	};
}
