import {
	CodeActionKind, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, type Analysis } from './analysis';
import { codeActions, FIX_ALL_KIND, fixAllOptions, fixTitle, toWorkspaceEdit, type EditSupport } from './features/codeActions';
import { runRules, toDiagnostics, type RuleResult } from './features/diagnostics';
import { documentInfo } from './features/documentInfo';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { planRenumber } from './fixes/renumber';
import { format, formatMessage, localeOf, type Locale } from './l10n/messages';
import { LANGS, type Lang } from './model/document';
import { DEFAULT_SETTINGS, DocumentInfoNotification, RENUMBER_COMMAND, type UnresSettings } from './protocol';
import { createContext, type RuleContext } from './rules/types';

/** Rule results of one analysed version under one set of rule settings. */
interface Checked {
	readonly rulesKey: string;
	readonly ctx: RuleContext;
	readonly results: RuleResult[];
}

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

	/** The rules' findings on the current version, computed once per version and settings. */
	const check = async (uri: string): Promise<{ analysis: Analysis; checked: Checked; rules: UnresSettings['rules'] } | undefined> => {
		const analysis = await analyze(uri);
		if (!analysis) {
			return undefined;
		}
		const { rules } = await settingsFor(uri);
		const rulesKey = JSON.stringify(rules ?? {});
		let hit = checked.get(analysis);
		if (!hit || hit.rulesKey !== rulesKey) {
			const ctx = createContext(analysis.doc, analysis.text, analysis.lines);
			hit = { rulesKey, ctx, results: runRules(ctx, rules, (rule, error) => logOnce(`rule ${rule.id}`, error)) };
			checked.set(analysis, hit);
		}
		return { analysis, checked: hit, rules };
	};

	const publish = (uri: string) => {
		clearImmediate(pending.get(uri));
		// Coalesces a burst of edits into one round of notifications, without delaying the first.
		pending.set(uri, setImmediate(() => {
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
				if (result && documents.get(uri)) {
					const { analysis } = result;
					await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: toDiagnostics(result.checked.results, uri, analysis.lines, locale) });
				}
			});
		}));
	};

	connection.onInitialize((params): InitializeResult => {
		canPullConfiguration = params.capabilities.workspace?.configuration === true;
		locale = localeOf(params.locale);
		const workspaceEdit = params.capabilities.workspace?.workspaceEdit;
		editSupport = { documentChanges: workspaceEdit?.documentChanges === true, snippets: workspaceEdit?.documentChanges === true && workspaceEdit?.snippetEditSupport === true };
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				documentSymbolProvider: { label: 'unres' },
				foldingRangeProvider: true,
				codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
				executeCommandProvider: { commands: [RENUMBER_COMMAND] },
			},
			serverInfo: { name: 'unres', version: '0.1.0' },
		};
	});

	connection.onDidChangeConfiguration(() => {
		settings.clear();
		cache.clear();
		for (const document of documents.all()) {
			publish(document.uri);
		}
	});

	documents.onDidOpen((e) => publish(e.document.uri));
	documents.onDidChangeContent((e) => publish(e.document.uri));
	documents.onDidClose((e) => {
		cache.delete(e.document.uri);
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
			return codeActions(
				result.checked.ctx, result.checked.results,
				{ range: params.range, diagnostics: params.context.diagnostics, ...(params.context.only ? { only: params.context.only } : {}) },
				{ uri: analysis.uri, version: analysis.version, lines: analysis.lines },
				locale, editSupport, result.rules,
			);
		}),
	);
	connection.onExecuteCommand((params) =>
		guarded('executeCommand', undefined, async () => {
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
