// AKN4UN (issue 17): the UN's official XML of A/RES/75/10 in French, opened as a draft with the command the
// editor offers on .xml files, then exported back. The XML is unpacked from ../shared (never kept in the repository).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { documentSymbols, extension, LANGUAGE_ID, waitFor, workspaceFile } from './helpers';

const SHARED = path.resolve(process.env.UNRES_SHARED ?? path.join(__dirname, '..', '..', '..', 'shared'));
const ARCHIVE = path.join(SHARED, 'data', 'raw', 'unxml-ga-resolutions', 'xml_en_fr_es.tar.xz');
const MEMBER = '75session/French/75_10_F.xml';

suite('AKN4UN', () => {
	test('the command is offered on .xml files, in the palette and the editor title', () => {
		const menus = extension().packageJSON.contributes.menus as Record<string, { command: string; when?: string }[]>;
		for (const where of ['commandPalette', 'editor/title']) {
			assert.ok(menus[where].some((m) => m.command === 'unres.openAknAsDraft' && m.when === 'resourceExtname == .xml'), where);
		}
	});

	test('unres.openAknAsDraft opens the official 75_10_F.xml as a draft; unres.exportAkn writes it back', async function () {
		this.timeout(240_000);
		if (!existsSync(ARCHIVE)) {
			console.log(`      (skipped: ${ARCHIVE} is absent: the shared documents are not beside this checkout)`);
			this.skip();
		}
		const tmp = mkdtempSync(path.join(os.tmpdir(), 'unres-e2e-akn-'));
		let xml: Buffer;
		try {
			execFileSync('tar', ['-xJf', ARCHIVE, '-C', tmp, MEMBER], { stdio: 'ignore' });
			xml = readFileSync(path.join(tmp, MEMBER));
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
		const source = workspaceFile('75_10_F.xml');
		await vscode.workspace.fs.writeFile(source, xml);
		await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source), { preview: false });

		await vscode.commands.executeCommand('unres.openAknAsDraft');
		const editor = await waitFor('the draft opened from the XML', () => vscode.window.activeTextEditor, (e) => !!e && e.document.languageId === LANGUAGE_ID && e.document.isUntitled);
		const text = editor!.document.getText();
		assert.match(text, /^Nations Unies A\/RES\/75\/10$/m);
		// The title keeps the XML's no-break space (`et l’Organisation`).
		assert.match(text, /^75\/10\. Coopération entre l’Organisation des Nations Unies et\sl’Organisation internationale de police criminelle \(INTERPOL\)$/m);
		assert.match(text, /^L’Assemblée générale,$/m);
		assert.match(text, /^16\. \*Décide\* d’inscrire/m);
		assert.match(text, /^\[\^7\]: /m);
		// The language server reads it as a resolution: the outline has its paragraphs.
		const symbols = await documentSymbols(editor!.document.uri, 30_000);
		assert.ok(symbols.length > 0);

		const out = workspaceFile('75_10_F.export.xml');
		await vscode.commands.executeCommand('unres.exportAkn', editor!.document.uri, out);
		const exported = new TextDecoder().decode(await vscode.workspace.fs.readFile(out));
		assert.equal((exported.match(/<container /g) ?? []).length, 21);
		assert.equal((exported.match(/<num>\d+\.<\/num>/g) ?? []).length, 16);
		assert.equal((exported.match(/<authorialNote /g) ?? []).length, 7);
		assert.match(exported, /<FRBRlanguage language="fra"\/>/);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});
});
