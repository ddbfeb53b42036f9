import type { DocumentFacts, TextChange } from './model/analysis';
import type { Lang, ResolutionDocument } from './model/document';
import { LineMap } from './parser/lines';
import { parseVersion } from './parser/parse';
import { reparse } from './parser/reparse';

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

/** The edit that turned version `from` of a document into the current one, when the document store knows it. */
export type ChangeSince = (from: number) => TextChange | undefined;

/** Parses each document version once, whatever number of features ask for it; an edit of the last version is reparsed in place. */
export class AnalysisCache {
	readonly #entries = new Map<string, Analysis & { lang: Lang | undefined }>();

	get(uri: string, version: number, text: string, lang?: Lang, changeSince?: ChangeSince): Analysis {
		const hit = this.#entries.get(uri);
		// The text itself, not only the version: a document closed and reopened starts again at version 1.
		if (hit && hit.version === version && hit.lang === lang && hit.text === text) {
			return hit;
		}
		const options = lang ? { lang } : {};
		const change = hit && hit.lang === lang && hit.version < version ? changeSince?.(hit.version) : undefined;
		const facts = hit && change && fits(hit.text, change, text) ? reparse(hit.facts, change, text, options) : parseVersion(text, options);
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

/** The change is the one between the two texts (its ends in the old text, the length it leaves, the text it puts). */
function fits(old: string, c: TextChange, text: string): boolean {
	return c.start >= 0 && c.start <= c.end && c.end <= old.length && old.length - (c.end - c.start) + c.text.length === text.length
		&& text.startsWith(c.text, c.start)
		// The characters on either side are the old text's (a cheap guard against a store out of step).
		&& (c.start === 0 || old.charCodeAt(c.start - 1) === text.charCodeAt(c.start - 1))
		&& (c.end === old.length || old.charCodeAt(c.end) === text.charCodeAt(c.start + c.text.length));
}
