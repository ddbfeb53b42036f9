import * as assert from 'node:assert/strict';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import type { UnresSettings } from '../../../server/src/protocol';
import { RULES } from '../../../server/src/rules/index';
import { createLanguageService, InMemoryWorkspace, type LoadedLayer, type ServiceHost, type TextDocumentLike } from '../../../server/src/service/index';

/** The service over files in memory, with the open documents in a map and a host that records what it is told. */
function setup(files: Record<string, string>, open: Record<string, string> = {}, editor: Partial<UnresSettings> = {}) {
	const workspace = new InMemoryWorkspace(files);
	const docs = new Map<string, TextDocumentLike>();
	const openDoc = (uri: string, text: string, version = 1) => docs.set(uri, { uri, version, getText: () => text });
	for (const [file, text] of Object.entries(open)) {
		openDoc(workspace.pathToUri(file), text);
	}
	const told: string[] = [];
	const failures: string[] = [];
	const layers: LoadedLayer[] = [];
	let refreshes = 0;
	const host: ServiceHost = {
		failed: (feature) => failures.push(feature),
		tell: (type, message) => told.push(`${type}: ${message}`),
		tooLarge: (uri, length, max) => told.push(`too large: ${uri} ${length} > ${max}`),
		catalogueLayer: (layer) => layers.push(layer),
		refreshAll: () => refreshes++,
	};
	const service = createLanguageService({
		workspace,
		documents: { get: (uri) => docs.get(uri), all: () => [...docs.values()] },
		builtinCatalog: () => loadBuiltinCatalog(),
		settings: () => Promise.resolve(editor),
		host,
		now: () => new Date('2026-12-01'),
	});
	service.assembly.setFolders(['/ws']);
	return { service, workspace, openDoc, told, failures, layers, refreshes: () => refreshes, uri: (file: string) => workspace.pathToUri(file) };
}

const CITING = 'The General Assembly,\n\nRecalling its resolutions 52/27 of 4 December 1997 and 81/7 of 3 November 2026,\n\n1. Requests a report;\n\n3. Decides to remain seized of the matter.\n';
const DECLARING = [
	'United Nations A/RES/81/7', '', 'General Assembly', '', 'Resolution adopted by the General Assembly on 3 November 2026', '',
	'81/7. Cooperation between the United Nations and the Pacific Islands Forum', '', 'The General Assembly,', '', '1. Decides to remain seized of the matter.', '',
].join('\n');

const codes = (d: { code?: unknown; message: unknown }[]) => d.map((x) => `${String(x.code)}: ${String(x.message)}`);

