import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import {
	createProtocolConnection, DidOpenTextDocumentNotification, DocumentSymbolRequest, FoldingRangeRequest, InitializedNotification,
	InitializeRequest, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { createConnection, type Connection } from 'vscode-languageserver/node';
import { NODE_RUNTIME } from '../../server/src/node/runtime';
import { RULES } from '../../server/src/rules/index';
import type { Rule } from '../../server/src/rules/types';
import { startServer } from '../../server/src/server';

/**
 * One feature that throws must not take the others down: the server runs in this process over a pair of
 * streams, with a feature and a rule that fail injected through its runtime (no module is patched).
 */

const DRAFT = 'The General Assembly,\n\nRecalling its resolution 71/19 of 21 November 2016,\n\n1. Decides to act;\n\n3. Requests a report\n';

interface Published {
	readonly uri: string;
	readonly diagnostics: { code?: string | number }[];
}

suite('a failing feature is isolated and logged once', function () {
	this.timeout(20_000);
	// The same rules, one of which throws.
	const rules: Rule[] = RULES.map((r) => (r.id === 'operative-numbering' ? { ...r, check: () => { throw new Error('rule broke'); } } : r));
	let client: ProtocolConnection;
	let server: ReturnType<typeof createConnection>;
	const logs: string[] = [];
	const published: Published[] = [];

	suiteSetup(async () => {
		const toServer = new PassThrough();
		const toClient = new PassThrough();
		server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
		startServer(server as unknown as Connection, {
			...NODE_RUNTIME,
			features: {
				rules,
				documentSymbols: () => {
					throw new Error('outline broke');
				},
			},
		});
		client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
		client.onNotification('window/logMessage', (p: { message: string }) => {
			logs.push(p.message);
		});
		client.onNotification('textDocument/publishDiagnostics', (p: Published) => {
			published.push(p);
		});
		client.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
		client.listen();
		await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
		await client.sendNotification(InitializedNotification.type, {});
	});

	suiteTeardown(() => {
		client.dispose();
		server.dispose();
	});

	const until = async (ok: () => boolean) => {
		for (let i = 0; i < 200 && !ok(); i++) {
			await new Promise((r) => setTimeout(r, 20));
		}
		assert.ok(ok(), 'timed out');
	};

	test('the failing request answers empty, the other requests and the other rules go on, each failure is logged once', async () => {
		const uri = 'file:///isolated.unres';
		await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text: DRAFT } });
		await until(() => published.some((p) => p.uri === uri));
		const codes = published.find((p) => p.uri === uri)!.diagnostics.map((d) => d.code);
		assert.ok(!codes.includes('operative-numbering'), 'the broken rule gives nothing');
		assert.ok(codes.includes('operative-punctuation'), `the other rules still report: ${codes.join(', ')}`);

		for (let i = 0; i < 3; i++) {
			assert.deepEqual(await client.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
		}
		const folds = await client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
		assert.ok(folds && folds.length > 0, 'folding still works');

		await until(() => logs.some((l) => l.includes('documentSymbol failed')));
		assert.equal(logs.filter((l) => l.includes('documentSymbol failed')).length, 1, 'logged once');
		assert.equal(logs.filter((l) => l.includes('rule operative-numbering failed')).length, 1, 'logged once');
		assert.ok(logs.some((l) => l.includes('outline broke')), 'the log says what failed');
	});
});
