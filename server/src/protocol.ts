import type { Body, Lang } from './model/document';

/**
 * Custom messages between the unres client and server. Plain data only: the client bundles this file too (and
 * nothing else of the server), so it imports only types of the model.
 */
export namespace DocumentInfoNotification {
	export const method = 'unres/documentInfo' as const;
	export interface Params {
		readonly uri: string;
		readonly version: number;
		readonly info: DocumentInfo;
	}
}

/** What the status bar shows of a document. */
export interface DocumentInfo {
	readonly lang: Lang;
	readonly langDetected: boolean;
	readonly body?: Body;
	readonly ownSymbol?: string;
	readonly preambular: number;
	readonly operative: number;
	readonly footnotes: number;
	readonly citations: number;
	readonly annexes: number;
	/** A text under negotiation: open brackets, status marks, labels, option blocks. */
	readonly negotiation?: { readonly open: number; readonly agreed: number; readonly labels: number; readonly options: number };
	/** A file of several resolutions (a compilation): how many; the counts above are their sums. */
	readonly resolutions?: number;
	/** `FR · 21 PP · 16 OP · 7 notes` */
	readonly summary: string;
}

/** Settings under `unres.*` that the server reads per document. */
export interface UnresSettings {
	readonly language: 'auto' | 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh';
	/** Rule id → `off`, `error`, `warning`, `information` or `hint`; rules not listed keep their default. */
	readonly rules: Readonly<Record<string, string>>;
	/** `unres.catalog.files`: user catalogue files (JSON or the UN Digital Library CSV), later ones winning. */
	readonly catalog?: { readonly files?: readonly string[] };
	/** Documents longer than this (in characters) are not analysed: an information message says so. 0: no limit. */
	readonly maxFileSize?: number;
}

/** 10 MB of text: a whole session's compilation is a few MB. */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

export const DEFAULT_SETTINGS: UnresSettings = { language: 'auto', rules: {}, catalog: { files: [] }, maxFileSize: DEFAULT_MAX_FILE_SIZE };

/** What the client tells the server in `initialize`. */
export interface InitializationOptions {
	/**
	 * Whether the user trusts the workspace (`vscode.workspace.isTrusted`). Untrusted, the server reads no catalogue
	 * from the workspace (neither `unres.catalog.json` nor the resolutions its files declare) and writes none.
	 * A client that does not say is taken as trusting the folders it opened.
	 */
	readonly workspaceTrusted?: boolean;
	/**
	 * The workspace's `.unresrc.json(c)` files, sent by the web client: the server in a browser worker cannot read
	 * them synchronously as the service asks (read when the server starts; a change applies after a restart).
	 */
	readonly configFiles?: readonly WorkspaceFsRequests.WriteFileParams[];
	/**
	 * The text of the extension's `server/data/catalog.json`, sent by the web client: the .vsix ships the catalogue
	 * once, as that file, which the Node server reads from the disk and the browser worker cannot.
	 */
	readonly builtinCatalog?: string;
}

/** The client's word that the workspace trust changed (VS Code: granted). */
export namespace WorkspaceTrustNotification {
	export const method = 'unres/workspaceTrust' as const;
	export interface Params {
		readonly trusted: boolean;
	}
}

/** The quick fix's command that adds a cited resolution to the workspace catalogue: arguments `[uri, { symbol, date? }]`. */
export { ADD_TO_CATALOGUE_COMMAND } from './model/finding';

/** The command that renumbers paragraphs, sub-paragraphs and footnotes; its argument is the document URI. */
export const RENUMBER_COMMAND = 'unres.renumber';
/** `unres: Clean Up for the L-document`: labels and status marks dropped, bis/ter numbered in sequence. */
export const CLEAN_UP_COMMAND = 'unres.cleanUp';

/** The templates of `unres.newDraft`, one per organ and language; the client asks the server for them. */
export namespace DraftTemplatesRequest {
	export const method = 'unres/draftTemplates' as const;
	export interface Item {
		/** `GA`, `SC`, `HRC`, `ECOSOC`. */
		readonly body: string;
		/** `en`, `fr`, `es`. */
		readonly lang: string;
		/** The organ in the template's language (`Assemblée générale`). */
		readonly label: string;
		/** The language's own name (`Français`). */
		readonly description: string;
		/** The organ in English, for templates in another language. */
		readonly detail?: string;
		/** The template, as a snippet (Tab moves from the symbol to the date, the sponsors, the title …). */
		readonly snippet: string;
	}
	export type Result = Item[];
}

