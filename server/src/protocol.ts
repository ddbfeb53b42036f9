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
}

export const DEFAULT_SETTINGS: UnresSettings = { language: 'auto' };
