import type {
	CodeAction, CodeActionContext, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location, Position, Range,
} from 'vscode-languageserver-types';
import { AnalysisCache, type Analysis } from '../analysis';
import type { CatalogLike } from '../catalog/catalog';
import { warmCitationCompletion } from '../features/citationCompletion';
import type { EditSupport } from '../features/codeActions';
import { toDiagnostics, type RuleResult } from '../features/diagnostics';
import type { DocumentInfo } from '../features/documentInfo';
import type { Locale } from '../l10n/messages';
import type { DocumentFacts, TextChange } from '../model/analysis';
import { LANGS, type Lang } from '../model/document';
import { ADD_TO_CATALOGUE_COMMAND, DEFAULT_MAX_FILE_SIZE, type UnresSettings } from '../protocol';
import { createContext, type RuleContext } from '../rules/types';
import { segmentIndexAt, shiftLines } from '../features/compilation';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { negotiationCodeActions } from './negotiation';
import { Assembly } from './assembly';
import { atPart, compilationCodeActions, Compilations, mergedResults, overParts, partsFolding, partsOutline, type CheckedPart } from './compilation';
import { runRulesReusing, type PreviousCheck } from './ruleReuse';
import { addToCatalogue, renumber, type CatalogueOutcome, type RenumberOutcome } from './commands';
import { combineCompletions, combineHovers, DEFAULT_FEATURES, type FeatureSet } from './features';
import type { ServiceHost, TextDocumentLike } from './host';
import { WorkspaceFiles } from './workspaceFiles';
import type { Workspace } from './workspace';

export interface LanguageServiceOptions {
	readonly workspace: Workspace;
	/** The open documents (the server's `TextDocuments`; a map in tests). */
	readonly documents: {
		get(uri: string): TextDocumentLike | undefined;
		all(): readonly TextDocumentLike[];
		/** The edit from an older version to the current one, when known (the server's document store): reparsed in place. */
		changeSince?(uri: string, from: number): TextChange | undefined;
	};
	readonly builtinCatalog: () => CatalogLike;
	/** The editor's `unres` settings for a document. */
	readonly settings: (uri: string) => Promise<Partial<UnresSettings> | null | undefined>;
	readonly host: ServiceHost;
	/** Replaces some of the pure features (tests put failing ones in). */
	readonly features?: Partial<FeatureSet>;
	readonly now?: () => Date;
}

/** The rules' findings on one version under one set of rule settings and one catalogue. */
export interface Checked {
	readonly analysis: Analysis;
	readonly rules: UnresSettings['rules'];
	readonly catalog: CatalogLike;
	readonly ctx: RuleContext;
	readonly results: RuleResult[];
	/** A compilation: each text checked on its own (`results` are theirs, in the file's offsets); decision 20. */
	readonly parts?: readonly CheckedPart[];
}

export type LanguageService = ReturnType<typeof createLanguageService>;

/**
 * The language service: one function per feature over the open documents, the workspace and the catalogue, in
 * the manner of vscode-markdown-languageservice. Knows nothing of LSP transport: the `lsp/` handlers call it.
 */
