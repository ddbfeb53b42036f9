import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentInfoNotification } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';

const DRAFT = 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to act;\n\n3. Requests a report.\n';

// Issue 7: the editor reads the same .unresrc.json as `unres check`; its own settings win over it.
suite('.unresrc.json in the language server', function () {
	this.timeout(30_000);
	let dir: string;
	let client: LspClient | undefined;
	setup(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'unres-config-'));
	});
	teardown(async () => {
		await client?.stop();
		client = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	test('rules and language from the config file apply to the drafts below it', async () => {
		writeFileSync(path.join(dir, '.unresrc.json'), JSON.stringify({ root: true, language: 'es', rules: { 'operative-numbering': 'off' } }));
		const file = path.join(dir, 'draft.unres');
		writeFileSync(file, DRAFT);
		client = await LspClient.start();
		const uri = pathToFileURL(file).href;
		await client.open(uri, DRAFT);
		const info = await client.waitFor<DocumentInfoNotification.Params>('unres/documentInfo', (p) => p.uri === uri);
		assert.equal(info.info.lang, 'es');
		const published = await client.diagnostics(uri, (p) => p.version === 1);
		assert.deepEqual(published.diagnostics.filter((d) => d.code === 'operative-numbering'), []);
	});

	test('the editor settings win rule by rule; a broken config is reported and the rest applies', async () => {
		writeFileSync(path.join(dir, '.unresrc.json'), '{ "root": true, "rules": { "operative-numbering": "off", "nope": "error" } }');
		const file = path.join(dir, 'draft.unres');
		writeFileSync(file, DRAFT);
		client = await LspClient.start({ rules: { 'operative-numbering': 'warning' } });
		const uri = pathToFileURL(file).href;
		await client.open(uri, DRAFT);
		const published = await client.diagnostics(uri, (p) => p.version === 1);
		const numbering = published.diagnostics.filter((d) => d.code === 'operative-numbering');
		assert.equal(numbering.length, 1);
		assert.equal(numbering[0].severity, 2, 'warning, from the editor settings');
		const shown = await client.waitFor<{ message: string }>('window/showMessage', (p) => /\.unresrc\.json:1:\d+: rules\.nope: unknown rule "nope"/.test(p.message));
		assert.match(shown.message, /the rest of the configuration applies/);
	});
});
