import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
	CodeActionKind, DidChangeWatchedFilesNotification, FileChangeType, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
	type CodeAction, type Connection, type Diagnostic, type InitializeResult, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type Analysis } from './analysis';
import { addEntryChanges, newCatalogueText, type NewEntry } from './catalog/edit';
import { type CatalogLike, LayeredCatalog, loadBuiltinCatalog } from './catalog/index';
import { citationCompletions, warmCitationCompletion } from './features/citationCompletion';
import { citationHover } from './features/citationHover';
import { citationDefinition, citationReferences } from './features/citationNavigation';
import { codeActions, FIX_ALL_KIND, fixAllOptions, fixTitle, toWorkspaceEdit, type EditSupport } from './features/codeActions';
import { runRules, toDiagnostics, type RuleResult } from './features/diagnostics';
import { documentInfo } from './features/documentInfo';
import { documentLinks } from './features/documentLinks';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { planRenumber } from './fixes/renumber';
import { footnoteHover } from './features/footnoteHover';
import { registerAmendmentHandlers } from './handlers/amendments';
import { DRAFTING_CAPABILITIES, registerDraftingHandlers } from './handlers/drafting';
import { registerVersionsHandlers } from './handlers/versions';
import { format, formatMessage, localeOf, type Locale } from './l10n/messages';
import { DISK_FILE_SYSTEM, loadConfigFor } from './config';
import { LANGS, type Lang } from './model/document';
import { LineMap } from './parser/lines';
import { parse } from './parser/parse';
import {
	ADD_TO_CATALOGUE_COMMAND, DEFAULT_MAX_FILE_SIZE, DEFAULT_SETTINGS, DocumentInfoNotification, RENUMBER_COMMAND, WorkspaceTrustNotification, type InitializationOptions,
	type UnresSettings,
} from './protocol';
import { RULES } from './rules/index';
import { createContext, type RuleContext } from './rules/types';
import { CatalogFiles, findUnresFiles, pathToUri, resolveCatalogPath, UNRES_FILE, uriToPath, WORKSPACE_CATALOGUE, type LoadedLayer } from './workspace/files';
import { summarize, WorkspaceIndex } from './workspace/workspaceIndex';

/** Rule results of one analysed version under one set of rule settings and one catalogue. */
interface Checked {
	readonly rulesKey: string;
	readonly catalog: CatalogLike;
	readonly ctx: RuleContext;
	readonly results: RuleResult[];
}

/** The catalogue of one set of sources, and when its files were last looked at. */
interface CatalogState {
	readonly catalog: CatalogLike;
	readonly stamp: string;
	readonly checkedAt: number;
}

// User catalogue files are looked at again (a stat each) at most this often.
const CATALOG_RECHECK_MS = 1000;

/**
 * Wires the pure features to an LSP connection. The only place that knows about the connection besides main.ts.
 */

