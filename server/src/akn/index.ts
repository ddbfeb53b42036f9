/**
 * AKN4UN (Akoma Ntoso for the UN) import and export: the official XML of the UN's conference-management
 * department as a unres draft, and a draft as that XML. Pure: no node built-ins, no editor.
 */
import { readAkn } from './read';
import { toMarkdown } from './markdown';
import type { AknResolution } from './model';

export type { AknResolution } from './model';
export { readAkn } from './read';
export { toMarkdown } from './markdown';
export { aknStructure, documentStructure, differences, type Structure } from './counts';

export interface ImportResult {
	/** The draft, or undefined when the text is not AKN. */
	readonly markdown?: string;
	readonly resolution?: AknResolution;
	readonly problems: readonly string[];
}

/** The official XML as a unres draft in the Markdown style. */
export function importAkn(xml: string): ImportResult {
	const read = readAkn(xml);
	if (!read.resolution) {
		return { problems: read.problems };
	}
	return { markdown: toMarkdown(read.resolution), resolution: read.resolution, problems: read.problems };
}

/** Whether a text looks like an Akoma Ntoso document (cheap: the root element in the first few kilobytes). */
export function looksLikeAkn(text: string): boolean {
	return /<akomaNtoso[\s>]/.test(text.slice(0, 4096));
}
