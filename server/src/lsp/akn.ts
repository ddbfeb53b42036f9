import { ExportAknRequest, ImportAknRequest } from '../protocol';
import type { LspState } from './state';

/**
 * `unres/importAkn` and `unres/exportAkn`: the client's AKN4UN commands over the pure core (server/src/akn). The core
 * and its XML library are loaded on the first request: a server start does not run them (issue 18).
 */
const akn = () => import('../akn/index.js');

export function registerAkn(state: LspState): void {
	const { connection, guarded } = state;
	connection.onRequest(ImportAknRequest.method, (params: ImportAknRequest.Params) =>
		guarded<ImportAknRequest.Result>('importAkn', { problems: ['the import failed'] }, async () => {
			const result = (await akn()).importAkn(typeof params?.xml === 'string' ? params.xml : '');
			return { ...(result.markdown !== undefined ? { markdown: result.markdown } : {}), problems: result.problems };
		}));
	connection.onRequest(ExportAknRequest.method, (params: ExportAknRequest.Params) =>
		guarded<ExportAknRequest.Result>('exportAkn', { xml: '' }, async () => ({
			xml: (await akn()).exportAkn(typeof params?.text === 'string' ? params.text : '', { lang: params.lang, today: params.today }),
		})));
}
