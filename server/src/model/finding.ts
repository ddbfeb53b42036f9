import type { Message, MessageArg, MessageKey } from '../l10n/messages';
import type { Span } from './document';
import type { Edit } from './edit';

// What a check answers: findings with offsets and message keys, and the fixes they offer. Rules make them;
// the lead-phrase, citation and renumbering helpers below the rules make them too, so they live here.

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

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


/** The client command a fix runs to add a resolution to the workspace catalogue (a change outside the document). */
export const ADD_TO_CATALOGUE_COMMAND = 'unres.addToCatalogue';
