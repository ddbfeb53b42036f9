import type { Span } from './document';

/** A replacement of `span` by `newText`; `snippet` is the same text with `${1:…}` placeholders, for clients that take snippets. */
export interface Edit {
	readonly span: Span;
	readonly newText: string;
	readonly snippet?: string;
}
