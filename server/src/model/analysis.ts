import type { Lang, ResolutionDocument } from './document';

/**
 * A value derived from one document version alone (its model and text): the parser's masked text, the footnote
 * layout, the lead-phrase view, the numbering analysis … Each layer defines its queries beside its code; the
 * values live on the version's {@link DocumentFacts}, so every rule, fix and feature that asks shares one.
 */
export interface Query<T> {
	readonly name: string;
	/** `facts`, when the value is computed for a version's facts: what it may reuse of the version before (`previous`). */
	readonly compute: (doc: ResolutionDocument, text: string, facts?: DocumentFacts) => T;
}

export function defineQuery<T>(name: string, compute: (doc: ResolutionDocument, text: string, facts?: DocumentFacts) => T): Query<T> {
	return { name, compute };
}

/** The version a version was reparsed from in place, and where the edit between them fell (decision 17). */
export interface PreviousVersion {
	readonly facts: DocumentFacts;
	/** `[start, oldEnd)` of the previous text became `[start, newEnd)` of this one. */
	readonly start: number;
	readonly oldEnd: number;
	readonly newEnd: number;
}

/**
 * What is known of one document version: each query's value, computed on first ask. One per version — the
 * server's AnalysisCache keeps it with the parsed version; the CLI and tests make one per run.
 */
export class DocumentFacts {
	readonly #values = new Map<Query<unknown>, unknown>();
	#previous: PreviousVersion | undefined;

	constructor(readonly doc: ResolutionDocument, readonly text: string) {}

	get<T>(query: Query<T>): T {
		if (!this.#values.has(query)) {
			this.#values.set(query, query.compute(this.doc, this.text, this));
		}
		return this.#values.get(query) as T;
	}

	/** A query's value if it was computed already (a later version reuses it; it computes nothing here). */
	peek<T>(query: Query<T>): T | undefined {
		return this.#values.get(query) as T | undefined;
	}

	/**
	 * The version this one was reparsed from in place, while its values may still be reused: one version back only
	 * (the one before it lets go of its own), and forgotten once this version is checked (`forgetPrevious`).
	 */
	get previous(): PreviousVersion | undefined {
		return this.#previous;
	}

	follow(previous: PreviousVersion): void {
		previous.facts.#previous = undefined;
		this.#previous = previous;
	}

	forgetPrevious(): void {
		this.#previous = undefined;
	}

	/** Gives a query the value its producer already has (the parser's masked text). */
	seed<T>(query: Query<T>, value: T): void {
		this.#values.set(query, value);
	}
}

/** A parsed version as the layers above the parser take it: the model, the text, and its facts when kept. */
export interface DocumentVersion {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly facts?: DocumentFacts;
}

/** A query's value for a version: from its facts when they are this version's, else computed on the spot. */
export function factOf<T>(src: DocumentVersion, query: Query<T>): T {
	return src.facts !== undefined && src.facts.doc === src.doc ? src.facts.get(query) : query.compute(src.doc, src.text);
}

/**
 * One check of a document version: its facts (shared with every other run over the version) and `derive`, for
 * values of this run that also depend on what the run adds (the catalogue, today). The rule context extends it.
 */
export interface DocumentContext extends DocumentVersion {
	readonly lang: Lang;
	readonly facts: DocumentFacts;
	/** Computes a value once per run, shared by every rule of the run that asks for it. */
	derive<T>(key: string, compute: () => T): T;
}

/** An edit of a version: `[start, end)` of the old text (UTF-16 offsets) replaced by `text`. */
export interface TextChange {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

/**
 * Where an edit falls: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. Edits made one
 * after the other compose into one region by arithmetic alone, whatever their texts.
 */
export interface EditRegion {
	readonly start: number;
	readonly oldEnd: number;
	readonly newEnd: number;
}

export function regionOf(change: TextChange): EditRegion {
	return { start: change.start, oldEnd: change.end, newEnd: change.start + change.text.length };
}

/** `b`, made in the text `a` left, composed with `a`: one region of `a`'s old text. */
export function composeRegions(a: EditRegion, b: EditRegion): EditRegion {
	let { oldEnd, newEnd } = a;
	// What `b` takes beyond `a`'s region on the right was the old text's, just after `a`'s.
	if (b.oldEnd > newEnd) {
		oldEnd += b.oldEnd - newEnd;
		newEnd = b.oldEnd;
	}
	// On the left, the text before `a`'s region is the old text itself: the region only grows.
	return { start: Math.min(a.start, b.start), oldEnd, newEnd: newEnd + (b.newEnd - b.oldEnd) };
}

/** The change a region made, read from the new text. */
export function changeOf(region: EditRegion, newText: string): TextChange {
	return { start: region.start, end: region.oldEnd, text: newText.slice(region.start, region.newEnd) };
}
