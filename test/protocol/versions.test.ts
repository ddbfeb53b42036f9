import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRequest, HoverRequest, type CodeLens, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { VersionsRequests } from '../../server/src/protocol';
import { rollover } from '../../server/src/versions/rollover';
import { readDocx } from '../helpers/docx';
import { LspClient } from '../helpers/lspClient';
import { requireShared, SAMPLE_FR } from '../helpers/paths';

/**
 * Versions over stdio (dist/server.js): a draft rolled over from A/RES/75/10 finds its base in the workspace by
 * itself (the file that declares the resolution it recalls), shows change marks and their word diff, compares,
 * rolls over and exports to Word with tracked changes.
 */
suite('protocol: versions', () => {
	let client: LspClient | undefined;
	let dir: string;
	setup(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'unres-versions-'));
	});
	teardown(async () => {
		await client?.stop();
		client = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	test('base found in the workspace, marks, hover, compare, rollover and Word export', async function () {
		this.timeout(60_000);
		requireShared(this, SAMPLE_FR);
		const baseText = readFileSync(SAMPLE_FR, 'utf8');
		const baseFile = path.join(dir, 'A-RES-75-10.unres.md');
		writeFileSync(baseFile, baseText);
		// The draft names no base: the server finds the file declaring A/RES/75/10, the resolution it recalls last.
		const draftText = rollover(baseText).text;
		const draftFile = path.join(dir, 'draft.unres.md');
		writeFileSync(draftFile, draftText);
		const uri = pathToFileURL(draftFile).href;
		const baseUri = pathToFileURL(baseFile).href;
		client = await LspClient.start({}, { folders: [dir], initializationOptions: { workspaceTrusted: true } });
		await client.open(uri, draftText);
		await client.diagnostics(uri);

		let compared: VersionsRequests.CompareResult | null = null;
		for (let i = 0; i < 50 && !compared; i++) {
			compared = await client.connection.sendRequest<VersionsRequests.CompareResult | null>(VersionsRequests.compare, { uri });
			if (!compared) {
				await new Promise((r) => setTimeout(r, 100));
			}
		}
		assert.ok(compared, 'the base is found');
		assert.equal(compared.baseUri, baseUri);
		assert.equal(compared.summary, 'vs A/RES/75/10: 0 new, 1 changed, 0 deleted, 43 unchanged');
		assert.ok(compared.alignedBase.startsWith('Coopération entre'));
		assert.equal(compared.alignedBase.split('\n\n').length, compared.alignedDraft.split('\n\n').length);

		const lenses = await client.connection.sendRequest<CodeLens[]>(CodeLensRequest.method, { textDocument: { uri } });
		assert.deepEqual(lenses.map((l) => l.command?.title), ['changed since A/RES/75/10 PP1']);
		const hover = await client.connection.sendRequest<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: lenses[0].range.start.line, character: 20 } });
		assert.match((hover?.contents as MarkupContent).value, /\*\*changed since A\/RES\/75\/10 PP1\*\*[\s\S]*\*\*et 75\/10 du 23 novembre 2020\*\*/);

		const roll = await client.connection.sendRequest<VersionsRequests.RolloverResult | null>(VersionsRequests.rollover, { uri: baseUri });
		assert.equal(roll?.recalled, '75/10');
		assert.ok(roll?.text.includes('et 75/10 du 23 novembre 2020'));

		const exported = await client.connection.sendRequest<VersionsRequests.ExportResult | null>(VersionsRequests.exportDocx, { uri, author: 'Protocol test' });
		assert.equal(exported?.baseUri, baseUri);
		const docx = readDocx(new Uint8Array(Buffer.from(exported!.base64, 'base64')));
		assert.ok(docx.insertions > 0 && docx.deletions > 0);
		assert.ok(docx.accept.some((p) => p.includes('73/11 du 26 novembre 2018 et 75/10 du 23 novembre 2020')));
		assert.ok(docx.reject.some((p) => p.includes('71/19 du 21 novembre 2016 et 73/11 du 26 novembre 2018 concernant')));
		assert.match(docx.xml['word/document.xml'], /w:author="Protocol test"/);

		// A base set by the user wins; none set and none found: no marks.
		await client.connection.sendRequest(VersionsRequests.setBase, { uri, base: uri });
		const self = await client.connection.sendRequest<VersionsRequests.CompareResult | null>(VersionsRequests.compare, { uri });
		assert.match(self?.summary ?? '', /0 new, 0 changed, 0 deleted/);
	});
});
