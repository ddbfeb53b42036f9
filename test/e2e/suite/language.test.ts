// The contributed language: its id, the file names it claims, its configuration.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OWN_ENGLISH, OWN_FRENCH, PLAIN_NOTES } from './fixtures';
import { exists, extension, LANGUAGE_ID, workspaceFile } from './helpers';

interface LanguageContribution {
	id: string;
	extensions?: string[];
	configuration?: string;
}

function contribution(): LanguageContribution {
	const languages: LanguageContribution[] = extension().packageJSON.contributes?.languages ?? [];
	const unres = languages.find((l) => l.id === LANGUAGE_ID);
	assert.ok(unres, 'package.json contributes no "unres" language');
	return unres;
}

suite('Language', () => {
	test('VS Code knows the "unres" language', async () => {
		assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
	});

	test('it claims *.unres, *.unres.md and *.unres.txt, and only those', async () => {
		assert.deepEqual([...(contribution().extensions ?? [])].sort(), ['.unres', '.unres.md', '.unres.txt']);
		const txt = workspaceFile('copied-from-pdf.unres.txt');
		await vscode.workspace.fs.writeFile(txt, new TextEncoder().encode('The General Assembly,\n\n1. Decides to remain seized of the matter.\n'));
		for (const uri of [workspaceFile(OWN_ENGLISH.file), workspaceFile(OWN_FRENCH.file), txt]) {
			const doc = await vscode.workspace.openTextDocument(uri);
			assert.equal(doc.languageId, LANGUAGE_ID, `${uri.path} opened as ${doc.languageId}`);
		}
		const notes = await vscode.workspace.openTextDocument(workspaceFile(PLAIN_NOTES));
		assert.equal(notes.languageId, 'plaintext');
	});

	test('its language configuration file ships with the extension', async () => {
		const file = contribution().configuration;
		assert.ok(file, 'no language configuration declared');
		assert.ok(await exists(vscode.Uri.joinPath(extension().extensionUri, file)), `${file} is missing`);
	});
});
