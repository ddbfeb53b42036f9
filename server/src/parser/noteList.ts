/**
 * A list of notes appended at the end of a plain text, under a heading set off by dashes: the way a text drawn
 * from a Word file carries its footnotes (`--- FOOTNOTES ---`, `--- Notes ---`, `--- Notas ---`). Each entry opens
 * with `[^n]` (colon or not) or with a bare number, and its calls in the text are the digits glued after a word or a
 * punctuation mark (`paragraph 2;12`), read like those of a plain footnote block.
 */

/** `--- FOOTNOTES (from …) ---`, `-- Notes --`, `--- Notes de bas de page ---`, `--- Notas ---`. */
const HEADING = /^[ \t]*-{2,}[ \t]*(?:foot[ -]?notes|notes(?: de bas de page)?|notas(?: de pie de página)?)\b[^\n]*?-{2,}[ \t]*$/i;
/** `[^12] …` without the colon of a Markdown definition: an entry of such a list, not a call. */
const ENTRY = /^[ \t]*\[\^(\d{1,3})\](?!:)[ \t]*/;

/** True for the heading line of an appended note list. */
export function isNoteListHeading(line: string): boolean {
	return line.length < 200 && HEADING.test(line);
}

/** The entry `[^n]` that opens `line` in a note list: its number and how long its marker is. */
export function noteListEntry(line: string): { label: string; markerLength: number } | undefined {
	const m = ENTRY.exec(line);
	return m ? { label: m[1], markerLength: m[1].length + 3 } : undefined;
}
