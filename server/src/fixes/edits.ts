import type { Edit } from '../model/edit';

export type { Edit } from '../model/edit';

/** Sorts edits, drops exact duplicates and any edit that overlaps one before it (the first wins). */
export function normalizeEdits(edits: readonly Edit[]): Edit[] {
	const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	const out: Edit[] = [];
	for (const e of sorted) {
		const last = out[out.length - 1];
		if (last && last.span.start === e.span.start && last.span.end === e.span.end && last.newText === e.newText) {
			continue;
		}
		// Two insertions at one offset are fine; anything else that touches the previous edit is dropped.
		if (last && (e.span.start < last.span.end || (e.span.start === last.span.start && (e.span.end > e.span.start || last.span.end > last.span.start)))) {
			continue;
		}
		out.push(e);
	}
	return out;
}

/** Applies edits to a text (plain text, snippets ignored). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
	const sorted = normalizeEdits(edits);
	const parts: string[] = [];
	let at = 0;
	for (const e of sorted) {
		parts.push(text.slice(at, e.span.start), e.newText);
		at = e.span.end;
	}
	parts.push(text.slice(at));
	return parts.join('');
}

/** Escapes literal text for a snippet. */
export function snippetEscape(s: string): string {
	return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** An edit that inserts `before` + a placeholder + `after`, as a snippet where the client allows it. */
export function insertWithPlaceholder(at: number, before: string, placeholder: string, after = ''): Edit {
	return {
		span: { start: at, end: at },
		newText: before + placeholder + after,
		snippet: `${snippetEscape(before)}\${1:${snippetEscape(placeholder)}}${snippetEscape(after)}$0`,
	};
}
