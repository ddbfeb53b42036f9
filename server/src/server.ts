import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type Analysis } from './analysis';
import { documentInfo } from './features/documentInfo';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { LANGS, type Lang } from './model/document';
import { DEFAULT_SETTINGS, DocumentInfoNotification, type UnresSettings } from './protocol';

/**
 * Wires the pure features to an LSP connection. The only place that knows about the connection besides main.ts.
 */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const cache = new AnalysisCache();
	const settings = new Map<string, Promise<UnresSettings>>();
	const failedOnce = new Set<string>();
	const pending = new Map<string, NodeJS.Immediate>();
	let canPullConfiguration = false;

	const settingsFor = (uri: string): Promise<UnresSettings> => {
		if (!canPullConfiguration) {
			return Promise.resolve(DEFAULT_SETTINGS);
		}
		let s = settings.get(uri);
		if (!s) {
			s = connection.workspace
				.getConfiguration({ scopeUri: uri, section: 'unres' })
				.then((value: Partial<UnresSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(value ?? {}) }))
				.catch(() => DEFAULT_SETTINGS);
			settings.set(uri, s);
		}
		return s;
	};

	const analyze = async (uri: string): Promise<Analysis | undefined> => {
		const document = documents.get(uri);
		if (!document) {
			return undefined;
		}
		const { language } = await settingsFor(uri);
		const lang = LANGS.includes(language as Lang) ? (language as Lang) : undefined;
		// Settings may arrive after a newer edit: always analyse the latest text.
		const latest = documents.get(uri) ?? document;
		return cache.get(uri, latest.version, latest.getText(), lang);
	};

	/** Runs one feature; a failure answers empty and is logged once per feature, the others go on. */
	const guarded = <T>(feature: string, fallback: T, run: () => Promise<T>): Promise<T> =>
		run().catch((error: unknown) => {
			if (!failedOnce.has(feature)) {
				failedOnce.add(feature);
				connection.console.error(`unres: ${feature} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
			}
			return fallback;
		});

	const publishInfo = (uri: string) => {
		clearImmediate(pending.get(uri));
		// Coalesces a burst of edits into one notification, without delaying the first.
		pending.set(uri, setImmediate(() => {
			pending.delete(uri);
			void guarded('documentInfo', undefined, async () => {
				const analysis = await analyze(uri);
				if (analysis) {
					const params: DocumentInfoNotification.Params = { uri, version: analysis.version, info: documentInfo(analysis.doc) };
					await connection.sendNotification(DocumentInfoNotification.method, params);
				}
			});
		}));
	};

	connection.onInitialize((params): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				documentSymbolProvider: { label: 'unres' },
				foldingRangeProvider: true,
			},
			serverInfo: { name: 'unres', version: '0.1.0' },
		};
	});

	connection.onDidChangeConfiguration(() => {
		settings.clear();
		cache.clear();
		for (const document of documents.all()) {
			publishInfo(document.uri);
		}
	});

	documents.onDidOpen((e) => publishInfo(e.document.uri));
	documents.onDidChangeContent((e) => publishInfo(e.document.uri));
	documents.onDidClose((e) => {
		cache.delete(e.document.uri);
		settings.delete(e.document.uri);
		clearImmediate(pending.get(e.document.uri));
		pending.delete(e.document.uri);
	});

	connection.onDocumentSymbol((params) =>
		guarded('documentSymbol', [], async () => {
			const a = await analyze(params.textDocument.uri);
			return a ? documentSymbols(a.doc, a.text, a.lines) : [];
		}),
	);
	connection.onFoldingRanges((params) =>
		guarded('foldingRange', [], async () => {
			const a = await analyze(params.textDocument.uri);
			return a ? foldingRanges(a.doc, a.lines) : [];
		}),
	);

	documents.listen(connection);
	connection.listen();
}
