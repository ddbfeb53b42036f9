/**
 * Links on cited resolutions, decisions and documents (`A/75/L.20`, `A/CONF.192/15`) to their text on undocs.org,
 * in the document's language. Pure.
 */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { CatalogLike } from '../catalog/index';
import { format, type Locale } from '../l10n/messages';
import type { CitationDocument } from './citationHover';
import { citationUrl } from './citationHover';

export function documentLinks(analysis: CitationDocument, catalog: CatalogLike | undefined, locale: Locale): DocumentLink[] {
	const out: DocumentLink[] = [];
	for (const c of analysis.doc.citations) {
		const target = citationUrl(c, analysis.doc.lang, catalog);
		if (!target) {
			continue;
		}
		const shown = target.slice(target.indexOf('/', 'https://undocs.org/'.length) + 1);
		out.push({ range: analysis.lines.range(c.span), target, tooltip: format('link.open', [shown], locale) });
	}
	return out;
}
