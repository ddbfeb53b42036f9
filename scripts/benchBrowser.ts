/**
 * The browser server (dist/browser/server.js) measured as a web worker: run in a Node `worker_threads` worker
 * whose globals are made to look like a browser worker's (`self` over the port; no `process`, `Buffer`, `global` or `setImmediate`),
 * spoken to over postMessage. Used by scripts/bench.ts (prints nothing itself) and test/protocol/browserWorker.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
	createProtocolConnection, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
	PortMessageReader, PortMessageWriter, PublishDiagnosticsNotification, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ServerEnvironmentRequest, WorkspaceFsRequests } from '../server/src/protocol';

// Runs in the worker: a browser-like `self`, then the bundle as a classic script.
const PRELUDE = `
const { parentPort, workerData } = require('node:worker_threads');
const code = require('node:fs').readFileSync(workerData.script, 'utf8');
const vm = require('node:vm');
globalThis.self = {
	set onmessage(fn) { parentPort.on('message', (data) => fn({ data })); },
	addEventListener() {},
	postMessage: (m) => parentPort.postMessage(m),
};
delete globalThis.setImmediate;
delete globalThis.clearImmediate;
delete globalThis.process;
delete globalThis.Buffer;
delete globalThis.global;
vm.runInThisContext(code, { filename: workerData.script });
`;

/**
 * dist/browser/server.js in a browser-like worker, and a connection to it that answers the server's requests as
 * a client with no files would (settings: none; `unres/fs/*`: not found). The caller calls `listen()`.
 */
export function startBrowserWorker(script: string): { worker: Worker; connection: ProtocolConnection } {
	const worker = new Worker(PRELUDE, { eval: true, workerData: { script } });
	const connection = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
	connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
	for (const method of [WorkspaceFsRequests.readFile, WorkspaceFsRequests.stat, WorkspaceFsRequests.writeFile]) {
		connection.onRequest(method, () => null);
	}
	connection.onRequest(WorkspaceFsRequests.findDrafts, () => []);
	return { worker, connection };
}

const kb = (file: string) => `${(statSync(file).size / 1024).toFixed(0)} KB`;

/** Bundle sizes, and the time from starting the worker to the first diagnostics of `sample`. */
export async function browserFigures(root: string, sample: string): Promise<Record<string, string>> {
	const script = path.join(root, 'dist', 'browser', 'server.js');
	const started = process.hrtime.bigint();
	const { worker, connection } = startBrowserWorker(script);
	const first = new Promise<number>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, (p) => resolve(p.diagnostics.length)));
	connection.listen();
	const builtinCatalog = readFileSync(path.join(root, 'server', 'data', 'catalog.json'), 'utf8');
	await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { builtinCatalog } });
	await connection.sendNotification(InitializedNotification.type, {});
	await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'vscode-vfs://github/un/drafts/first.unres.md', languageId: 'unres', version: 1, text: sample } });
	const count = await first;
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const env = await connection.sendRequest<ServerEnvironmentRequest.Result>(ServerEnvironmentRequest.method);
	connection.dispose();
	await worker.terminate();
	return {
		'browser bundles': `dist/browser/server.js ${kb(script)} (with the catalogue); dist/browser/extension.js ${kb(path.join(root, 'dist', 'browser', 'extension.js'))}`,
		[`web worker start → first diagnostics (FR sample, typeof process: ${env.process})`]: `${ms.toFixed(1)} ms (${count} diagnostics)`,
	};
}
