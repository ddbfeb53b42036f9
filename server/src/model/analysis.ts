import type { Lang, ResolutionDocument } from './document';

/**
 * One document version as the layers above the parser see it: the parsed model, its text, and values derived
 * from them once and shared by every rule, fix and feature that asks (`derive`). The rule context extends it
 * with the catalogue and today's date.
 */
export interface DocumentContext {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly lang: Lang;
	/** Computes a value derived from the document once, shared by every caller that asks for it. */
	derive<T>(key: string, compute: () => T): T;
}
