import type { DocumentFacts, TextChange } from './model/analysis';
import type { Lang, ResolutionDocument } from './model/document';
import { COMPILATION, splitCompilation, type TextSegment } from './parser/compilation';
import { LineMap } from './parser/lines';
import { parseVersion } from './parser/parse';
import { reparse } from './parser/reparse';
import { resplitCompilation } from './parser/resplit';

/** A parsed document version, shared by every feature. */
export interface Analysis {
	readonly uri: string;
	readonly version: number;
	readonly text: string;
	readonly doc: ResolutionDocument;
	readonly lines: LineMap;
	/** Everything derived from this version (masked text, footnote layout, lead-phrase view, numbering …), computed once. */
	readonly facts: DocumentFacts;
	/**
	 * The texts of the version, when the cache split it (decision 20). A compilation (more than one) is read text by
	 * text: its `doc` and `facts`, the file read as one, are parsed only if something asks for them.
	 */
	readonly segments?: readonly TextSegment[];
	/** The language the settings force on it (undefined: each text finds its own). */
	readonly lang?: Lang;
	/** The edit from the version analysed before this one; `kept`: the split moved with it (segment i is the old segment i). */
	readonly since?: { readonly version: number; readonly change: TextChange; readonly kept: boolean };
}

/** The edit that turned version `from` of a document into the current one, when the document store knows it. */
export type ChangeSince = (from: number) => TextChange | undefined;

interface Entry {
	readonly analysis: Analysis;
	/** The file read as one, if it was parsed (a compilation's is parsed on demand). */
	readonly parsed: () => DocumentFacts | undefined;
}

/** Parses each document version once, whatever number of features ask for it; an edit of the last version is reparsed in place. */
export class AnalysisCache {
	readonly #entries = new Map<string, Entry>();

	get(uri: string, version: number, text: string, lang?: Lang, changeSince?: ChangeSince): Analysis {
		const hit = this.#entries.get(uri);
		const last = hit?.analysis;
		// The text itself, not only the version: a document closed and reopened starts again at version 1.
		if (last && last.version === version && last.lang === lang && last.text === text) {
			return last;
		}
		const options = lang ? { lang } : {};
		const candidate = last && last.lang === lang && last.version < version ? changeSince?.(last.version) : undefined;
		const change = last && candidate && fits(last.text, candidate, text) ? candidate : undefined;
		const split = last?.segments && change ? resplitCompilation(last.segments, last.text, change, text) : { segments: splitCompilation(text), kept: false };
		const { segments } = split;
		const since = last && change ? { version: last.version, change, kept: split.kept } : undefined;
		const base = { uri, version, text, lines: last && change ? LineMap.edited(last.lines, change, text) : new LineMap(text), segments, ...(lang ? { lang } : {}), ...(since ? { since } : {}) };
		let entry: Entry;
		if (segments.length > 1) {
			// A compilation: its texts are parsed one by one (service/compilation.ts); the file as one only if asked.
			let facts: DocumentFacts | undefined;
			const whole = () => (facts ??= seeded(parseVersion(text, options), segments));
			entry = {
				analysis: {
					...base,
					get facts() {
						return whole();
					},
					get doc() {
						return whole().doc;
					},
				},
				parsed: () => facts,
			};
		} else {
			const prev = hit?.parsed();
			const facts = seeded(prev && change ? reparse(prev, change, text, options) : parseVersion(text, options), segments);
			entry = { analysis: { ...base, doc: facts.doc, facts }, parsed: () => facts };
		}
		this.#entries.set(uri, entry);
		return entry.analysis;
	}

	delete(uri: string): void {
		this.#entries.delete(uri);
	}

	clear(): void {
		this.#entries.clear();
	}
}

function seeded(facts: DocumentFacts, segments: readonly TextSegment[]): DocumentFacts {
	facts.seed(COMPILATION, segments as TextSegment[]);
	return facts;
}

/** The change is the one between the two texts (its ends in the old text, the length it leaves, the text it puts). */
function fits(old: string, c: TextChange, text: string): boolean {
	return c.start >= 0 && c.start <= c.end && c.end <= old.length && old.length - (c.end - c.start) + c.text.length === text.length
		&& text.startsWith(c.text, c.start)
		// The characters on either side are the old text's (a cheap guard against a store out of step).
		&& (c.start === 0 || old.charCodeAt(c.start - 1) === text.charCodeAt(c.start - 1))
		&& (c.end === old.length || old.charCodeAt(c.end) === text.charCodeAt(c.start + c.text.length));
}
