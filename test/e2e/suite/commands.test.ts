// The commands the extension contributes, run as the Command Palette would run them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OWN_ENGLISH, PLAIN_NOTES } from './fixtures';
import { documentSymbols, extension, LANGUAGE_ID, openDraft, waitFor, workspaceFile } from './helpers';

suite('Commands', () => {
	test('every contributed command has a title in the "unres" category', async () => {
		const contributed: { command: string; title: string; category?: string }[] = extension().packageJSON.contributes.commands;
		const ids = contributed.map((c) => c.command);
		for (const id of ['unres.restartServer', 'unres.setLanguage', 'unres.showOutputChannel', 'unres.treatAsResolution', 'unres.renumber']) {
			assert.ok(ids.includes(id), `${id} is contributed`);
		}
		// Every contributed command is really registered, by the client or through the language server.
		await openDraft(OWN_ENGLISH.file);
		const all = await waitFor('every contributed command registered', async () => vscode.commands.getCommands(true), (list) => ids.every((id) => list.includes(id)));
		assert.ok(ids.every((id) => all.includes(id)));
		for (const c of contributed) {
			assert.ok(c.title.length > 0);
			assert.equal(c.category, 'unres');
		}
	});

	test('unres.restartServer: the language server comes back and answers', async () => {
		const editor = await openDraft(OWN_ENGLISH.file);
		await documentSymbols(editor.document.uri);
		await vscode.commands.executeCommand('unres.restartServer');
		const symbols = await documentSymbols(editor.document.uri, 20_000);
		assert.ok(symbols.length > 0);
	});

	test('unres.showOutputChannel shows the language server\'s output channel', async () => {
		await openDraft(OWN_ENGLISH.file);
		await vscode.commands.executeCommand('unres.showOutputChannel');
		// The channel's text opens as an `output:` document named after the extension's channel.
		const shown = await waitFor(
			'the unres output channel to be shown',
			() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && /unres/i.test(d.uri.path)),
		);
		assert.ok(shown, 'no unres output document');
	});

	test('unres.newDraft opens a new draft from the server\'s template (organ and language given)', async () => {
		await vscode.commands.executeCommand('unres.newDraft', 'GA', 'fr');
		const text = await waitFor('the new draft to hold the template', () => vscode.window.activeTextEditor?.document.getText() ?? '', (t) => t.includes('L’Assemblée générale,'));
		assert.equal(vscode.window.activeTextEditor?.document.languageId, LANGUAGE_ID);
		assert.match(text, /Assemblée générale/);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('unres.setLanguage writes the unres.language setting of the draft\'s folder', async () => {
		const editor = await openDraft(OWN_ENGLISH.file);
		const config = () => vscode.workspace.getConfiguration('unres', editor.document.uri);
		try {
			await vscode.commands.executeCommand('unres.setLanguage', 'es');
			assert.equal(config().inspect<string>('language')?.workspaceFolderValue, 'es');
			// The server re-reads its settings and still answers.
			assert.ok((await documentSymbols(editor.document.uri)).length > 0);
		} finally {
			await config().update('language', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
		}
		assert.equal(config().get('language'), 'auto');
	});

	test('unres.treatAsResolution turns a plain-text file into an unres document the server reads', async () => {
		// A file of its own: the language a document is switched to stays for the rest of the session.
		const uri = workspaceFile('pasted-from-email.txt');
		await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceFile(PLAIN_NOTES)));
		const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
		assert.equal(editor.document.languageId, 'plaintext');
		await vscode.commands.executeCommand('unres.treatAsResolution');
		await waitFor(
			`${uri.path} to become an unres document`,
			() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId,
			(id) => id === LANGUAGE_ID,
		);
		const symbols = await documentSymbols(uri, 20_000);
		assert.ok(symbols.some((s) => s.name === 'Operative part'), `outline: ${symbols.map((s) => s.name).join(' | ')}`);
	});
});
