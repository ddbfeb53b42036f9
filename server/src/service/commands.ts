import * as path from 'pathe';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { addEntryChanges, newCatalogueText, type NewEntry } from '../catalog/edit';
import { fixAllOptions, fixTitle, toWorkspaceEdit, type EditSupport } from '../features/codeActions';
import { planRenumber } from '../fixes/renumber';
import { format, formatMessage, type Locale } from '../l10n/messages';
import { LineMap } from '../parser/lines';
import type { Assembly } from './assembly';
import { renumberParts } from './compilation';
import type { Checked } from './languageService';
import type { Workspace } from './workspace';

/** What `unres.renumber` comes to: an edit to apply (and notes to show), or a message. */
export type RenumberOutcome =
	| { readonly kind: 'edit'; readonly label: string; readonly edit: WorkspaceEdit; readonly notes?: string }
	| { readonly kind: 'message'; readonly type: 'info' | 'warning'; readonly message: string };

export function renumber(checked: Checked | undefined, editSupport: EditSupport, locale: Locale): RenumberOutcome {
	if (!checked) {
		return { kind: 'message', type: 'warning', message: format('command.noDocument', [], locale) };
	}
	const { analysis } = checked;
	// The explicit command does every renumbering, whatever rules are turned off.
	const plan = checked.parts ? renumberParts(checked.parts, (ctx) => planRenumber(ctx, fixAllOptions(undefined))) : planRenumber(checked.ctx, fixAllOptions(undefined));
	if (plan.edits.length === 0) {
		return { kind: 'message', type: 'info', message: format('command.nothingToDo', [], locale) };
	}
	const label = fixTitle({ titleKey: 'fix.renumberAll', kind: 'quickfix', edits: plan.edits }, locale);
	const edit = toWorkspaceEdit({ uri: analysis.uri, version: analysis.version, lines: analysis.lines }, plan.edits, { ...editSupport, snippets: false });
	const notes = plan.notes.map((n) => formatMessage(n, locale)).join('\n');
	return { kind: 'edit', label, edit, ...(notes ? { notes } : {}) };
}

/**
 * What `unres.addToCatalogue` comes to: an edit for the client to apply (then `done`), a file written here
 * (the client cannot create files through an edit), or a message why not.
 */
export type CatalogueOutcome =
	| { readonly kind: 'edit'; readonly label: string; readonly edit: WorkspaceEdit; readonly target: string; readonly done: string }
	| { readonly kind: 'written'; readonly target: string; readonly done: string }
	| { readonly kind: 'message'; readonly message: string };

export async function addToCatalogue(
	workspace: Workspace, assembly: Assembly, uri: string, entry: NewEntry, canCreateFiles: boolean, locale: Locale,
): Promise<CatalogueOutcome> {
	if (!assembly.trusted) {
		return { kind: 'message', message: format('catalog.untrusted', [], locale) };
	}
	const target = await assembly.catalogueTarget(uri);
	if (!target) {
		return { kind: 'message', message: format('catalog.noTarget', [], locale) };
	}
	const done = format('catalog.added', [entry.symbol, path.basename(target)], locale);
	const label = format('fix.addToCatalogue', [entry.symbol], locale);
	const targetUri = workspace.pathToUri(target);
	const text = await workspace.readFile(target).catch(() => undefined);
	if (text === undefined && !canCreateFiles) {
		await workspace.writeFile(target, newCatalogueText(entry));
		assembly.catalogueFileChanged(target);
		return { kind: 'written', target, done };
	}
	if (text === undefined) {
		const start = { line: 0, character: 0 };
		const edit: WorkspaceEdit = {
			documentChanges: [
				{ kind: 'create', uri: targetUri, options: { ignoreIfExists: true } },
				{ textDocument: { uri: targetUri, version: null }, edits: [{ range: { start, end: start }, newText: newCatalogueText(entry) }] },
			],
		};
		return { kind: 'edit', label, edit, target, done };
	}
	const changes = addEntryChanges(text, entry);
	if ('error' in changes) {
		return { kind: 'message', message: format('catalog.cannotEdit', [path.basename(target), changes.error], locale) };
	}
	const lines = new LineMap(text);
	const edits: TextEdit[] = changes.map((c) => ({ range: lines.range({ start: c.offset, end: c.offset + c.length }), newText: c.content }));
	return { kind: 'edit', label, edit: { changes: { [targetUri]: edits } }, target, done };
}
