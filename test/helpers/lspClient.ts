import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import {
	createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
	ExitNotification, FoldingRangeRequest, InitializedNotification, InitializeRequest, ShutdownRequest,
	StreamMessageReader, StreamMessageWriter, type DocumentSymbol, type FoldingRange, type ProtocolConnection,
	type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './paths';

/** Server-to-client notifications the tests record. */
const NOTIFICATIONS = ['unres/documentInfo', 'textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage'];

/** A real LSP client talking to the bundled `dist/server.js --stdio`, for protocol tests. */
export class LspClient {
	readonly notifications: { method: string; params: unknown }[] = [];
	#waiters: { method: string; test: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = [];

	private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {}

	static async start(settings: Record<string, unknown> = {}): Promise<LspClient> {
		const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const client = new LspClient(child, connection);
		for (const method of NOTIFICATIONS) {
			connection.onNotification(method, (params: unknown) => {
				client.notifications.push({ method, params });
				client.#waiters = client.#waiters.filter((w) => {
					if (w.method === method && w.test(params)) {
						w.resolve(params);
						return false;
					}
					return true;
				});
			});
		}
		connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
			params.items.map((item) => (item.section === 'unres' ? settings : null)),
		);
		connection.listen();
		await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: null,
			capabilities: {
				workspace: { configuration: true },
				textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, foldingRange: {} },
			},
		});
		await connection.sendNotification(InitializedNotification.type, {});
		return client;
	}

	/** Resolves with the first notification `method` (past or future) whose params pass `test`. */
	waitFor<T>(method: string, test: (params: T) => boolean = () => true, timeoutMs = 10_000): Promise<T> {
		const past = this.notifications.find((n) => n.method === method && test(n.params as T));
		if (past) {
			return Promise.resolve(past.params as T);
		}
		return new Promise<T>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms`)), timeoutMs);
			timer.unref();
			this.#waiters.push({ method, test: (p) => test(p as T), resolve: (p) => { clearTimeout(timer); resolve(p as T); } });
		});
	}

	async open(uri: string, text: string, languageId = 'unres'): Promise<void> {
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
	}

	async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
		await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
	}

	symbols(uri: string): Promise<DocumentSymbol[]> {
		return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
	}

	folding(uri: string): Promise<FoldingRange[]> {
		return this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }) as Promise<FoldingRange[]>;
	}

	async stop(): Promise<void> {
		try {
			await this.connection.sendRequest(ShutdownRequest.type);
			await this.connection.sendNotification(ExitNotification.type);
		} catch {
			// The server may already be gone; the kill below makes sure.
		}
		await new Promise<void>((resolve) => {
			if (this.process.exitCode !== null) {
				resolve();
				return;
			}
			const timer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
			this.process.once('exit', () => {
				clearTimeout(timer);
				resolve();
			});
		});
		this.connection.dispose();
	}
}
