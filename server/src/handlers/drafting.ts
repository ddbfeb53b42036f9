import type { CompletionItem, CompletionList, Connection, Hover, MarkupContent, ServerCapabilities } from 'vscode-languageserver';
import { leadCompletions } from '../features/completion';
import { leadPhraseHover } from '../features/leadPhraseHover';
import type { Locale } from '../l10n/messages';
import type { ResolutionDocument } from '../model/document';
import type { LineMap } from '../parser/lines';

/** One parsed version of a document, as the server's analysis cache gives it. */
export interface DraftingAnalysis {
	readonly doc: ResolutionDocument;
	readonly text: string;
	readonly lines: LineMap;
	readonly version: number;
}

/** A source of hover content (lead phrases here; citations and footnotes elsewhere). */
export type HoverProvider = (analysis: DraftingAnalysis, offset: number, locale: Locale) => Hover | undefined;

/** A source of completion items at a position. */
export type CompletionProvider = (analysis: DraftingAnalysis, offset: number, options: { snippets: boolean; locale: Locale }) => CompletionItem[] | CompletionList | undefined;

export interface DraftingDeps {
	analyze(uri: string): Promise<DraftingAnalysis | undefined>;
	guarded<T>(feature: string, fallback: T, run: () => Promise<T>): Promise<T>;
	/** The editor's UI language for hover labels (English when not given). */
	readonly locale?: () => Locale;
	/** Whether the client takes snippets in completion items (true when not given). */
	readonly snippets?: () => boolean;
	/** More hover providers, asked in order after the lead-phrase one; their answers are shown together. */
	readonly hoverProviders?: readonly HoverProvider[];
	/** More completion providers; their items join the lead phrases'. */
	readonly completionProviders?: readonly CompletionProvider[];
}

/** What the server announces for these handlers in `initialize`. */
export const DRAFTING_CAPABILITIES: Pick<ServerCapabilities, 'completionProvider' | 'hoverProvider'> = {
	// A space after `14.` opens the list of operative verbs; `/` continues a symbol (`S/RES/`, `73/`).
	completionProvider: { triggerCharacters: [' ', '/'], resolveProvider: false },
	hoverProvider: true,
};

const leadHover: HoverProvider = (a, offset, locale) => leadPhraseHover(a, offset, locale);
const leadCompletion: CompletionProvider = (a, offset, options) => leadCompletions(a, offset, options);

function markdownOf(h: Hover): string {
	const c = h.contents;
	if (typeof c === 'string') {
		return c;
	}
	if (Array.isArray(c)) {
		return c.map((x) => (typeof x === 'string' ? x : `\`\`\`${x.language}\n${x.value}\n\`\`\``)).join('\n\n');
	}
	return (c as MarkupContent).value ?? '';
}

/** Hover of several providers as one: their contents one after the other, the first range. */
export function combineHovers(hovers: readonly (Hover | undefined)[]): Hover | undefined {
	const found = hovers.filter((h): h is Hover => h !== undefined);
	if (found.length <= 1) {
		return found[0];
	}
	const range = found.find((h) => h.range)?.range;
	return { contents: { kind: 'markdown', value: found.map(markdownOf).join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}

/**
 * Registers completion and hover for drafting on the connection: lead phrases (and whatever providers the
 * server adds) at the start of paragraphs, their equivalents in the other languages on hover.
 */
export function registerDraftingHandlers(connection: Connection, deps: DraftingDeps): void {
	const hoverProviders: readonly HoverProvider[] = [leadHover, ...(deps.hoverProviders ?? [])];
	const completionProviders: readonly CompletionProvider[] = [leadCompletion, ...(deps.completionProviders ?? [])];
	const locale = () => deps.locale?.() ?? 'en';

	connection.onHover((params) =>
		deps.guarded<Hover | null>('hover', null, async () => {
			const a = await deps.analyze(params.textDocument.uri);
			if (!a) {
				return null;
			}
			const offset = a.lines.offset(params.position);
			return combineHovers(hoverProviders.map((p) => p(a, offset, locale()))) ?? null;
		}),
	);

	connection.onCompletion((params) =>
		deps.guarded<CompletionList>('completion', { isIncomplete: false, items: [] }, async () => {
			const a = await deps.analyze(params.textDocument.uri);
			if (!a) {
				return { isIncomplete: false, items: [] };
			}
			const offset = a.lines.offset(params.position);
			const options = { snippets: deps.snippets?.() ?? true, locale: locale() };
			const items: CompletionItem[] = [];
			let isIncomplete = false;
			for (const p of completionProviders) {
				const r = p(a, offset, options);
				if (Array.isArray(r)) {
					items.push(...r);
				} else if (r) {
					items.push(...r.items);
					isIncomplete ||= r.isIncomplete;
				}
			}
			return { isIncomplete, items };
		}),
	);
}
