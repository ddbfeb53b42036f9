// Runs first (see index.ts): the extension must wake up when a resolution draft is opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OWN_ENGLISH } from './fixtures';
import { documentSymbols, extension, LANGUAGE_ID, openDraft, waitFor } from './helpers';

suite('Activation', () => {
	test('the extension is installed from the development folder', () => {
		const ext = extension();
		assert.equal(ext.packageJSON.name, 'unres');
		assert.equal(ext.packageJSON.main, './dist/extension.js');
	});

	test('opening a .unres file activates it and starts the language server', async () => {
		const editor = await openDraft(OWN_ENGLISH.file);
		assert.equal(editor.document.languageId, LANGUAGE_ID);
		await waitFor('the extension to be active', () => extension().isActive);
		// The server answers: the outline of the draft is not empty.
		const symbols = await documentSymbols(editor.document.uri, 20_000);
		assert.ok(symbols.length > 0);
	});

	test('its commands are registered once active', async () => {
		const commands = await vscode.commands.getCommands(true);
		for (const id of ['unres.restartServer', 'unres.showOutputChannel', 'unres.setLanguage', 'unres.treatAsResolution']) {
			assert.ok(commands.includes(id), `command ${id} is not registered`);
		}
	});
});