/** Amendments (issue 16): the amended draft from amendment texts, and the instructions between two versions. */
export namespace ApplyAmendmentRequest {
	export const method = 'unres/applyAmendment' as const;
	export interface Params {
		readonly draft: string;
		/** Amendment or oral-revision texts, all citing the draft as tabled. */
		readonly amendments: readonly string[];
		readonly locale?: 'en' | 'fr' | 'es';
	}
	export interface Problem {
		/** Index into `amendments`. */
		readonly amendment: number;
		/** Offsets of the instruction in its amendment text. */
		readonly start: number;
		readonly end: number;
		readonly message: string;
	}
	export interface Result {
		readonly text: string;
		readonly applied: number;
		readonly problems: readonly Problem[];
	}
}

export namespace WriteAmendmentsRequest {
	export const method = 'unres/writeAmendments' as const;
	export interface Params {
		readonly from: string;
		readonly to: string;
		readonly locale?: 'en' | 'fr' | 'es';
		readonly style?: 'amendment' | 'oral';
	}
	export interface Result {
		readonly text: string;
	}
}

/** Versions (compare with a base text, rollover, Word export): requests from the client, plain data. */
export namespace VersionsRequests {
	export const setBase = 'unres/versions/setBase' as const;
	export const compare = 'unres/versions/compare' as const;
	export const rollover = 'unres/versions/rollover' as const;
	export const exportDocx = 'unres/versions/exportDocx' as const;
	/** The user's choice of base for a draft (`base` absent: back to the automatic one). */
	export interface SetBaseParams {
		readonly uri: string;
		readonly base?: string;
	}
	export interface CompareParams {
		readonly uri: string;
		readonly base?: string | null;
	}
	export interface CompareResult {
		readonly baseUri: string;
		readonly baseSymbol: string;
		/** `vs A/RES/79/123: 3 new, 7 changed, 2 deleted, …` */
		readonly summary: string;
		/** The JSON of `unres compare --format json`. */
		readonly comparison: unknown;
		/** The base reordered to the draft's order, one paragraph per block, and the draft in the same blocks. */
		readonly alignedBase: string;
		readonly alignedDraft: string;
	}
	export interface RolloverParams {
		readonly uri: string;
		readonly session?: number;
		/** How the new draft names its base (`unres-base:`); default the base's URI. */
		readonly basePath?: string;
	}
	export interface RolloverResult {
		readonly text: string;
		readonly recalled?: string;
		readonly session?: number;
	}
	export interface ExportParams {
		readonly uri: string;
		readonly author?: string;
		/** false: no tracked changes even when a base is known. */
		readonly withBase?: boolean;
	}
	export interface ExportResult {
		/** The .docx bytes. */
		readonly base64: string;
		readonly baseUri?: string;
	}
}

/** `unres.openAknAsDraft`: the client sends an AKN4UN XML text, the server answers the draft (issue 17). */
export namespace ImportAknRequest {
	export const method = 'unres/importAkn' as const;
	export interface Params {
		readonly xml: string;
	}
	export interface Result {
		/** The draft in the Markdown style; absent when the text is not AKN4UN. */
		readonly markdown?: string;
		readonly problems: readonly string[];
	}
}

/** `unres.exportAkn`: the client sends a draft, the server answers its AKN4UN XML. */
export namespace ExportAknRequest {
	export const method = 'unres/exportAkn' as const;
	export interface Params {
		readonly text: string;
		readonly lang?: Lang;
		/** Today, ISO, for the FRBR manifestation. */
		readonly today?: string;
	}
	export interface Result {
		readonly xml: string;
	}
}

/**
 * The workspace's files through the client (`vscode.workspace.fs`): what the server in a browser worker uses,
 * having no disk. URIs as strings; a file that cannot be read answers null.
 */
export namespace WorkspaceFsRequests {
	export const readFile = 'unres/fs/readFile' as const;
	export const stat = 'unres/fs/stat' as const;
	export const findDrafts = 'unres/fs/findDrafts' as const;
	export const writeFile = 'unres/fs/writeFile' as const;
	export interface UriParams {
		readonly uri: string;
	}
	export interface StatResult {
		readonly mtime: number;
		readonly size: number;
	}
	export interface FindDraftsParams {
		readonly folder: string;
		readonly max: number;
	}
	export interface WriteFileParams {
		readonly uri: string;
		readonly text: string;
	}
}

/** Where the server runs: a test and the output channel tell the web worker build from the Node one. */
export namespace ServerEnvironmentRequest {
	export const method = 'unres/serverEnvironment' as const;
	export interface Result {
		/** `typeof process`: 'undefined' in a browser worker. */
		readonly process: string;
		readonly host: 'node' | 'browser';
	}
}
