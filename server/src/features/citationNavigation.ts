/**
 * Go to definition and find references on cited resolutions: a cited resolution that is a file of the workspace
 * opens it; references list every citation of it in the workspace's `unres` files. Pure: the workspace comes in
 * as a {@link WorkspaceIndex}.
 */
import type { Location } from 'vscode-languageserver-types';
import { catalogKey, normalizeSymbol } from '../catalog/symbols';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { citationAt, type CitationDocument } from './citationHover';

/** The catalogue key of the resolution at `offset`: a citation, or the document's own symbol. */
export function resolutionKeyAt(analysis: CitationDocument, offset: number): string | undefined {
	const c = citationAt(analysis.doc, offset);
	if (c) {
		return c.kind === 'document' ? undefined : catalogKey(c);
	}
	// The document's own symbol, where the title numbers it (`75/10.`) or the masthead prints it.
	const { ownSymbol, masthead } = analysis.doc;
	const inside = (span: { start: number; end: number } | undefined) => span !== undefined && offset >= span.start && offset <= span.end;
	if (ownSymbol && (inside(ownSymbol.span) || inside(masthead.symbol?.span))) {
		return normalizeSymbol(ownSymbol.value, analysis.doc.body ? { body: analysis.doc.body } : {});
	}
	return undefined;
}

export function citationDefinition(analysis: CitationDocument, offset: number, index: WorkspaceIndex): Location[] {
	const c = citationAt(analysis.doc, offset);
	const key = c && c.kind !== 'document' ? catalogKey(c) : undefined;
	return key ? index.definitions(key) : [];
}

export function citationReferences(analysis: CitationDocument, offset: number, index: WorkspaceIndex, includeDeclaration: boolean): Location[] {
	const key = resolutionKeyAt(analysis, offset);
	return key ? index.references(key, includeDeclaration) : [];
}