export function createLanguageService(options: LanguageServiceOptions) {
	const { documents, host } = options;
	const features: FeatureSet = { ...DEFAULT_FEATURES, ...options.features };
	const cache = new AnalysisCache();
	const index = new WorkspaceIndex();
	let locale: Locale = 'en';
	// A built-in catalogue that could not be read is empty: said once in the log.
	const builtinCatalog = (): CatalogLike => {
		const catalog = options.builtinCatalog();
		const error = (catalog as { loadError?: string }).loadError;
		if (error) {
			host.failed('catalogue', new Error(error));
		}
		return catalog;
	};
	const assembly = new Assembly({
		workspace: options.workspace, builtinCatalog, editorSettings: options.settings, index,
		ruleIds: features.rules.map((r) => r.id),
		onConfigProblem: (p) => host.tell('warning', `unres: ${p.file}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message} (the rest of the configuration applies)`),
		onCatalogueLayer: (layer) => host.catalogueLayer(layer, locale),
	});
	const files = new WorkspaceFiles(options.workspace, index, assembly, documents, host);
	const checked = new WeakMap<Analysis, Checked>();
	/** The findings of each version checked, while it is kept: the next version's check reuses what it can. */
	const lastChecks = new WeakMap<DocumentFacts, PreviousCheck>();
	const compilations = new Compilations();
	/** The catalogue each open document was last checked with, for the synchronous providers (hover, completion). */
	const lastCatalog = new Map<string, CatalogLike>();
	const oversized = new Set<string>();
	const warmed = new WeakSet<CatalogLike>();

	/** Over `unres.maxFileSize` a document is not analysed; the user is told once, until it fits again. */
	const tooLarge = (uri: string, length: number, limit: unknown): boolean => {
		const max = typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? limit : DEFAULT_MAX_FILE_SIZE;
		if (max === 0 || length <= max) {
			oversized.delete(uri);
			return false;
		}
		if (!oversized.has(uri)) {
			oversized.add(uri);
			host.tooLarge(uri, length, max, locale);
		}
		return true;
	};

	const analyze = async (uri: string): Promise<Analysis | undefined> => {
		if (!documents.get(uri)) {
			return undefined;
		}
		const { language, maxFileSize } = await assembly.settingsFor(uri);
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
		return cache.get(uri, latest.version, text, lang, documents.changeSince && ((from) => documents.changeSince!(uri, from)));
	};

	/** The rules' findings on the current version, computed once per version, settings and catalogue. */
	const check = async (uri: string): Promise<Checked | undefined> => {
		const analysis = await analyze(uri);
		if (!analysis) {
			return undefined;
		}
		const { rules } = await assembly.settingsFor(uri);
		const catalog = await assembly.catalogFor(uri);
		if (!documents.get(uri)) {
			return undefined; // closed while the catalogue loaded: it must not come back into the index
		}
		lastCatalog.set(uri, catalog);
		const hit = checked.get(analysis);
		if (hit && JSON.stringify(hit.rules ?? {}) === JSON.stringify(rules ?? {}) && hit.catalog === catalog) {
			return hit;
		}
		const now = options.now?.() ?? new Date();
		const key = JSON.stringify(rules ?? {});
		const day = now.toISOString().slice(0, 10);
		const run = (a: Analysis) => {
			const ctx = createContext(a.doc, a.text, a.lines, { catalog, now, facts: a.facts });
			// An edit that changed one paragraph: rules that cannot see it keep their findings (service/ruleReuse.ts).
			const before = a.facts.previous && lastChecks.get(a.facts.previous.facts);
			const previous = before && before.rules === key && before.catalog === catalog && before.day === day ? before : undefined;
			const results = runRulesReusing(ctx, rules, (rule, error) => host.failed(`rule ${rule.id}`, error), features.rules, previous);
			lastChecks.set(a.facts, { facts: a.facts, results, rules: key, catalog, day });
			return { ctx, results };
		};
		// A compilation is checked text by text (decision 20); its context reads the file as one.
		const parts = compilations.partsOf(analysis);
		let fresh: Checked;
		if (parts) {
			const partsChecked = compilations.checkParts(parts, rules, catalog, run);
			// The file read as one is parsed only if something asks for its context.
			let ctx: RuleContext | undefined;
			fresh = {
				analysis, rules, catalog, results: mergedResults(partsChecked), parts: partsChecked,
				get ctx() {
					return (ctx ??= createContext(analysis.doc, analysis.text, analysis.lines, { catalog, now, facts: analysis.facts }));
				},
			};
		} else {
			fresh = { analysis, rules, catalog, ...run(analysis) };
			// What the rules could reuse of the version before is reused now: that version can go.
			analysis.facts.forgetPrevious();
		}
		checked.set(analysis, fresh);
		files.documentChecked(analysis, parts);
		return fresh;
	};

	/** The catalogue the last check of `uri` used, else the built-in one: hover and completion do not wait for it. */
	const catalogOf = (uri: string): CatalogLike => lastCatalog.get(uri) ?? builtinCatalog();

	/** Runs a position feature; in a compilation, on the text that holds the position (`shift`: answers in its lines). */
	const at = async <T>(uri: string, position: Position, run: (a: Analysis, offset: number) => T, shift = true): Promise<T | undefined> => {
		const a = await analyze(uri);
		const parts = a && compilations.partsOf(a);
		return a ? (parts ? atPart(parts, a.lines.offset(position), run, shift) : run(a, a.lines.offset(position))) : undefined;
	};

	return Object.freeze({
		workspace: options.workspace, assembly, index, files,
		get locale(): Locale {
			return locale;
		},
		setLocale(l: Locale): void {
			locale = l;
		},
		analyze, check,
		/** The diagnostics of the current version; undefined when the document is not analysed (closed, too large). */
		async getDiagnostics(uri: string): Promise<{ version: number; diagnostics: Diagnostic[]; catalog: CatalogLike } | undefined> {
			const c = await check(uri);
			return c && { version: c.analysis.version, diagnostics: toDiagnostics(c.results, uri, c.analysis.lines, locale), catalog: c.catalog };
		},
		/** Builds a catalogue's completion indexes ahead of the first completion, once per catalogue. */
		warmCompletion(catalog: CatalogLike): void {
			if (!warmed.has(catalog)) {
				warmed.add(catalog);
				warmCitationCompletion(catalog);
			}
		},
		isWarm: (catalog: CatalogLike): boolean => warmed.has(catalog),
		async getDocumentInfo(uri: string): Promise<{ version: number; info: DocumentInfo } | undefined> {
			const a = await analyze(uri);
			const parts = a && compilations.partsOf(a);
			return a && { version: a.version, info: parts ? compilations.infoOf(parts, features.documentInfo) : features.documentInfo(a.doc) };
		},
		async getDocumentSymbols(uri: string): Promise<DocumentSymbol[]> {
			const a = await analyze(uri);
			const parts = a && compilations.partsOf(a);
			return a ? (parts ? partsOutline(parts, features.documentSymbols, a.lines) : features.documentSymbols(a.doc, a.text, a.lines)) : [];
		},
		async getFoldingRanges(uri: string): Promise<FoldingRange[]> {
			const a = await analyze(uri);
			const parts = a && compilations.partsOf(a);
			return a ? (parts ? partsFolding(parts, features.foldingRanges, a.lines) : features.foldingRanges(a.doc, a.lines)) : [];
		},
		async getDocumentLinks(uri: string): Promise<DocumentLink[]> {
			const a = (await check(uri))?.analysis;
			const parts = a && compilations.partsOf(a);
			return a ? (parts ? overParts(parts, (p) => features.documentLinks(p, catalogOf(uri), locale)) : features.documentLinks(a, catalogOf(uri), locale)) : [];
		},
		async getDefinition(uri: string, position: Position): Promise<Location[]> {
			// The index's locations are the file's own: not moved.
			return (await at(uri, position, (a, offset) => features.definition(a, offset, index), false)) ?? [];
		},
		async getReferences(uri: string, position: Position, includeDeclaration: boolean): Promise<Location[]> {
			const a = (await check(uri))?.analysis;
			return a ? ((await at(uri, position, (p, offset) => features.references(p, offset, index, includeDeclaration), false)) ?? []) : [];
		},
		async getHover(uri: string, position: Position): Promise<Hover | undefined> {
			return at(uri, position, (a, offset) => combineHovers(features.hover.map((p) => p(a, offset, catalogOf(uri), locale))));
		},
		async getCompletions(uri: string, position: Position, snippets = true): Promise<CompletionList> {
			const answer = await at(uri, position, (a, offset) => combineCompletions(features.completion.map((p) => p(a, offset, catalogOf(uri), { snippets, locale }))));
			return answer ?? { isIncomplete: false, items: [] };
		},
		async getCodeActions(uri: string, range: Range, context: CodeActionContext, editSupport: EditSupport): Promise<CodeAction[]> {
			const c = await check(uri);
			if (!c) {
				return [];
			}
			const { analysis } = c;
			const actions = c.parts ? compilationCodeActions(c.parts, { range, context }, locale, editSupport, c.rules, features.codeActions) : features.codeActions(
				c.ctx, c.results, { range, diagnostics: context.diagnostics, ...(context.only ? { only: context.only } : {}) },
				{ uri: analysis.uri, version: analysis.version, lines: analysis.lines }, locale, editSupport, c.rules,
			);
			// The workspace catalogue is offered only where there is one to keep, in a trusted workspace.
			const canAdd = assembly.trusted && (await assembly.catalogueTarget(uri)) !== undefined;
			return canAdd ? actions : actions.filter((a) => a.command?.command !== ADD_TO_CATALOGUE_COMMAND);
		},
		/** Negotiation actions where the range starts; in a compilation, the text that holds it reads its own layer. */
		async getNegotiationActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[]> {
			const a = await analyze(uri);
			const parts = a && compilations.partsOf(a);
			if (!a || !parts) {
				return negotiationCodeActions(a, range, context, locale);
			}
			// The file read as one is not parsed for a request the editor makes at every cursor move.
			const p = parts[segmentIndexAt(parts.map((x) => x.segment), a.lines.offset(range.start))];
			const down = (pos: Position) => ({ line: pos.line - p.segment.line, character: pos.character });
			return shiftLines(negotiationCodeActions(p.analysis, { start: down(range.start), end: down(range.end) }, context, locale), p.segment.line, uri);
		},
		/** `unres.renumber`: every renumbering of the document, whatever rules are turned off. */
		async renumber(uri: string | undefined, editSupport: EditSupport): Promise<RenumberOutcome> {
			return renumber(uri ? await check(uri) : undefined, editSupport, locale);
		},
		/** `unres.addToCatalogue`: what to write where (the LSP glue applies it). */
		async addToCatalogue(uri: string, entry: { symbol: string; date?: string }, canCreateFiles: boolean): Promise<CatalogueOutcome> {
			return addToCatalogue(options.workspace, assembly, uri, entry, canCreateFiles, locale);
		},
		/** A document was closed: the file on disk speaks for it again. */
		async documentClosed(uri: string): Promise<void> {
			cache.delete(uri);
			compilations.forget(uri);
			oversized.delete(uri);
			lastCatalog.delete(uri);
			assembly.forgetSettings(uri);
			await files.documentClosed(uri);
		},
		/** The editor's settings changed: everything is read again. */
		configurationChanged(): void {
			assembly.forgetSettings();
			assembly.forgetCatalogues();
			cache.clear();
		},
		/** A `.unresrc.json` changed: like a change of settings, but documents keep their analyses when the language holds. */
		configFileChanged(): void {
			assembly.forgetSettings();
			cache.clear();
		},
	});
}