suite('language service over an in-memory workspace', () => {
	test('diagnostics: the rules, with .unresrc.json settings and the editor’s over them', async () => {
		const { service, uri } = setup({ '/ws/.unresrc.json': '{ "rules": { "operative-numbering": "hint" } }' }, { '/ws/a.unres': CITING });
		const d = await service.getDiagnostics(uri('/ws/a.unres'));
		const numbering = d?.diagnostics.filter((x) => x.code === 'operative-numbering') ?? [];
		assert.equal(numbering.length, 1, codes(d?.diagnostics ?? []).join('\n'));
		assert.equal(numbering[0].severity, 4, 'the config’s severity');
		const off = setup({ '/ws/.unresrc.json': '{ "rules": { "operative-numbering": "hint" } }' }, { '/ws/a.unres': CITING }, { rules: { 'operative-numbering': 'off' } });
		assert.ok(!(await off.service.getDiagnostics(off.uri('/ws/a.unres')))?.diagnostics.some((x) => x.code === 'operative-numbering'), 'the editor wins');
	});

	test('catalogue: unres.catalog.json, a config’s file and the declared resolutions of the workspace, each counted', async () => {
		const uncatalogued = async (files: Record<string, string>) => {
			const s = setup(files, { '/ws/a.unres': CITING });
			await s.service.files.scan();
			const d = await s.service.getDiagnostics(s.uri('/ws/a.unres'));
			return { s, symbols: (d?.diagnostics ?? []).filter((x) => x.code === 'uncatalogued-resolution').map((x) => String(x.message).match(/\d+\/\d+/)?.[0]) };
		};
		assert.deepEqual((await uncatalogued({})).symbols, ['52/27', '81/7']);
		assert.deepEqual((await uncatalogued({ '/ws/unres.catalog.json': '{ "entries": [ { "symbol": "52/27" } ] }' })).symbols, ['81/7']);
		assert.deepEqual((await uncatalogued({ '/ws/.unresrc.json': '{ "catalog": { "files": ["team.json"] } }', '/ws/team.json': '[ { "symbol": "81/7" } ]' })).symbols, ['52/27']);
		const declared = await uncatalogued({ '/ws/adopted/pif.unres': DECLARING });
		assert.deepEqual(declared.symbols, ['52/27'], 'the declaring draft is read by the scan');
		assert.deepEqual(
			(await declared.s.service.getDefinition(declared.s.uri('/ws/a.unres'), { line: 2, character: CITING.split('\n')[2].indexOf('81/7') + 1 })).map((l) => l.uri),
			[declared.s.uri('/ws/adopted/pif.unres')],
		);
	});

	test('untrusted: no catalogue of the workspace is read', async () => {
		const s = setup({ '/ws/unres.catalog.json': '{ "entries": [ { "symbol": "52/27" } ] }', '/ws/adopted/pif.unres': DECLARING }, { '/ws/a.unres': CITING });
		s.service.assembly.setTrusted(false);
		await s.service.files.scan();
		const d = await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		assert.equal(d?.diagnostics.filter((x) => x.code === 'uncatalogued-resolution').length, 2);
	});

	test('trust granted: the config’s catalogue files and the workspace’s count from then on', async () => {
		const s = setup({ '/ws/.unresrc.json': '{ "catalog": { "files": ["team.json"] } }', '/ws/team.json': '[ { "symbol": "81/7" } ]', '/ws/unres.catalog.json': '[ { "symbol": "52/27" } ]' }, { '/ws/a.unres': CITING });
		s.service.assembly.setTrusted(false);
		const before = await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		assert.equal(before?.diagnostics.filter((x) => x.code === 'uncatalogued-resolution').length, 2);
		assert.equal(s.service.assembly.setTrusted(true), true);
		const after = await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		assert.deepEqual(after?.diagnostics.filter((x) => x.code === 'uncatalogued-resolution'), []);
	});

	test('a catalogue file’s problems reach the host once per version of the file, and a change is read again', async () => {
		const s = setup({ '/ws/.unresrc.json': '{ "catalog": { "files": ["team.json"] } }', '/ws/team.json': '[ { "symbol": "nonsense" } ]' }, { '/ws/a.unres': CITING });
		await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		assert.deepEqual(s.layers.map((l) => l.problems.map((p) => p.line)), [[1]]);
		s.workspace.set('/ws/team.json', '[ { "symbol": "52/27" } ]');
		await s.service.files.changed([{ uri: s.uri('/ws/team.json'), type: 2 }]);
		const d = await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		assert.equal(s.layers.length, 2);
		assert.deepEqual(s.layers[1].problems, []);
		assert.ok(!d?.diagnostics.some((x) => String(x.message).includes('52/27')));
	});

	test('hover, completion, symbols, folding, links and code actions answer from one analysis', async () => {
		const { service, uri } = setup({}, { '/ws/a.unres': CITING });
		const u = uri('/ws/a.unres');
		assert.ok(await service.getHover(u, { line: 2, character: 2 }), 'the lead phrase has a hover');
		assert.ok((await service.getCompletions(u, { line: 4, character: 3 })).items.length > 0, 'operative verbs after "1. "');
		assert.ok((await service.getDocumentSymbols(u)).length > 0);
		assert.ok((await service.getFoldingRanges(u)).length > 0);
		assert.ok((await service.getDocumentLinks(u)).some((l) => l.target?.includes('A/RES/52/27')));
		const range = { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } };
		const d = (await service.getDiagnostics(u))!.diagnostics.filter((x) => x.code === 'operative-numbering');
		const actions = await service.getCodeActions(u, range, { diagnostics: d }, { documentChanges: false, snippets: false });
		assert.ok(actions.some((a) => a.edit), actions.map((a) => a.title).join(' | '));
		const info = await service.getDocumentInfo(u);
		assert.equal(info?.info.operative, 2);
	});

	test('renumber and add to catalogue come back as edits for the client; without the create ability the file is written', async () => {
		const s = setup({}, { '/ws/a.unres': CITING });
		const renumbered = await s.service.renumber(s.uri('/ws/a.unres'), { documentChanges: false, snippets: false });
		assert.equal(renumbered.kind, 'edit');
		const none = await s.service.renumber(undefined, { documentChanges: false, snippets: false });
		assert.equal(none.kind, 'message');
		const written = await s.service.addToCatalogue(s.uri('/ws/a.unres'), { symbol: 'A/RES/52/27' }, false);
		assert.equal(written.kind, 'written');
		assert.deepEqual(s.workspace.written, ['/ws/unres.catalog.json']);
		const edit = await s.service.addToCatalogue(s.uri('/ws/a.unres'), { symbol: 'A/RES/53/30' }, false);
		assert.equal(edit.kind, 'edit', 'the file now exists: an edit of it');
		const d = await s.service.getDiagnostics(s.uri('/ws/a.unres'));
		assert.ok(!d?.diagnostics.some((x) => x.code === 'uncatalogued-resolution' && String(x.message).includes('52/27')), 'the written entry counts');
	});

	test('a document over unres.maxFileSize is not analysed and the host is told once', async () => {
		const s = setup({}, { '/ws/a.unres': CITING }, { maxFileSize: 10 });
		assert.equal(await s.service.getDiagnostics(s.uri('/ws/a.unres')), undefined);
		assert.deepEqual(await s.service.getDocumentSymbols(s.uri('/ws/a.unres')), []);
		assert.equal(s.told.filter((t) => t.startsWith('too large')).length, 1);
	});

	test('a failing feature or rule throws to the caller or is reported, the rest goes on', async () => {
		const workspace = new InMemoryWorkspace();
		const failures: string[] = [];
		const doc: TextDocumentLike = { uri: 'file:///ws/a.unres', version: 1, getText: () => CITING };
		const service = createLanguageService({
			workspace, documents: { get: (u) => (u === doc.uri ? doc : undefined), all: () => [doc] },
			builtinCatalog: () => loadBuiltinCatalog(), settings: () => Promise.resolve({}),
			host: { failed: (f) => failures.push(f), tell: () => undefined, tooLarge: () => undefined, catalogueLayer: () => undefined, refreshAll: () => undefined },
			features: {
				rules: RULES.map((r) => (r.id === 'operative-numbering' ? { ...r, check: () => { throw new Error('rule broke'); } } : r)),
				foldingRanges: () => {
					throw new Error('folding broke');
				},
			},
		});
		await assert.rejects(service.getFoldingRanges(doc.uri), /folding broke/);
		assert.ok((await service.getDocumentSymbols(doc.uri)).length > 0);
		const d = await service.getDiagnostics(doc.uri);
		assert.ok(!d?.diagnostics.some((x) => x.code === 'operative-numbering'), 'the broken rule gives nothing');
		assert.ok(d?.diagnostics.some((x) => x.code === 'uncatalogued-resolution'), 'the other rules report');
		assert.deepEqual(failures, ['rule operative-numbering']);
	});
});
