import type { DocumentFacts } from './model/analysis';
import type { Lang, ResolutionDocument } from './model/document';
import { LineMap } from './parser/lines';
import { parseVersion } from './parser/parse';

/** A parsed document version, shared by every feature. */
export interface Analysis {
	readonly uri: string;
	readonly version: number;
	readonly text: string;
	readonly doc: ResolutionDocument;
	readonly lines: LineMap;
	/** Everything derived from this version (masked text, footnote layout, lead-phrase view, numbering …), computed once. */
	readonly facts: DocumentFacts;
}

/** Parses each document version once, whatever number of features ask for it. */
export class AnalysisCache {
	readonly #entries = new Map<string, Analysis & { lang: Lang | undefined }>();

	get(uri: string, version: number, text: string, lang?: Lang): Analysis {
		const hit = this.#entries.get(uri);
		// The text itself, not only the version: a document closed and reopened starts again at version 1.
		if (hit && hit.version === version && hit.lang === lang && hit.text === text) {
			return hit;
		}
		const facts = parseVersion(text, lang ? { lang } : {});
		const entry = { uri, version, text, lang, doc: facts.doc, lines: new LineMap(text), facts };
		this.#entries.set(uri, entry);
		return entry;
	}

	delete(uri: string): void {
		this.#entries.delete(uri);
	}

	clear(): void {
		this.#entries.clear();
	}
}
