import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import {
	DidOpenTextDocumentNotification, HoverRequest, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
	type Hover, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { ExportAknRequest, ServerEnvironmentRequest, VersionsRequests } from '../../server/src/protocol';
import { startBrowserWorker } from '../../scripts/benchBrowser';
import { requireShared, ROOT, SAMPLE_FR } from '../helpers/paths';

/**
 * The web build's server (dist/browser/server.js) in a worker that looks like a browser's: no `process`, `Buffer`,
 * `global` or `setImmediate`. What the web e2e test sees in code-server, here in every `npm test`.
 */
suite('the browser server in a worker (dist/browser/server.js)', function () {
	this.timeout(30_000);
	const script = path.join(ROOT, 'dist', 'browser', 'server.js');
	const uri = 'vscode-vfs://github/un-drafts/resolutions/A-RES-75-10.fr.unres.md';
	let worker: Worker | undefined;
	let connection: ProtocolConnection | undefined;
	let text = '';
	let first: PublishDiagnosticsParams | undefined;

	suiteSetup(async function () {
		requireShared(this, SAMPLE_FR);
		assert.ok(existsSync(script), 'run `npm run build` first');
		text = readFileSync(SAMPLE_FR, 'utf8');
		({ worker, connection } = startBrowserWorker(script));
		const published = new Promise<PublishDiagnosticsParams>((resolve) => connection!.onNotification(PublishDiagnosticsNotification.type, resolve));
		connection.listen();
		// The catalogue comes from the client, as the web client sends it (the worker bundle does not carry it).
		const builtinCatalog = readFileSync(path.join(ROOT, 'server', 'data', 'catalog.json'), 'utf8');
		await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { builtinCatalog } });
		await connection.sendNotification(InitializedNotification.type, {});
		await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
		first = await published;
	});

	suiteTeardown(async () => {
		connection?.dispose();
		await worker?.terminate();
	});

	test('runs without process, and says so', async () => {
		const env = await connection!.sendRequest<ServerEnvironmentRequest.Result>(ServerEnvironmentRequest.method);
		assert.deepEqual(env, { process: 'undefined', host: 'browser' });
	});

	test('the reference text: the one diagnostic the Node server gives (decision 60/519, not in the catalogue)', () => {
		assert.equal(first?.uri, uri);
		assert.deepEqual(first?.diagnostics.map((d) => d.code), ['uncatalogued-resolution']);
	});

	test('the worker bundle does not carry the catalogue: the .vsix ships it once, as server/data/catalog.json', () => {
		assert.ok(!readFileSync(script, 'utf8').includes('Transformer notre monde'), 'a catalogue title in dist/browser/server.js');
	});

	test('a hover on a cited resolution reads the catalogue the client sent', async () => {
		const offset = text.indexOf('51/1');
		const before = text.slice(0, offset).split('\n');
		const hover = await connection!.sendRequest<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: { line: before.length - 1, character: before.at(-1)!.length + 1 } });
		const value = JSON.stringify(hover?.contents ?? '');
		assert.match(value, /A\/RES\/51\/1/);
		assert.match(value, /1996/);
	});

	test('the Word and AKN exports run in the worker', async () => {
		const docx = await connection!.sendRequest<VersionsRequests.ExportResult | null>(VersionsRequests.exportDocx, { uri });
		assert.ok(docx?.base64, 'no document');
		assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString(), 'PK');
		const akn = await connection!.sendRequest<ExportAknRequest.Result>(ExportAknRequest.method, { text });
		assert.match(akn.xml, /<akomaNtoso\b/);
	});

	test('a `.unresrc.json` sent by the client at start applies (the worker cannot read it itself)', async () => {
		const other = startBrowserWorker(script);
		try {
			const published = new Promise<PublishDiagnosticsParams>((resolve) => other.connection.onNotification(PublishDiagnosticsNotification.type, resolve));
			other.connection.listen();
			const configFiles = [{ uri: 'vscode-vfs://github/un-drafts/resolutions/.unresrc.json', text: '{ "rules": { "uncatalogued-resolution": "off" } }' }];
			await other.connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { configFiles } });
			await other.connection.sendNotification(InitializedNotification.type, {});
			await other.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
			assert.deepEqual((await published).diagnostics.map((d) => d.code), []);
		} finally {
			other.connection.dispose();
			await other.worker.terminate();
		}
	});
});
