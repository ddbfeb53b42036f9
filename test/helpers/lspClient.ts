import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	CodeActionRequest, CompletionRequest, createProtocolConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
	DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, ExecuteCommandRequest,
	ExitNotification, FoldingRangeRequest, HoverRequest, InitializedNotification, InitializeRequest, ShutdownRequest,
	StreamMessageReader, StreamMessageWriter, type ApplyWorkspaceEditParams, type CancellationToken, type ClientCapabilities,
	type CodeAction, type Command, type CompletionItem, type CompletionList, type Diagnostic, type DocumentSymbol,
	type FoldingRange, type Hover, type Position, type ProtocolConnection, type Range, type TextDocumentContentChangeEvent,
	type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './paths';
import { SERVER_ENV, SERVER_EXEC_ARGV } from '../../client/src/serverLaunch';

/** Server-to-client notifications the tests record. */
const NOTIFICATIONS = ['unres/documentInfo', 'textDocument/publishDiagnostics', 'window/logMessage', 'window/showMessage'];

export interface StartOptions {
	/** The UI language sent in `initialize` (`fr`, `es-419` …). */
	readonly locale?: string;
	/** Capabilities merged over the default ones. */
	readonly capabilities?: ClientCapabilities;
	/** `initializationOptions` (the unres client sends `{ workspaceTrusted }`). */
	readonly initializationOptions?: unknown;
	/** Workspace folders, as paths. */
	readonly folders?: readonly string[];
}

export interface PublishDiagnosticsParams {
	readonly uri: string;
	readonly version?: number;
	readonly diagnostics: Diagnostic[];
}

/** A real LSP client talking to the bundled `dist/server.js --stdio`, for protocol tests. */
export class LspClient {
	readonly notifications: { method: string; params: unknown }[] = [];
	/** `workspace/applyEdit` requests from the server, answered as applied. */
	readonly appliedEdits: ApplyWorkspaceEditParams[] = [];
	#waiters: { method: string; test: (params: unknown) => boolean; resolve: (params: unknown) => void }[] = [];
	/** What `workspace/configuration` answers for the section `unres`; change it, then call {@link configurationChanged}. */
	settings: Record<string, unknown> = {};
	/** How the server process ended, once it has (a crash shows here before any request fails). */
	exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
	#stderr = '';

	private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {}

	static async start(settings: Record<string, unknown> = {}, options: StartOptions = {}): Promise<LspClient> {
		// Started as the desktop client starts it (its V8 flags and environment).
		const child = spawn(process.execPath, [...SERVER_EXEC_ARGV, path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
			env: { ...process.env, ...SERVER_ENV }, stdio: ['pipe', 'pipe', 'pipe'],
		});
		const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
		const client = new LspClient(child, connection);
		client.settings = settings;
		// Read stderr so that a chatty server never blocks on a full pipe, and keep it for failure messages.
		child.stderr!.setEncoding('utf8');
		child.stderr!.on('data', (chunk: string) => {
			client.#stderr += chunk;
		});
		child.once('exit', (code, signal) => {
			client.exited = { code, signal };
		});
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
			params.items.map((item) => (item.section === 'unres' ? client.settings : null)),
		);
		connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
			client.appliedEdits.push(params);
			return { applied: true };
		});
		connection.listen();
		const extra = options.capabilities ?? {};
		await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: null,
			...(options.folders ? { workspaceFolders: options.folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })) } : {}),
			...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
			...(options.locale ? { locale: options.locale } : {}),
			capabilities: {
				...extra,
				workspace: { configuration: true, ...(extra.workspace ?? {}) },
				textDocument: {
					documentSymbol: { hierarchicalDocumentSymbolSupport: true }, foldingRange: {}, publishDiagnostics: { relatedInformation: true },
					...(extra.textDocument ?? {}),
				},
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

	async open(uri: string, text: string, languageId = 'unres', version = 1): Promise<void> {
		await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
	}

	async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
		await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
	}

	async close(uri: string): Promise<void> {
		await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
	}

	/** The latest diagnostics published for `uri` whose version passes `test` (past or future). */
	diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
		const past = [...this.notifications].reverse().find((n) => n.method === 'textDocument/publishDiagnostics'
			&& (n.params as PublishDiagnosticsParams).uri === uri && test(n.params as PublishDiagnosticsParams));
		if (past) {
			return Promise.resolve(past.params as PublishDiagnosticsParams);
		}
		return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && test(p));
	}

	codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[]> {
		return this.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) },
		}) as Promise<(CodeAction | Command)[]>;
	}

	executeCommand(command: string, args: unknown[] = []): Promise<unknown> {
		return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
	}

	async configurationChanged(settings: Record<string, unknown>): Promise<void> {
		this.settings = settings;
		await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
	}

	symbols(uri: string): Promise<DocumentSymbol[]> {
		return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
	}

	folding(uri: string): Promise<FoldingRange[]> {
		return this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }) as Promise<FoldingRange[]>;
	}

	/** Any request, for the methods without a helper here. */
	request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
		return (token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params)) as Promise<R>;
	}

	hover(uri: string, position: Position, token?: CancellationToken): Promise<Hover | null> {
		return this.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position }, token);
	}

	completion(uri: string, position: Position, token?: CancellationToken): Promise<CompletionList | CompletionItem[] | null> {
		return this.request<CompletionList | CompletionItem[] | null>(CompletionRequest.method, { textDocument: { uri }, position }, token);
	}

	/** What the server wrote to stderr so far. */
	get stderr(): string {
		return this.#stderr;
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

/** Applies a workspace edit for one document to its text, the way an editor would (snippets become their placeholder text). */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
	type AnyEdit = { range: Range; newText?: string; snippet?: { value: string } };
	const edits: AnyEdit[] = [
		...((edit.changes?.[uri] ?? []) as AnyEdit[]),
		...(edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? (c.edits as AnyEdit[]) : [])),
	];
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\n') {
			starts.push(i + 1);
		}
	}
	const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
	const plain = (e: AnyEdit) => e.newText ?? (e.snippet?.value ?? '').replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, '$1').replace(/\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
	return edits
		.map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: plain(e) }))
		.sort((a, b) => b.start - a.start)
		.reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}

/**
 * A fresh server per test of the calling suite (mocha tdd `setup`/`teardown`), started with these settings and
 * options; the returned function gives the current test's client.
 */
export function serverPerTest(settings: Record<string, unknown> = {}, options: StartOptions = {}): () => LspClient {
	let client: LspClient | undefined;
	setup(async () => {
		if (!existsSync(path.join(ROOT, 'dist', 'server.js'))) {
			throw new Error('dist/server.js is missing: run `npm run build` first');
		}
		client = await LspClient.start(settings, options);
	});
	teardown(async () => {
		await client?.stop();
		client = undefined;
	});
	return () => client!;
}
