/**
 * Adds an entry to a user catalogue file's JSON text (the workspace catalogue the quick fix keeps), keeping the
 * file's layout. Pure.
 */
import { modify, parseTree, type FormattingOptions } from 'jsonc-parser';

export interface NewEntry {
	readonly symbol: string;
	readonly date?: string;
	readonly title?: string;
}

export interface TextChange {
	readonly offset: number;
	readonly length: number;
	readonly content: string;
}

/** The whole text of a new catalogue file holding `entry`. */
export function newCatalogueText(entry: NewEntry): string {
	return `${JSON.stringify({ entries: [entry] }, null, '\t')}\n`;
}

/**
 * The changes that append `entry` to the catalogue `text` (an object with `entries`, or a bare array), or a reason
 * why the file cannot take it.
 */
export function addEntryChanges(text: string, entry: NewEntry): TextChange[] | { readonly error: string } {
	if (text.trim() === '') {
		return [{ offset: 0, length: text.length, content: newCatalogueText(entry) }];
	}
	const root = parseTree(text, [], { allowTrailingComma: true });
	const indent = /\n( +|\t)/.exec(text)?.[1] ?? '\t';
	const formattingOptions: FormattingOptions = { insertSpaces: indent !== '\t', tabSize: indent === '\t' ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
	if (root?.type === 'array') {
		return modify(text, [-1], entry, { formattingOptions });
	}
	if (root?.type === 'object') {
		const entries = root.children?.find((p) => p.children?.[0]?.value === 'entries')?.children?.[1];
		if (!entries) {
			return modify(text, ['entries'], [entry], { formattingOptions });
		}
		if (entries.type === 'array') {
			return modify(text, ['entries', -1], entry, { formattingOptions });
		}
	}
	return { error: 'not a catalogue file: expected an object with an "entries" array' };
}
