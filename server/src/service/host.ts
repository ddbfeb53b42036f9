import type { Locale } from '../l10n/messages';
import type { LoadedLayer } from './catalogFiles';

/** An open document as the service reads it (the server's `TextDocument`, or a plain object in tests). */
export interface TextDocumentLike {
	readonly uri: string;
	readonly version: number;
	getText(): string;
}

/**
 * What the service asks of whoever hosts it (the LSP glue, the CLI, a test): messages for the user, failures for
 * the log, and a word when every open document should be checked again.
 */
export interface ServiceHost {
	/** A feature or a rule threw; the host logs it (once per feature) and the service goes on. */
	failed(feature: string, error: unknown): void;
	/** A message for the user, without waiting for an answer. */
	tell(type: 'info' | 'warning', message: string): void;
	/** A document over `unres.maxFileSize` is not analysed (said once, until it fits again). */
	tooLarge(uri: string, length: number, max: number, locale: Locale): void;
	/** A catalogue file read again, with its problems (maybe none: earlier ones are cleared). */
	catalogueLayer(layer: LoadedLayer, locale: Locale): void;
	/** What the drafts declare or a catalogue source changed: check every open document again after `delayMs`. */
	refreshAll(delayMs: number): void;
}

/** A host that keeps quiet: for tests and tools that only want answers. */
export const QUIET_HOST: ServiceHost = {
	failed: () => undefined,
	tell: () => undefined,
	tooLarge: () => undefined,
	catalogueLayer: () => undefined,
	refreshAll: () => undefined,
};
