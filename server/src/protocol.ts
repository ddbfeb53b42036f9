import type { DocumentInfo } from './features/documentInfo';

/**
 * Custom messages between the unres client and server. Plain data only: the client bundles this file too.
 */
export namespace DocumentInfoNotification {
	export const method = 'unres/documentInfo' as const;
	export interface Params {
		readonly uri: string;
		readonly version: number;
		readonly info: DocumentInfo;
	}
}

export type { DocumentInfo };

/** Settings under `unres.*` that the server reads per document. */
export interface UnresSettings {
	readonly language: 'auto' | 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh';
	/** Rule id → `off`, `error`, `warning`, `information` or `hint`; rules not listed keep their default. */
	readonly rules: Readonly<Record<string, string>>;
}

export const DEFAULT_SETTINGS: UnresSettings = { language: 'auto', rules: {} };

/** The command that renumbers paragraphs, sub-paragraphs and footnotes; its argument is the document URI. */
export const RENUMBER_COMMAND = 'unres.renumber';
