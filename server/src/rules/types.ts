import type { CatalogLike } from '../catalog/catalog';
import type { Lang, ResolutionDocument } from '../model/document';
import { DocumentFacts, type DocumentContext } from '../model/analysis';
import type { Finding, Severity } from '../model/finding';
import type { LineMap } from '../parser/lines';

export { SEVERITIES, type Finding, type Fix, type Related, type RuleSetting, type Severity } from '../model/finding';

/**
 * A check on the document model. Rules are pure: they read the parsed document and its text and answer
 * findings with offsets only; the LSP layer turns them into diagnostics and code actions. The id is also
 * the `Diagnostic.code` and the key under `unres.rules` in the settings.
 */
export interface Rule {
	readonly id: string;
	readonly defaultSeverity: Severity;
	/** One English sentence, also shown as the setting's description in package.json. */
	readonly description: string;
	check(ctx: RuleContext): Finding[];
}

export interface RuleContext extends DocumentContext {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly lang: Lang;
	readonly lines?: LineMap;
	/** The resolution catalogue (built-in and user layers). Rules that need it find nothing without it. */
	readonly catalog?: CatalogLike;
	/** Today, for "a session in the future"; injected so that tests are stable. Defaults to the clock. */
	readonly now?: Date;
	/** Computes a value derived from the document once per run, shared by every rule that asks for it. */
	derive<T>(key: string, compute: () => T): T;
}

/** What a run may add to the document: the catalogue and today's date, and the version's facts when kept. */
export interface ContextOptions {
	readonly catalog?: CatalogLike;
	readonly now?: Date;
	/** The facts of this version (from `parseVersion` or the server's analysis cache): shared with other runs over it. */
	readonly facts?: DocumentFacts;
}

export function createContext(doc: ResolutionDocument, text: string, lines?: LineMap, options: ContextOptions = {}): RuleContext {
	const memo = new Map<string, unknown>();
	return {
		doc,
		text,
		lang: doc.lang,
		facts: options.facts !== undefined && options.facts.doc === doc ? options.facts : new DocumentFacts(doc, text),
		...(lines ? { lines } : {}),
		...(options.catalog ? { catalog: options.catalog } : {}),
		...(options.now ? { now: options.now } : {}),
		derive<T>(key: string, compute: () => T): T {
			if (!memo.has(key)) {
				memo.set(key, compute());
			}
			return memo.get(key) as T;
		},
	};
}
