import type { CodeAction, Connection, Hover, Range } from 'vscode-languageserver';
import { bracketHover, negotiationActions } from '../features/negotiation';
import { format, type Locale } from '../l10n/messages';
import { cleanText } from '../negotiation/clean';
import type { DraftingAnalysis } from './drafting';

/** `unres: Clean Up for the L-document`. */
export const CLEAN_UP_COMMAND = 'unres.cleanUp';

/** What the clean-up command answers: done (with the number of edits), or what is left to settle. */
export type CleanUpResult =
	| { readonly ok: true; readonly edits: number }
	| { readonly ok: false; readonly remaining: readonly { readonly line: number; readonly character: number; readonly kind: string; readonly text: string }[] };

/** Hover on a square bracket of a negotiation text. */
export function negotiationHover(a: DraftingAnalysis, offset: number, locale: Locale): Hover | undefined {
	const h = bracketHover(a.doc, a.text, offset, locale);
	return h ? { contents: { kind: 'markdown', value: h.markdown }, range: a.lines.range(h.span) } : undefined;
}

/** Accept an alternative, remove brackets, mark as agreed: offered where the cursor stands. */
export function negotiationCodeActions(a: DraftingAnalysis & { readonly uri: string }, range: Range, locale: Locale): CodeAction[] {
	const offset = a.lines.offset(range.start);
	return negotiationActions(a.doc, a.text, offset, locale).map((action) => ({
		title: action.title,
		kind: action.kind,
		edit: {
			documentChanges: [{
				textDocument: { uri: a.uri, version: a.version },
				edits: action.edits.map((e) => ({ range: a.lines.range(e.span), newText: e.newText })),
			}],
		},
	}));
}

/** Runs the clean-up on a document: one edit of the whole text, or the list of what remains (also shown to the user). */
export async function cleanUp(
	connection: Connection, a: DraftingAnalysis & { readonly uri: string }, locale: Locale,
	tell: (type: 1 | 2 | 3, message: string) => Promise<void>,
): Promise<CleanUpResult> {
	const result = cleanText(a.text);
	if (!result.ok) {
		const remaining = result.remaining.map((r) => {
			const p = a.lines.position(r.span.start);
			return { line: p.line, character: p.character, kind: r.kind, text: r.text };
		});
		const list = remaining.slice(0, 10).map((r) => `${r.line + 1}:${r.character + 1} ${r.text}`).join('; ');
		await tell(2, `${format('clean.remaining', [remaining.length], locale)} — ${list}${remaining.length > 10 ? ' …' : ''}`);
		return { ok: false, remaining };
	}
	if (result.text === a.text) {
		await tell(3, format('clean.nothing', [], locale));
		return { ok: true, edits: 0 };
	}
	await connection.workspace.applyEdit({
		label: format('clean.done', [], locale),
		edit: {
			documentChanges: [{
				textDocument: { uri: a.uri, version: a.version },
				edits: result.edits.map((e) => ({ range: a.lines.range(e.span), newText: e.newText })),
			}],
		},
	});
	await tell(3, format('clean.done', [], locale));
	return { ok: true, edits: result.edits.length };
}
