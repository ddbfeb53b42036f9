/** What the citation rules share in one run: the facts about every cited resolution, computed once. */
import { msg, type Message, type MessageKey } from '../l10n/messages';
import type { Body, Citation } from '../model/document';
import type { CatalogLike } from '../catalog/catalog';
import type { DocumentContext } from '../model/analysis';

/** What the citation helpers read of a check: the document, the catalogue and today. */
export interface CitationContext extends DocumentContext {
	readonly catalog?: CatalogLike;
	readonly now?: Date;
}
import { citationFacts, type CitationFacts, shortNumber } from './resolve';

export function factsOf(ctx: CitationContext): CitationFacts[] {
	return ctx.derive('citations.facts', () => citationFacts(ctx.doc.citations, ctx.catalog, ctx.now ?? new Date()));
}

/** `General Assembly resolution 71/19`, `résolution 2178 (2014) du Conseil de sécurité`, in the reader's language. */
export function citationName(c: Citation): Message {
	const body: Body = c.body ?? 'GA';
	const kind = c.kind === 'decision' ? 'decision' : 'resolution';
	return msg(`cite.${body}.${kind}` as MessageKey, shortNumber(c));
}

export function bodyName(body: Body): Message {
	return msg(`of.${body}` as MessageKey);
}
