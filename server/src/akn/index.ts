/**
 * AKN4UN (Akoma Ntoso for the UN) import and export: the official XML of the UN's conference-management
 * department as a unres draft, and a draft as that XML. Pure: no node built-ins, no editor.
 */
import type { Lang } from '../model/document';
import { parse } from '../parser/parse';
import { fromDraft } from './fromDraft';
import { readAkn } from './read';
import { toMarkdown } from './markdown';
import type { AknResolution } from './model';
import { writeAkn } from './write';

export type { AknResolution } from './model';
export { readAkn } from './read';
export { toMarkdown } from './markdown';
export { fromDraft } from './fromDraft';
export { writeAkn } from './write';
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

export interface ExportOptions {
	/** Forces the draft's language instead of detecting it. */
	readonly lang?: Lang;
	/** Today, ISO (the FRBR manifestation's markup date). */
	readonly today?: string;
}

/** A unres draft (any of the three input styles) as AKN4UN XML. */
export function exportAkn(text: string, options: ExportOptions = {}): string {
	const doc = parse(text, options.lang ? { lang: options.lang } : {});
	return writeAkn(fromDraft(doc, text), { today: options.today });
}
