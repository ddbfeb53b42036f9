/** The language service: the facade the LSP glue and the CLI use. Browser-buildable (no Node built-ins). */
export { Assembly, type AssemblyOptions, type CatalogSource } from './assembly';
export { CatalogFiles, type LoadedLayer } from './catalogFiles';
export type { CatalogueOutcome, RenumberOutcome } from './commands';
export { combineCompletions, combineHovers, DEFAULT_FEATURES, draftTemplateItems, type CompletionProvider, type FeatureSet, type HoverProvider } from './features';
export { QUIET_HOST, type ServiceHost, type TextDocumentLike } from './host';
export { createLanguageService, type Checked, type LanguageService, type LanguageServiceOptions } from './languageService';
export { InMemoryWorkspace, resolveCatalogPath, UNRES_FILE, WORKSPACE_CATALOGUE, type Workspace } from './workspace';
export type { FileChange } from './workspaceFiles';
