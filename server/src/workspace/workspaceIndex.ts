/**
 * What the `unres` files of a workspace declare and cite: each file's own resolution (symbol, title, date) and the
 * resolutions it cites, by catalogue key. Feeds the workspace layer of the catalogue, go to definition and find
 * references. Pure: the server reads the files and hands their summaries in.
 */
import type { Location, Range } from 'vscode-languageserver-types';
import type { CatalogEntry } from '../catalog/entry';
import { baseEntry, type CatalogLayer } from '../catalog/layers';
import { catalogKey, parseSymbol } from '../catalog/symbols';
import type { ResolutionDocument, Span } from '../model/document';
import { splitCompilation } from '../parser/compilation';
import type { LineMap } from '../parser/lines';
import { parse } from '../parser/parse';

/** A resolution a file declares: its catalogue entry and where the file names it (title, else symbol). */
export interface Declaration {
	readonly entry: CatalogEntry;
	readonly range?: Range;
}

export interface FileSummary {
	readonly uri: string;
	/**
	 * The file's own resolutions, when their symbols are a resolution's or a decision's (`A/RES/75/10`, not
	 * `A/75/L.20`): one for a draft, one per text for a compilation (decision 20).
	 */
	readonly declarations: readonly Declaration[];
	readonly citations: readonly { readonly key: string; readonly range: Range }[];
}

/** One text of a file: its parse, and where it starts in the file (0 unless the file is a compilation). */
export interface TextOfFile {
	readonly doc: ResolutionDocument;
	readonly offset: number;
}

/** What a file declares and cites, from its texts (one, or each text of a compilation). */
export function summarize(uri: string, lines: LineMap, texts: readonly TextOfFile[]): FileSummary {
	const citations: { key: string; range: Range }[] = [];
	const declarations: Declaration[] = [];
	for (const { doc, offset } of texts) {
		for (const c of doc.citations) {
			const key = c.kind === 'document' ? undefined : catalogKey(c);
			if (key) {
				citations.push({ key, range: shifted(lines, c.span, offset) });
			}
		}
		const entry = declaredEntry(doc);
		const at: Span | undefined = doc.title?.span ?? doc.ownSymbol?.span;
		if (entry) {
			declarations.push({ entry, ...(at ? { range: shifted(lines, at, offset) } : {}) });
		}
	}
	return { uri, declarations, citations };
}

/** The texts of a file read from disk: each text of a compilation parsed on its own, else the whole file. */
export function textsOf(text: string): TextOfFile[] {
	const segments = splitCompilation(text);
	return segments.length > 1 ? segments.map((s) => ({ doc: parse(text.slice(s.start, s.end)), offset: s.start })) : [{ doc: parse(text), offset: 0 }];
}

function shifted(lines: LineMap, span: Span, offset: number): Range {
	return lines.range(offset === 0 ? span : { start: span.start + offset, end: span.end + offset });
}

/** The catalogue entry a document declares for itself: its symbol, English or other title, date of adoption. */
export function declaredEntry(doc: ResolutionDocument): CatalogEntry | undefined {
	const own = doc.ownSymbol?.value;
	const sym = own ? parseSymbol(own, doc.body ? { body: doc.body } : {}) : undefined;
	if (!sym) {
		return undefined;
	}
	const date = doc.adoption?.date?.value ?? doc.closing?.date?.value;
	const e = baseEntry(sym);
	if (date) {
		e.date = date;
		e.dateSource = 'user';
	}
	const title = doc.title?.text.replace(/\s+/g, ' ').trim();
	if (title) {
		e.title = title;
	}
	return e;
}

export class WorkspaceIndex {
	readonly #files = new Map<string, FileSummary>();
	#declarations = 0;
	#layer: CatalogLayer | undefined;

	/** Changes whenever what the files declare changes (not what they cite): the catalogue is rebuilt then. */
	get declarationsVersion(): number {
		return this.#declarations;
	}

	get size(): number {
		return this.#files.size;
	}

	set(summary: FileSummary): void {
		const before = this.#files.get(summary.uri)?.declarations;
		this.#files.set(summary.uri, summary);
		if (JSON.stringify(before?.map((d) => d.entry) ?? []) !== JSON.stringify(summary.declarations.map((d) => d.entry))) {
			this.#changed();
		}
	}

	delete(uri: string): void {
		const before = this.#files.get(uri);
		if (this.#files.delete(uri) && before && before.declarations.length > 0) {
			this.#changed();
		}
	}

	/** Forgets every file whose URI starts with `prefix` (a folder left the workspace). */
	deleteUnder(prefix: string): void {
		for (const uri of [...this.#files.keys()]) {
			if (uri.startsWith(prefix)) {
				this.delete(uri);
			}
		}
	}

	get(uri: string): FileSummary | undefined {
		return this.#files.get(uri);
	}

	#changed(): void {
		this.#declarations++;
		this.#layer = undefined;
	}

	/** The files that declare this resolution. */
	declaring(key: string): FileSummary[] {
		return [...this.#files.values()].filter((f) => f.declarations.some((d) => d.entry.key === key));
	}

	definitions(key: string): Location[] {
		const origin: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
		return this.declaring(key).flatMap((f) => f.declarations.filter((d) => d.entry.key === key).map((d) => ({ uri: f.uri, range: d.range ?? origin })));
	}

	/** Every citation of `key` in the workspace, files in name order; with the declarations first when asked. */
	references(key: string, includeDeclaration: boolean): Location[] {
		const out: Location[] = [];
		const files = [...this.#files.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
		if (includeDeclaration) {
			out.push(...this.definitions(key));
		}
		for (const f of files) {
			for (const c of f.citations) {
				if (c.key === key) {
					out.push({ uri: f.uri, range: c.range });
				}
			}
		}
		return out;
	}

	/** The workspace's declarations as a catalogue layer (one entry per resolution, the first file in name order wins). */
	layer(): CatalogLayer {
		if (!this.#layer) {
			const byKey = new Map<string, CatalogEntry>();
			const files = [...this.#files.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
			for (const f of files) {
				for (const { entry } of f.declarations) {
					if (!byKey.has(entry.key)) {
						byKey.set(entry.key, entry);
					}
				}
			}
			this.#layer = { file: 'workspace', entries: [...byKey.values()], completeSessions: [], problems: [] };
		}
		return this.#layer;
	}
}
