import * as assert from 'node:assert/strict';
import { LspClient } from '../helpers/lspClient';

/** A draft with an operative numbering error, so that an analysed version always has a diagnostic. */
const DRAFT = 'The General Assembly,\n\nRecalling its resolution 71/19 of 21 November 2016,\n\n1. Decides to act;\n\n3. Requests a report.\n';

interface ShowMessage {
	readonly type: number;
	readonly message: string;
}

suite('unres.maxFileSize: a document over the limit is not analysed', function () {
	this.timeout(60_000);
	let client: LspClient;

	teardown(async () => {
		await client.stop();
	});

	test('over the limit: an information message once, no diagnostics, no outline; raising the limit analyses it', async () => {
		client = await LspClient.start({ maxFileSize: 200 });
		const big = 'file:///big.unres';
		const small = 'file:///small.unres';
		const text = DRAFT + '\n'.repeat(200);
		await client.open(big, text);
		await client.open(small, DRAFT);
		const smallDiagnostics = await client.diagnostics(small);
		assert.ok(smallDiagnostics.diagnostics.some((d) => d.code === 'operative-numbering'), 'a document under the limit is analysed');
		const info = await client.waitFor<ShowMessage>('window/showMessage', (m) => m.message.includes('maxFileSize'));
		assert.equal(info.type, 3, 'an information message');
		assert.match(info.message, /big\.unres has 318 characters, more than unres\.maxFileSize \(200\)/);
		assert.deepEqual((await client.diagnostics(big)).diagnostics, []);
		assert.deepEqual(await client.symbols(big), []);
		assert.deepEqual(await client.folding(big), []);

		// Typing in the big document does not repeat the message.
		await client.change(big, 2, [{ text: text + 'x' }]);
		await client.diagnostics(big, (p) => p.version === 2);
		const told = client.notifications.filter((n) => n.method === 'window/showMessage' && (n.params as ShowMessage).message.includes('maxFileSize'));
		assert.equal(told.length, 1);

		await client.configurationChanged({ maxFileSize: 0 });
		const analysed = await client.diagnostics(big, (p) => p.diagnostics.length > 0);
		assert.ok(analysed.diagnostics.some((d) => d.code === 'operative-numbering'), '0 turns the limit off');
		assert.ok((await client.symbols(big)).length > 0);
	});

	test('the default limit is 10 MB: a 10.5 MB document gets the message, and an edit below the limit brings diagnostics', async () => {
		client = await LspClient.start();
		const uri = 'file:///session.unres';
		const filler = 'x'.repeat(99) + '\n';
		const text = DRAFT + filler.repeat(105_000);
		await client.open(uri, text);
		const info = await client.waitFor<ShowMessage>('window/showMessage', (m) => m.message.includes('maxFileSize'), 20_000);
		assert.match(info.message, /10,000,000/);
		assert.deepEqual((await client.diagnostics(uri, (p) => p.version === 1)).diagnostics, []);
		// Deleting the filler brings the document under the limit: it is analysed again.
		const lines = text.split('\n').length;
		await client.change(uri, 2, [{ range: { start: { line: 7, character: 0 }, end: { line: lines - 1, character: 0 } }, text: '' }]);
		const after = await client.diagnostics(uri, (p) => p.version === 2);
		assert.ok(after.diagnostics.some((d) => d.code === 'operative-numbering'));
	});
});