export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const cache = new AnalysisCache();
	const settings = new Map<string, Promise<UnresSettings>>();
	const failedOnce = new Set<string>();
	const pending = new Map<string, NodeJS.Immediate>();
	const checked = new WeakMap<Analysis, Checked>();
	let canPullConfiguration = false;
	let locale: Locale = 'en';
	let editSupport: EditSupport = { documentChanges: false, snippets: false };
	let canCreateFiles = false;
	let canWatchFiles = false;
	let canFollowFolders = false;
	// Workspace trust (VS Code): untrusted, no catalogue is read from or written to the workspace.
	let trusted = true;
	let folders: string[] = [];
	const index = new WorkspaceIndex();
	const catalogFiles = new CatalogFiles();
	const catalogs = new Map<string, CatalogState>();
	/** The catalogue each open document was last checked with, for the synchronous providers (hover, completion). */
	const lastCatalog = new Map<string, CatalogLike>();
	/** Problems of catalogue files already shown, by file, with the file's stamp. */
	const reported = new Map<string, string>();

	/**
	 * Settings of a document: the `.unresrc.json` found upward from its file (shared with `unres check`), then the
	 * editor's settings over it — an explicit language, and rule by rule. Untrusted, the config's catalogue files
	 * are not read.
	 */
	const settingsFor = (uri: string): Promise<UnresSettings> => {
		let s = settings.get(uri);
		if (!s) {
			const editor: Promise<UnresSettings> = canPullConfiguration
				? connection.workspace
					.getConfiguration({ scopeUri: uri, section: 'unres' })
					.then((value: Partial<UnresSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(value ?? {}) }))
					.catch(() => DEFAULT_SETTINGS)
				: Promise.resolve(DEFAULT_SETTINGS);
			s = editor.then((e) => {
				const file = uriToPath(uri);
				if (!file) {
					return e;
				}
				const loaded = loadConfigFor(file, DISK_FILE_SYSTEM, RULES.map((r) => r.id));
				for (const p of loaded.problems) {
					const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
					if (!reported.has(key)) {
						reported.set(key, key);
						void tell(MessageType.Warning, `unres: ${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message} (the rest of the configuration applies)`);
					}
				}
				const c = loaded.config;
				return {
					...e,
					language: e.language !== 'auto' ? e.language : c.language ?? 'auto',
					rules: { ...(c.rules ?? {}), ...(e.rules ?? {}) },
					catalog: { files: [...(trusted ? c.catalogFiles ?? [] : []), ...(e.catalog?.files ?? [])] },
				};
			});
			settings.set(uri, s);
		}
		return s;
	};

	const analyze = async (uri: string): Promise<Analysis | undefined> => {
		const document = documents.get(uri);
		if (!document) {
			return undefined;
		}
		const { language, maxFileSize } = await settingsFor(uri);
		const lang = LANGS.includes(language as Lang) ? (language as Lang) : undefined;
		// Settings may arrive after a newer edit: always analyse the latest text; a document closed meanwhile is not analysed.
		const latest = documents.get(uri);
		if (!latest) {
			return undefined;
		}
		const text = latest.getText();
		if (tooLarge(uri, text.length, maxFileSize)) {
			cache.delete(uri);
			return undefined;
		}
		return cache.get(uri, latest.version, text, lang);
	};

	/** Over `unres.maxFileSize` a document is not analysed; the user is told once, until it fits again. */
	const oversized = new Set<string>();
	const tooLarge = (uri: string, length: number, limit: unknown): boolean => {
		const max = typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? limit : DEFAULT_MAX_FILE_SIZE;
		if (max === 0 || length <= max) {
			oversized.delete(uri);
			return false;
		}
		if (!oversized.has(uri)) {
			oversized.add(uri);
			const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
			const n = (v: number) => v.toLocaleString(locale);
			void tell(MessageType.Info, format('file.tooLarge', [name, n(length), n(max)], locale));
		}
		return true;
	};

	/** Runs one feature; a failure answers empty and is logged once per feature, the others go on. */
	const guarded = <T>(feature: string, fallback: T, run: () => Promise<T>): Promise<T> =>
		run().catch((error: unknown) => {
			logOnce(feature, error);
			return fallback;
		});
	const logOnce = (feature: string, error: unknown) => {
		if (!failedOnce.has(feature)) {
			failedOnce.add(feature);
			connection.console.error(`unres: ${feature} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
		}
	};

	/** A message in the editor's notification area, without waiting for an answer. */
	const tell = (type: MessageType, message: string) => connection.sendNotification(ShowMessageNotification.type, { type, message });

	/** The workspace folder that holds `uri` (the deepest one), as a path. */
	const folderOf = (uri: string): string | undefined => {
		const file = uriToPath(uri);
		if (!file) {
			return folders.length === 1 ? folders[0] : undefined;
		}
		return folders.filter((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep)).sort((a, b) => b.length - a.length)[0];
	};

	/** The catalogue files that apply to `uri`: the folder's `unres.catalog.json` (trusted only), then `unres.catalog.files`. */
	const catalogSources = async (uri: string): Promise<{ file: string; optional: boolean }[]> => {
		const folder = folderOf(uri);
		const out: { file: string; optional: boolean }[] = [];
		if (trusted && folder) {
			out.push({ file: path.join(folder, WORKSPACE_CATALOGUE), optional: true });
		}
		const { catalog } = await settingsFor(uri);
		for (const p of Array.isArray(catalog?.files) ? catalog.files : []) {
			const file = typeof p === 'string' ? resolveCatalogPath(p, folder) : undefined;
			if (file && !out.some((o) => o.file === file)) {
				out.push({ file, optional: false });
			}
		}
		return out;
	};

	/**
	 * The catalogue for `uri`: built in, then the user's files, then (trusted) what the workspace's files declare,
	 * later ones winning. Built again only when a source changes. The built-in one loads on first use.
	 */
	const catalogFor = async (uri: string): Promise<CatalogLike> => {
		const sources = await catalogSources(uri);
		const sourcesKey = `${JSON.stringify(sources)}|${trusted ? index.declarationsVersion : '-'}`;
		const known = catalogs.get(sourcesKey);
		if (known && Date.now() - known.checkedAt < CATALOG_RECHECK_MS) {
			return known.catalog;
		}
		const layers = (await Promise.all(sources.map((s) => catalogFiles.load(s.file, s.optional)))).filter((l): l is LoadedLayer => l !== undefined);
		const stamp = layers.map((l) => `${l.file}@${l.stamp}`).join('|');
		if (known && known.stamp === stamp) {
			catalogs.set(sourcesKey, { ...known, checkedAt: Date.now() });
			return known.catalog;
		}
		layers.forEach(reportProblems);
		const all = trusted && index.layer().entries.length > 0 ? [...layers, index.layer()] : layers;
		const builtin = loadBuiltinCatalog();
		if (builtin.loadError) {
			logOnce('catalogue', new Error(builtin.loadError));
		}
		const catalog = all.length > 0 ? new LayeredCatalog(builtin, all) : builtin;
		catalogs.set(sourcesKey, { catalog, stamp, checkedAt: Date.now() });
		return catalog;
	};

	/** A catalogue file's problems: diagnostics on the file, a line in the log, one message per version of the file. */
	const reportProblems = (layer: LoadedLayer) => {
		if (reported.get(layer.file) === layer.stamp) {
			return;
		}
		reported.set(layer.file, layer.stamp);
		const fileUri = pathToUri(layer.file);
		const diagnostics: Diagnostic[] = layer.problems.map((p) => {
			const line = Math.max(p.line - 1, 0);
			return { range: { start: { line, character: 0 }, end: { line, character: 1000 } }, severity: 2, source: 'unres', message: p.message };
		});
		void guarded('catalogue', undefined, () => connection.sendDiagnostics({ uri: fileUri, diagnostics }));
		if (layer.problems.length === 0) {
			return;
		}
		for (const p of layer.problems) {
			connection.console.warn(`unres: catalogue file ${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`);
		}
		const [first] = layer.problems;
		const name = path.basename(layer.file);
		let message = first.line > 0 ? format('catalog.problem', [name, first.line, first.message], locale) : format('catalog.problemFile', [name, first.message], locale);
		if (layer.problems.length > 1) {
			message = format('catalog.moreProblems', [message, layer.problems.length - 1], locale);
		}
		void tell(MessageType.Warning, message);
	};

	/** The rules' findings on the current version, computed once per version, settings and catalogue. */
	const check = async (uri: string): Promise<{ analysis: Analysis; checked: Checked; rules: UnresSettings['rules'] } | undefined> => {
		const analysis = await analyze(uri);
		if (!analysis) {
			return undefined;
		}
		const { rules } = await settingsFor(uri);
		const catalog = await catalogFor(uri);
		if (!documents.get(uri)) {
			return undefined; // closed while the catalogue loaded: it must not come back into the index
		}
		lastCatalog.set(uri, catalog);
		const rulesKey = JSON.stringify(rules ?? {});
		let hit = checked.get(analysis);
		if (!hit || hit.rulesKey !== rulesKey || hit.catalog !== catalog) {
			const ctx = createContext(analysis.doc, analysis.text, analysis.lines, { catalog, now: new Date() });
			hit = { rulesKey, catalog, ctx, results: runRules(ctx, rules, (rule, error) => logOnce(`rule ${rule.id}`, error)) };
			checked.set(analysis, hit);
			// An open document speaks for its file in the workspace index; what it declares reaches the others' catalogue.
			const declared = index.declarationsVersion;
			index.set(summarize(uri, analysis.doc, analysis.lines));
			if (trusted && index.declarationsVersion !== declared) {
				republishAll(500);
			}
		}
		return { analysis, checked: hit, rules };
	};

	/**
	 * The catalogue for an analysed document (an `Analysis`, which carries its uri), without waiting: the one its
	 * last check used, else the built-in one. For providers that answer synchronously — compose the citation hover
	 * and completion as `citationHover(a, offset, catalogOf(a), locale)` and `citationCompletions(a, offset, catalogOf(a))`.
	 */
	const catalogOf = (analysis: object): CatalogLike => {
		const uri = 'uri' in analysis && typeof analysis.uri === 'string' ? analysis.uri : undefined;
		return (uri ? lastCatalog.get(uri) : undefined) ?? loadBuiltinCatalog();
	};

	/** Builds the completion indexes of a catalogue once the diagnostics are out, so that the first completion is quick. */
	const warmed = new WeakSet<CatalogLike>();
	let warmTimer: NodeJS.Timeout | undefined;
	// The build takes a good fraction of a second: it waits for a pause in the typing, so no keystroke waits for it.
	const warmSoon = (catalog: CatalogLike) => {
		if (!warmed.has(catalog)) {
			clearTimeout(warmTimer);
			warmTimer = setTimeout(() => {
				warmed.add(catalog);
				void guarded('completion index', undefined, async () => warmCitationCompletion(catalog));
			}, 500).unref();
		}
	};

	/** Re-checks every open document (a catalogue source changed), once for a burst of changes. */
	let republishTimer: NodeJS.Timeout | undefined;
	const republishAll = (delay = 200) => {
		clearTimeout(republishTimer);
		republishTimer = setTimeout(() => {
			for (const document of documents.all()) {
				publish(document.uri);
			}
		}, delay);
	};

	/** Reads one `unres` file of the workspace into the index (an open document is indexed from its text instead). */
	const indexFile = async (file: string) => {
		const uri = pathToUri(file);
		if (documents.get(uri)) {
			return;
		}
		try {
			const text = await fs.readFile(file, 'utf8');
			index.set(summarize(uri, parse(text), new LineMap(text)));
		} catch {
			index.delete(uri);
		}
	};

	const scanWorkspace = async () => {
		const before = index.declarationsVersion;
		for (const folder of folders) {
			for (const file of await findUnresFiles(folder)) {
				await indexFile(file);
			}
		}
		if (index.declarationsVersion !== before && trusted) {
			republishAll();
		}
	};

	const publish = (uri: string) => {
		clearImmediate(pending.get(uri));
		// Coalesces a burst of edits into one analysis without delaying a lone keystroke: the connection reads one
		// message per turn of the event loop, so waiting two turns lets a queued edit cancel this round first.
		pending.set(uri, setImmediate(() => pending.set(uri, setImmediate(() => {
			pending.delete(uri);
			void guarded('documentInfo', undefined, async () => {
				const analysis = await analyze(uri);
				if (analysis) {
					const params: DocumentInfoNotification.Params = { uri, version: analysis.version, info: documentInfo(analysis.doc) };
					await connection.sendNotification(DocumentInfoNotification.method, params);
				}
			});
			void guarded('diagnostics', undefined, async () => {
				const result = await check(uri);
				const document = documents.get(uri);
				if (result && document) {
					const { analysis } = result;
					await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: toDiagnostics(result.checked.results, uri, analysis.lines, locale) });
					warmSoon(result.checked.catalog);
				} else if (document) {
					// Not analysed (over the size limit): no stale diagnostics stay behind.
					await connection.sendDiagnostics({ uri, version: document.version, diagnostics: [] });
				}
			});
		}))));
	};

	connection.onInitialize((params): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		locale = localeOf(params.locale);
		const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
		editSupport = { documentChanges: workspaceEdit?.documentChanges === true, snippets: workspaceEdit?.documentChanges === true && workspaceEdit?.snippetEditSupport === true };
		canCreateFiles = workspaceEdit?.documentChanges === true && (workspaceEdit.resourceOperations ?? []).includes('create');
		canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		const options = (params.initializationOptions ?? {}) as InitializationOptions;
		trusted = options.workspaceTrusted !== false;
		const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
		folders = roots.map(uriToPath).filter((f): f is string => f !== undefined);
		canFollowFolders = params.capabilities.workspace?.workspaceFolders === true;
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				documentSymbolProvider: { label: 'unres' },
				foldingRangeProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
				executeCommandProvider: { commands: [RENUMBER_COMMAND, ADD_TO_CATALOGUE_COMMAND] },
				documentLinkProvider: { resolveProvider: false },
				definitionProvider: true,
				referencesProvider: true,
				...(canFollowFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
				...DRAFTING_CAPABILITIES,
				codeLensProvider: { resolveProvider: false },
			},
			serverInfo: { name: 'unres', version: '0.1.0' },
		};
	});

	connection.onInitialized(() => {
		if (canWatchFiles) {
			void guarded('watch', undefined, async () => {
				await connection.client.register(DidChangeWatchedFilesNotification.type, {
					watchers: [{ globPattern: '**/*.{unres,unres.md,unres.txt}' }, { globPattern: `**/${WORKSPACE_CATALOGUE}` }, { globPattern: '**/.unresrc.{json,jsonc}' }],
				});
			});
		}
		if (canFollowFolders) {
			connection.workspace.onDidChangeWorkspaceFolders((e) => {
				const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
				const added = e.added.map((f) => uriToPath(f.uri)).filter((f): f is string => f !== undefined);
				folders = [...folders.filter((f) => !removed.has(f)), ...added];
				for (const f of e.removed) {
					index.deleteUnder(f.uri.endsWith('/') ? f.uri : `${f.uri}/`);
				}
				catalogs.clear();
				void guarded('workspace scan', undefined, scanWorkspace);
			});
		}
		// After the first documents are checked: the scan parses every draft of the workspace.
		setTimeout(() => void guarded('workspace scan', undefined, scanWorkspace), 300).unref();
	});

	connection.onDidChangeWatchedFiles((params) => {
		void guarded('watchedFiles', undefined, async () => {
			let catalogueChanged = false;
			for (const change of params.changes) {
				const file = uriToPath(change.uri);
				if (!file) {
					continue;
				}
				if (/\.unresrc\.jsonc?$/.test(file)) {
					// A team's configuration changed: every document's settings are read again.
					settings.clear();
					cache.clear();
					catalogueChanged = true;
				} else if (UNRES_FILE.test(file)) {
					if (change.type === FileChangeType.Deleted) {
						index.delete(change.uri);
					} else {
						await indexFile(file);
					}
				} else {
					catalogFiles.forget(file);
					catalogueChanged = true;
				}
			}
			if (catalogueChanged) {
				catalogs.clear();
				republishAll();
			}
		});
	});

	connection.onNotification(WorkspaceTrustNotification.method, (params: WorkspaceTrustNotification.Params) => {
		if (trusted !== params.trusted) {
			trusted = params.trusted;
			catalogs.clear();
			republishAll(0);
		}
	});

	connection.onDidChangeConfiguration(() => {
		settings.clear();
		cache.clear();
		catalogs.clear();
		for (const document of documents.all()) {
			publish(document.uri);
		}
	});

	documents.onDidOpen((e) => publish(e.document.uri));
	documents.onDidChangeContent((e) => publish(e.document.uri));
	documents.onDidClose((e) => {
		// The file on disk speaks for it again (or it is gone, if it was never saved).
		const file = uriToPath(e.document.uri);
		if (file && UNRES_FILE.test(file)) {
			void guarded('workspace index', undefined, () => indexFile(file));
		} else {
			index.delete(e.document.uri);
		}
		cache.delete(e.document.uri);
		oversized.delete(e.document.uri);
		lastCatalog.delete(e.document.uri);
		settings.delete(e.document.uri);
		clearImmediate(pending.get(e.document.uri));
		pending.delete(e.document.uri);
		void guarded('diagnostics', undefined, () => connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
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
	connection.onCodeAction((params) =>
		guarded<CodeAction[]>('codeAction', [], async () => {
			const result = await check(params.textDocument.uri);
			if (!result) {
				return [];
			}
			const { analysis } = result;
			const actions = codeActions(
				result.checked.ctx, result.checked.results,
				{ range: params.range, diagnostics: params.context.diagnostics, ...(params.context.only ? { only: params.context.only } : {}) },
				{ uri: analysis.uri, version: analysis.version, lines: analysis.lines },
				locale, editSupport, result.rules,
			);
			// The workspace catalogue is offered only where there is one to keep, in a trusted workspace.
			const canAdd = trusted && (await catalogueTarget(analysis.uri)) !== undefined;
			return canAdd ? actions : actions.filter((a) => a.command?.command !== ADD_TO_CATALOGUE_COMMAND);
		}),
	);
	connection.onDocumentLinks((params) =>
		guarded('documentLink', [], async () => {
			const a = (await check(params.textDocument.uri))?.analysis;
			return a ? documentLinks(a, catalogOf(a), locale) : [];
		}),
	);
	connection.onDefinition((params) =>
		guarded('definition', [], async () => {
			const a = await analyze(params.textDocument.uri);
			return a ? citationDefinition(a, a.lines.offset(params.position), index) : [];
		}),
	);
	connection.onReferences((params) =>
		guarded('references', [], async () => {
			const result = await check(params.textDocument.uri);
			const a = result?.analysis;
			return a ? citationReferences(a, a.lines.offset(params.position), index, params.context.includeDeclaration) : [];
		}),
	);

	/** Where the quick fix keeps cited resolutions: the first JSON file of `unres.catalog.files`, else the folder's `unres.catalog.json`. */
	const catalogueTarget = async (uri: string): Promise<string | undefined> => {
		const sources = await catalogSources(uri);
		const named = sources.find((s) => !s.optional && /\.json$/i.test(s.file));
		return named?.file ?? sources.find((s) => s.optional)?.file;
	};

	const addToCatalogue = async (uri: string, entry: NewEntry) => {
		if (!trusted) {
			await tell(MessageType.Warning, format('catalog.untrusted', [], locale));
			return;
		}
		const target = await catalogueTarget(uri);
		if (!target) {
			await tell(MessageType.Warning, format('catalog.noTarget', [], locale));
			return;
		}
		const targetUri = pathToUri(target);
		let text: string | undefined;
		try {
			text = await fs.readFile(target, 'utf8');
		} catch {
			text = undefined;
		}
		let applied = true;
		if (text === undefined && !canCreateFiles) {
			// The client cannot create files through an edit: write it here.
			await fs.mkdir(path.dirname(target), { recursive: true });
			await fs.writeFile(target, newCatalogueText(entry), 'utf8');
		} else if (text === undefined) {
			const start = { line: 0, character: 0 };
			const edit: WorkspaceEdit = {
				documentChanges: [
					{ kind: 'create', uri: targetUri, options: { ignoreIfExists: true } },
					{ textDocument: { uri: targetUri, version: null }, edits: [{ range: { start, end: start }, newText: newCatalogueText(entry) }] },
				],
			};
			applied = (await connection.workspace.applyEdit({ label: format('fix.addToCatalogue', [entry.symbol], locale), edit })).applied;
		} else {
			const changes = addEntryChanges(text, entry);
			if ('error' in changes) {
				await tell(MessageType.Warning, format('catalog.cannotEdit', [path.basename(target), changes.error], locale));
				return;
			}
			const lines = new LineMap(text);
			const edits: TextEdit[] = changes.map((c) => ({ range: lines.range({ start: c.offset, end: c.offset + c.length }), newText: c.content }));
			applied = (await connection.workspace.applyEdit({ label: format('fix.addToCatalogue', [entry.symbol], locale), edit: { changes: { [targetUri]: edits } } })).applied;
		}
		if (!applied) {
			return;
		}
		catalogFiles.forget(target);
		catalogs.clear();
		await tell(MessageType.Info, format('catalog.added', [entry.symbol, path.basename(target)], locale));
		republishAll(0);
	};
	connection.onExecuteCommand((params) =>
		guarded('executeCommand', undefined, async () => {
			if (params.command === ADD_TO_CATALOGUE_COMMAND) {
				const [uri, entry] = (params.arguments ?? []) as [unknown, Partial<NewEntry> | undefined];
				if (typeof uri === 'string' && typeof entry?.symbol === 'string') {
					await addToCatalogue(uri, { symbol: entry.symbol, ...(typeof entry.date === 'string' ? { date: entry.date } : {}) });
				}
				return;
			}
			if (params.command !== RENUMBER_COMMAND) {
				return;
			}
			const uri = commandUri(params.arguments) ?? (documents.all().length === 1 ? documents.all()[0].uri : undefined);
			const result = uri ? await check(uri) : undefined;
			if (!result) {
				await tell(MessageType.Warning, format('command.noDocument', [], locale));
				return;
			}
			const { analysis } = result;
			// The explicit command does every renumbering, whatever rules are turned off.
			const plan = planRenumber(result.checked.ctx, fixAllOptions(undefined));
			if (plan.edits.length === 0) {
				await tell(MessageType.Info, format('command.nothingToDo', [], locale));
				return;
			}
			const title = fixTitle({ titleKey: 'fix.renumberAll', kind: 'quickfix', edits: plan.edits }, locale);
			await connection.workspace.applyEdit({
				label: title,
				edit: toWorkspaceEdit({ uri: analysis.uri, version: analysis.version, lines: analysis.lines }, plan.edits, { ...editSupport, snippets: false }),
			});
			if (plan.notes.length > 0) {
				await tell(MessageType.Warning, plan.notes.map((n) => formatMessage(n, locale)).join('\n'));
			}
		}),
	);

	registerAmendmentHandlers(connection);
	// Versions (issue 15): change marks against the base text, compare, rollover, Word export.
	const versions = registerVersionsHandlers(connection, {
		analyze, guarded,
		readText: async (uri) => documents.get(uri)?.getText() ?? (uriToPath(uri) ? await fs.readFile(uriToPath(uri) as string, 'utf8').catch(() => undefined) : undefined),
		declaring: (key) => index.declaring(key).map((f) => f.uri),
		dateOf: (key) => loadBuiltinCatalog().get(key)?.date,
	});
	registerDraftingHandlers(connection, {
		analyze, guarded,
		// Citations: hover on a cited resolution; completion of symbols (a cut list, so the client asks again as the prefix grows).
		locale: () => locale,
		// Footnotes: the text of a marker's note; where a note is called from.
		hoverProviders: [(a, offset, l) => citationHover(a, offset, catalogOf(a), l), (a, offset, l) => footnoteHover(a.doc, a.text, a.lines, offset, l), (a, offset) => versions.hover((a as { uri?: string }).uri ?? '', offset)],
		completionProviders: [(a, offset, o) => {
			const items = citationCompletions(a, offset, catalogOf(a), { locale: o.locale });
			return items ? { isIncomplete: true, items } : undefined;
		}],
	});
	documents.listen(connection);
	connection.listen();
}

/** `unres.renumber` takes the document URI as a string, or an object with `uri` (a VS Code `Uri` as JSON). */
function commandUri(args: unknown[] | undefined): string | undefined {
	const first = args?.[0];
	if (typeof first === 'string') {
		return first;
	}
	if (first && typeof first === 'object') {
		const o = first as { uri?: unknown; external?: unknown; textDocument?: { uri?: unknown } };
		for (const v of [o.uri, o.external, o.textDocument?.uri]) {
			if (typeof v === 'string') {
				return v;
			}
		}
	}
	return undefined;
}
