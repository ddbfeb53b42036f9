/**
 * The language service in process, as the server drives it (no transport): open → diagnostics and one keystroke →
 * diagnostics (the edit handed over as `changeSince` does), on the issue-18 document. Less noisy than the LSP
 * figures on a loaded machine: what is left is the analysis itself. `node out/scripts/benchService.js [size…]`.
 */
import * as path from 'node:path';
import type { CatalogLike } from '../server/src/catalog/catalog';
import type { TextChange } from '../server/src/model/analysis';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { createLanguageService, InMemoryWorkspace, QUIET_HOST, type TextDocumentLike } from '../server/src/service/index';
import { splitCompilation } from '../server/src/parser/compilation';
import { organAt } from '../server/src/parser/organ';
import { grow, issueDocument, proseOffset, singleText, typingOffset } from './benchText';

/** An open document and the one edit that made its current version (what the server's document store knows). */
class Documents {
	doc: TextDocumentLike;
	#last: { from: number; change: TextChange } | undefined;

	constructor(uri: string, text: string) {
		this.doc = { uri, version: 1, getText: () => text };
	}

	open(uri: string, text: string): void {
		this.doc = { uri, version: 1, getText: () => text };
		this.#last = undefined;
	}

	edit(change: TextChange): void {
		const old = this.doc.getText();
		const text = old.slice(0, change.start) + change.text + old.slice(change.end);
		this.#last = { from: this.doc.version, change };
		this.doc = { uri: this.doc.uri, version: this.doc.version + 1, getText: () => text };
	}

	get = (uri: string) => (uri === this.doc.uri ? this.doc : undefined);
	all = () => [this.doc];
	changeSince = (_uri: string, from: number) => (this.#last && this.#last.from === from ? this.#last.change : undefined);
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** Open → diagnostics (best of `opens` fresh services), and the median keystroke → diagnostics of 30 after 10. */
export async function serviceFigures(text: string, catalog: CatalogLike, opens = 3, where: (text: string) => number = typingOffset): Promise<{ open: number; keystroke: number; diagnostics: number }> {
	let open = Infinity;
	let keystroke = NaN;
	let diagnostics = 0;
	for (let run = 0; run < opens; run++) {
		// A small text first, as the LSP bench opens the reference: the catalogue's indexes are built then.
		const documents = new Documents('file:///ws/first.unres.md', text.slice(0, 20_000));
		const service = createLanguageService({
			workspace: new InMemoryWorkspace({}), documents, builtinCatalog: () => catalog, settings: () => Promise.resolve({}), host: QUIET_HOST,
		});
		await service.getDiagnostics(documents.doc.uri);
		documents.open('file:///ws/big.unres.md', text);
		const t0 = process.hrtime.bigint();
		await service.getDocumentInfo(documents.doc.uri);
		diagnostics = (await service.getDiagnostics(documents.doc.uri))?.diagnostics.length ?? 0;
		open = Math.min(open, ms(t0));
		if (run < opens - 1) {
			continue;
		}
		const at = where(text);
		const times: number[] = [];
		for (let k = 0, keys = Number(process.env.BENCH_KEYS ?? 40); k < keys; k++) {
			const typed = k % 2 === 0;
			const t1 = process.hrtime.bigint();
			documents.edit(typed ? { start: at, end: at, text: 'x' } : { start: at, end: at + 1, text: '' });
			await service.getDocumentInfo(documents.doc.uri);
			await service.getDiagnostics(documents.doc.uri);
			if (k >= 10) {
				times.push(ms(t1));
			}
		}
		keystroke = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
	}
	return { open, keystroke, diagnostics };
}

async function main(): Promise<void> {
	const ROOT = path.resolve(__dirname, '..', '..');
	const SHARED = process.env.UNRES_SHARED ?? path.resolve(ROOT, '..', 'shared');
	const base = issueDocument(SHARED);
	const catalog = loadBuiltinCatalog(path.join(ROOT, 'server', 'data', 'catalog.json'));
	const sizes = process.argv.slice(2).map(Number);
	for (const size of sizes.length > 0 ? sizes : [100e3, 1e6, 5e6]) {
		const text = grow(base, size - 1000);
		const f = await serviceFigures(text, catalog, size >= 5e6 ? 2 : 3);
		console.log(`service in process, ${size / 1e3} KB: open → diagnostics ${f.open.toFixed(1)} ms; keystroke → diagnostics median ${f.keystroke.toFixed(1)} ms (${f.diagnostics} diagnostics)`);
		const one = singleText(text, splitCompilation, (line) => organAt(line, { start: 0, end: line.length }) !== undefined);
		const g = await serviceFigures(one, catalog, size >= 5e6 ? 2 : 3);
		console.log(`service in process, ${size / 1e3} KB read as one text: open → diagnostics ${g.open.toFixed(1)} ms; keystroke → diagnostics median ${g.keystroke.toFixed(1)} ms (${g.diagnostics} diagnostics)`);
		const h = await serviceFigures(one, catalog, 1, proseOffset);
		console.log(`service in process, ${size / 1e3} KB read as one text, typing in prose: keystroke → diagnostics median ${h.keystroke.toFixed(1)} ms`);
	}
}

// Bundled into bench.js too: run only as its own script.
if (/benchService\.js$/.test(process.argv[1] ?? '')) {
	void main();
}
