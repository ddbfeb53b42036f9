import type { Diagnostic } from 'vscode-languageserver-types';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { createLanguageService, InMemoryWorkspace, type ServiceHost, type TextDocumentLike } from '../../../server/src/service/index';

let builtin: ReturnType<typeof loadBuiltinCatalog> | undefined;

/** A language service over one open document at `/ws/<name>` (a fresh one per call: no workspace state shared). */
export function serviceWith(name: string, text: string) {
	const workspace = new InMemoryWorkspace({});
	const uri = workspace.pathToUri(`/ws/${name}`);
	let doc: TextDocumentLike = { uri, version: 1, getText: () => text };
	/** A new version of the document. */
	const edit = (next: string) => {
		doc = { uri, version: doc.version + 1, getText: () => next };
	};
	const failures: string[] = [];
	const host: ServiceHost = {
		failed: (feature, error) => failures.push(`${feature}: ${String(error)}`),
		tell: () => undefined,
		tooLarge: () => undefined,
		catalogueLayer: () => undefined,
		refreshAll: () => undefined,
	};
	const service = createLanguageService({
		workspace,
		documents: { get: (u) => (u === uri ? doc : undefined), all: () => [doc] },
		builtinCatalog: () => (builtin ??= loadBuiltinCatalog()),
		settings: () => Promise.resolve({}),
		host,
		now: () => new Date('2026-12-01'),
	});
	service.assembly.setFolders(['/ws']);
	return { service, uri, failures, edit };
}

/** A diagnostic as one comparable line, its lines moved by `delta`. */
export function describeDiagnostic(d: Diagnostic, delta = 0): string {
	const r = d.range;
	const related = (d.relatedInformation ?? []).map((x) => ` [${x.location.range.start.line + delta}:${x.location.range.start.character} ${x.message}]`).join('');
	return `${r.start.line + delta}:${r.start.character}-${r.end.line + delta}:${r.end.character} ${String(d.code)} ${d.message}${related}`;
}

/** The zero-based line where each text starts when the texts are joined with `separator`. */
export function startLines(texts: readonly string[], separator: string): number[] {
	const out: number[] = [];
	let line = 0;
	for (const t of texts) {
		out.push(line);
		line += (t.match(/\r\n|\r|\n/g)?.length ?? 0) + (separator.match(/\n/g)?.length ?? 0);
	}
	return out;
}
