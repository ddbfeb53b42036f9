import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import type { CatalogLike } from '../catalog/catalog';
import { citationCompletions } from '../features/citationCompletion';
import { citationHover } from '../features/citationHover';
import { citationDefinition, citationReferences } from '../features/citationNavigation';
import { codeActions } from '../features/codeActions';
import { leadCompletions } from '../features/completion';
import { documentInfo } from '../features/documentInfo';
import { documentLinks } from '../features/documentLinks';
import { documentSymbols } from '../features/documentSymbols';
import { foldingRanges } from '../features/foldingRanges';
import { footnoteHover } from '../features/footnoteHover';
import { leadPhraseHover } from '../features/leadPhraseHover';
import { BODY_LABEL, draftTemplate, LANG_LABEL, TEMPLATE_BODIES } from '../features/templates';
import type { Locale } from '../l10n/messages';
import { LEAD_LANGS } from '../leadPhrases/index';
import type { DraftTemplatesRequest } from '../protocol';
import { RULES } from '../rules/index';
import type { Rule } from '../rules/types';

/** A source of hover content: lead phrases, citations, footnotes. */
export type HoverProvider = (analysis: Analysis, offset: number, catalog: CatalogLike, locale: Locale) => Hover | undefined;

/** A source of completion items at a position. */
export type CompletionProvider = (
	analysis: Analysis, offset: number, catalog: CatalogLike, options: { snippets: boolean; locale: Locale },
) => CompletionItem[] | CompletionList | undefined;

/**
 * The pure features the service composes, injectable so that tests can put a failing one in (a feature that
 * throws must not take the others down) without touching module exports.
 */
export interface FeatureSet {
	readonly rules: readonly Rule[];
	readonly documentSymbols: typeof documentSymbols;
	readonly foldingRanges: typeof foldingRanges;
	readonly documentLinks: typeof documentLinks;
	readonly documentInfo: typeof documentInfo;
	readonly codeActions: typeof codeActions;
	readonly definition: typeof citationDefinition;
	readonly references: typeof citationReferences;
	/** Asked in order; their answers are shown together. */
	readonly hover: readonly HoverProvider[];
	/** Their items are joined. */
	readonly completion: readonly CompletionProvider[];
}

export const DEFAULT_FEATURES: FeatureSet = {
	rules: RULES,
	documentSymbols, foldingRanges, documentLinks, documentInfo, codeActions,
	definition: citationDefinition,
	references: citationReferences,
	hover: [
		(a, offset, _catalog, locale) => leadPhraseHover(a, offset, locale),
		(a, offset, catalog, locale) => citationHover(a, offset, catalog, locale),
		(a, offset, _catalog, locale) => footnoteHover(a.doc, a.text, a.lines, offset, locale),
	],
	completion: [
		(a, offset, _catalog, options) => leadCompletions(a, offset, options),
		// A cut list of symbols: the client asks again as the prefix grows.
		(a, offset, catalog, options) => {
			const items = citationCompletions(a, offset, catalog, { locale: options.locale });
			return items ? { isIncomplete: true, items } : undefined;
		},
	],
};

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

/** Completion of several providers as one list, incomplete when one of them says so. */
export function combineCompletions(answers: readonly ReturnType<CompletionProvider>[]): CompletionList {
	const items: CompletionItem[] = [];
	let isIncomplete = false;
	for (const r of answers) {
		if (Array.isArray(r)) {
			items.push(...r);
		} else if (r) {
			items.push(...r.items);
			isIncomplete ||= r.isIncomplete;
		}
	}
	return { isIncomplete, items };
}

/** The templates of `unres.newDraft`, organ by organ, each in the three languages. */
export function draftTemplateItems(): DraftTemplatesRequest.Result {
	return TEMPLATE_BODIES.flatMap((body) => LEAD_LANGS.map((lang) => ({
		body,
		lang,
		label: BODY_LABEL[body][lang],
		description: LANG_LABEL[lang],
		...(lang === 'en' ? {} : { detail: BODY_LABEL[body].en }),
		snippet: draftTemplate(body, lang),
	})));
}
