import type { CodeAction, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Edit } from '../fixes/edits';
import { planRenumber, type RenumberOptions } from '../fixes/renumber';
import { format, formatMessage, type Locale } from '../l10n/messages';
import type { LineMap } from '../parser/lines';
import type { Fix, RuleContext } from '../rules/types';
import { diagnosticMessage, ruleEnabled, type RuleResult, type RuleSettings } from './diagnostics';

export const FIX_ALL_KIND = 'source.fixAll.unres';

/** What the client can take in a workspace edit. */
export interface EditSupport {
	readonly documentChanges: boolean;
	readonly snippets: boolean;
}

export interface TargetDocument {
	readonly uri: string;
	readonly version: number;
	readonly lines: LineMap;
}

export function toWorkspaceEdit(target: TargetDocument, edits: readonly Edit[], support: EditSupport): WorkspaceEdit {
	const plain: TextEdit[] = edits.map((e) => ({ range: target.lines.range(e.span), newText: e.newText }));
	if (!support.documentChanges) {
		return { changes: { [target.uri]: plain } };
	}
	const withSnippets = edits.map((e, i) =>
		support.snippets && e.snippet !== undefined ? { range: plain[i].range, snippet: { kind: 'snippet' as const, value: e.snippet } } : plain[i],
	);
	return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: withSnippets }] };
}

export function fixTitle(fix: Fix, locale: Locale): string {
	const title = format(fix.titleKey, fix.titleArgs ?? [], locale);
	if (!fix.notes || fix.notes.length === 0) {
		return title;
	}
	// The notes name the references left as they are; the title quotes them.
	const quote = (t: string) => (locale === 'fr' ? `« ${t} »` : `“${t}”`);
	const refs = fix.notes.map((n) => quote(String(n.args?.[0] ?? formatMessage(n, locale))));
	return format('fix.note.count', [title, refs.join(', ')], locale);
}

const sameRange = (a: Range, b: Range) =>
	a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** Whether a requested kind (`source`, `source.fixAll`, `quickfix` …) covers `kind`. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
	return only === undefined ? kind === 'quickfix' : only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** What `source.fixAll.unres` and the `unres.renumber` command do, minus the rules the user turned off. */
export function fixAllOptions(settings: RuleSettings | undefined): RenumberOptions {
	return {
		numbers: ruleEnabled(settings, 'operative-numbering'),
		labels: ruleEnabled(settings, 'subparagraph-labels'),
		footnotes: ruleEnabled(settings, 'footnote-numbering'),
	};
}

export interface CodeActionRequest {
	readonly range: Range;
	readonly diagnostics: readonly Diagnostic[];
	readonly only?: readonly string[];
}

/** Quick fixes for the diagnostics the client sends back, and the fix-all source action. */
export function codeActions(
	ctx: RuleContext, results: readonly RuleResult[], request: CodeActionRequest, target: TargetDocument,
	locale: Locale, support: EditSupport, settings?: RuleSettings,
): CodeAction[] {
	const out: CodeAction[] = [];
	if (wanted(request.only, 'quickfix')) {
		const byFix = new Map<Fix, CodeAction & { diagnostics: Diagnostic[] }>();
		for (const diagnostic of request.diagnostics) {
			if (diagnostic.source !== 'unres') {
				continue;
			}
			for (const result of results) {
				if (result.rule.id !== diagnostic.code || !sameRange(target.lines.range(result.finding.span), diagnostic.range)
					|| diagnosticMessage(result, locale) !== diagnostic.message) {
					continue;
				}
				for (const fix of result.finding.fixes ?? []) {
					const known = byFix.get(fix);
					if (known) {
						known.diagnostics.push(diagnostic);
						continue;
					}
					const title = fixTitle(fix, locale);
					const action = {
						title,
						kind: fix.kind,
						diagnostics: [diagnostic],
						...(fix.isPreferred ? { isPreferred: true } : {}),
						...(fix.edits.length > 0 || !fix.command ? { edit: toWorkspaceEdit(target, fix.edits, support) } : {}),
						// A change outside the document (the workspace catalogue) is the server's to make, through a command.
						...(fix.command ? { command: { title, command: fix.command.name, arguments: [target.uri, ...fix.command.arguments] } } : {}),
					};
					byFix.set(fix, action);
					out.push(action);
				}
			}
		}
	}
	if (wanted(request.only, FIX_ALL_KIND)) {
		const plan = planRenumber(ctx, fixAllOptions(settings));
		if (plan.edits.length > 0) {
			out.push({ title: format('fix.renumberAll', [], locale), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(target, plan.edits, { ...support, snippets: false }) });
		}
	}
	return out;
}
