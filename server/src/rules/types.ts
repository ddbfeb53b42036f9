import type { CatalogLike } from '../catalog/catalog';
import type { Message, MessageArg, MessageKey } from '../l10n/messages';
import type { Lang, ResolutionDocument, Span } from '../model/document';
import type { LineMap } from '../parser/lines';
import type { Edit } from '../fixes/edits';

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

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export interface RuleContext {
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

export interface Finding {
	readonly span: Span;
	readonly messageKey: MessageKey;
	readonly args: readonly MessageArg[];
	/** A finding that is milder (or worse) than the rule's default; the user's setting for the rule wins over it. */
	readonly severity?: Severity;
	/** The other places involved: the first of two duplicates, the marker of an orphan … */
	readonly related?: readonly Related[];
	readonly fixes?: readonly Fix[];
}

export interface Related {
	readonly span: Span;
	readonly messageKey: MessageKey;
	readonly args: readonly MessageArg[];
}

export interface Fix {
	readonly titleKey: MessageKey;
	readonly titleArgs?: readonly MessageArg[];
	readonly kind: 'quickfix';
	readonly edits: readonly Edit[];
	/**
	 * A command the client runs for this fix, for a change outside the document (adding an entry to the workspace
	 * catalogue). The code action passes the document URI before these arguments.
	 */
	readonly command?: { readonly name: string; readonly arguments: readonly unknown[] };
	readonly isPreferred?: boolean;
	/** A fix `unres check --fix` may apply without a person looking: it only adds or corrects punctuation, numbers, dates. */
	readonly safe?: boolean;
	/** Things the fix could not do and the user should know (a reference to a deleted paragraph …). */
	readonly notes?: readonly Message[];
}

/** What a run may add to the document: the catalogue and today's date. */
export interface ContextOptions {
	readonly catalog?: CatalogLike;
	readonly now?: Date;
}

export function createContext(doc: ResolutionDocument, text: string, lines?: LineMap, options: ContextOptions = {}): RuleContext {
	const memo = new Map<string, unknown>();
	return {
		doc,
		// A negotiation text is read by the rules through its view: no rule fires on a label or a bracket alone.
		text: doc.negotiation?.view ?? text,
		lang: doc.lang,
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
