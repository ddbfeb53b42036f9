import * as path from 'pathe';
import { MessageType, type Diagnostic } from 'vscode-languageserver';
import { format, type Locale } from '../l10n/messages';
import { lineStarts } from '../parser/lines';
import type { LoadedLayer, ServiceHost, Workspace } from '../service/index';
import type { LspState } from './state';

/** The service's host in the server: failures to the log, messages to the notification area, catalogue problems as diagnostics. */
export function lspHost(state: () => LspState, workspace: Workspace): ServiceHost {
	return {
		failed: (feature, error) => state().logOnce(feature, error),
		tell: (type, message) => void state().tell(type === 'info' ? MessageType.Info : MessageType.Warning, message),
		tooLarge: (uri, length, max, locale) => {
			const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
			const n = (v: number) => v.toLocaleString(locale);
			void state().tell(MessageType.Info, format('file.tooLarge', [name, n(length), n(max)], locale));
		},
		catalogueLayer: (layer, locale) => void state().guarded('catalogue', undefined, () => reportLayer(state(), workspace, layer, locale)),
		refreshAll: (delayMs) => state().republishAll(delayMs),
	};
}

/** A catalogue file's problems: diagnostics on the file (each over its whole line), a line in the log, one message. */
async function reportLayer(state: LspState, workspace: Workspace, layer: LoadedLayer, locale: Locale): Promise<void> {
	const text = layer.problems.length > 0 ? await workspace.readFile(layer.file).catch(() => '') : '';
	const starts = lineStarts(text);
	const diagnostics: Diagnostic[] = layer.problems.map((p) => {
		const line = Math.max(p.line - 1, 0);
		const start = starts[line] ?? text.length;
		const end = line + 1 < starts.length ? starts[line + 1] : text.length;
		const length = text.slice(start, end).replace(/\r?\n$|\r$/, '').length;
		return { range: { start: { line, character: 0 }, end: { line, character: length } }, severity: 2, source: 'unres', message: p.message };
	});
	await state.connection.sendDiagnostics({ uri: workspace.pathToUri(layer.file), diagnostics });
	if (layer.problems.length === 0) {
		return;
	}
	for (const p of layer.problems) {
		state.connection.console.warn(`unres: catalogue file ${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`);
	}
	const [first] = layer.problems;
	const name = path.basename(layer.file);
	let message = first.line > 0 ? format('catalog.problem', [name, first.line, first.message], locale) : format('catalog.problemFile', [name, first.message], locale);
	if (layer.problems.length > 1) {
		message = format('catalog.moreProblems', [message, layer.problems.length - 1], locale);
	}
	await state.tell(MessageType.Warning, message);
}
