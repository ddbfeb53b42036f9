import type { CodeAction, CodeActionContext, Hover, Range, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis';
import { bracketHover, negotiationActions } from '../features/negotiation';
import { format, type Locale } from '../l10n/messages';
import { cleanText } from '../negotiation/clean';

/** What `unres.cleanUp` answers the client: done (with the number of edits), or what is left to settle. */
export type CleanUpResult =
	| { readonly ok: true; readonly edits: number }
	| { readonly ok: false; readonly remaining: readonly { readonly line: number; readonly character: number; readonly kind: string; readonly text: string }[] };

/** What `unres.cleanUp` comes to: an edit to apply, or a message; with the result for the client. */
export type CleanUpOutcome =
	| { readonly kind: 'edit'; readonly label: string; readonly edit: WorkspaceEdit; readonly result: CleanUpResult }
	| { readonly kind: 'message'; readonly type: 'info' | 'warning'; readonly message: string; readonly result?: CleanUpResult };

/** Hover on a square bracket of a negotiation text: depth, alternatives, attribution. */
export function negotiationHover(a: Analysis, offset: number, locale: Locale): Hover | undefined {
	const h = bracketHover(a.doc, a.text, offset, locale);
	return h ? { contents: { kind: 'markdown', value: h.markdown }, range: a.lines.range(h.span) } : undefined;
}

/** Accept an alternative, remove brackets, mark as agreed, where the cursor stands (not when only quick fixes are asked). */
export function negotiationCodeActions(a: Analysis | undefined, range: Range, context: CodeActionContext, locale: Locale): CodeAction[] {
	if (!a || !a.doc.negotiation || context.only?.some((k) => 'refactor.rewrite'.startsWith(k)) === false) {
		return [];
	}
	return negotiationActions(a.doc, a.text, a.lines.offset(range.start), locale).map((action) => ({
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

/** The clean-up of a document: one set of edits, or the list of what remains (also said in a message). */
export function cleanUp(a: Analysis | undefined, locale: Locale): CleanUpOutcome {
	if (!a) {
		return { kind: 'message', type: 'warning', message: format('command.noDocument', [], locale) };
	}
	const result = cleanText(a.text);
	if (!result.ok) {
		const remaining = result.remaining.map((r) => {
			const p = a.lines.position(r.span.start);
			return { line: p.line, character: p.character, kind: r.kind, text: r.text };
		});
		const list = remaining.slice(0, 10).map((r) => `${r.line + 1}:${r.character + 1} ${r.text}`).join('; ');
		return {
			kind: 'message', type: 'warning',
			message: `${format('clean.remaining', [remaining.length], locale)} — ${list}${remaining.length > 10 ? ' …' : ''}`,
			result: { ok: false, remaining },
		};
	}
	if (result.edits.length === 0) {
		return { kind: 'message', type: 'info', message: format('clean.nothing', [], locale), result: { ok: true, edits: 0 } };
	}
	const edit: WorkspaceEdit = {
		documentChanges: [{
			textDocument: { uri: a.uri, version: a.version },
			edits: result.edits.map((e) => ({ range: a.lines.range(e.span), newText: e.newText })),
		}],
	};
	return { kind: 'edit', label: format('clean.done', [], locale), edit, result: { ok: true, edits: result.edits.length } };
}
