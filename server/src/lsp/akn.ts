import { exportAkn, importAkn } from '../akn/index';
import { ExportAknRequest, ImportAknRequest } from '../protocol';
import type { LspState } from './state';

/** `unres/importAkn` and `unres/exportAkn`: the client's AKN4UN commands over the pure core (server/src/akn). */
export function registerAkn(state: LspState): void {
	const { connection, guarded } = state;
	connection.onRequest(ImportAknRequest.method, (params: ImportAknRequest.Params) =>
		guarded<ImportAknRequest.Result>('importAkn', { problems: ['the import failed'] }, async () => {
			const result = importAkn(typeof params?.xml === 'string' ? params.xml : '');
			return { ...(result.markdown !== undefined ? { markdown: result.markdown } : {}), problems: result.problems };
		}));
	connection.onRequest(ExportAknRequest.method, (params: ExportAknRequest.Params) =>
		guarded<ExportAknRequest.Result>('exportAkn', { xml: '' }, async () => ({
			xml: exportAkn(typeof params?.text === 'string' ? params.text : '', { lang: params.lang, today: params.today }),
		})));
}
