import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	CompletionRequest, DefinitionRequest, DocumentLinkRequest, HoverRequest, ReferencesRequest, type CodeAction, type CompletionItem, type CompletionList,
	type Diagnostic, type DocumentLink, type Hover, type Location, type MarkupContent,
} from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, LspClient } from '../helpers/lspClient';
import { requireShared, SAMPLE_FR } from '../helpers/paths';

/** Resolution catalogue and citations over stdio (dist/server.js): diagnostics, quick fixes, links, hover, completion, navigation. */

const uriOf = (file: string) => pathToFileURL(file).href;
const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.code}`);
const has = (code: string) => (p: { diagnostics: Diagnostic[] }) => p.diagnostics.some((d) => d.code === code);

const DRAFT = [
	'The General Assembly,',
	'',
	'Recalling its resolution 52/27 and its resolutions 73/11 of 26 November 2018 and 71/19 of 22 November 2016,',
	'',
	'Recalling also Security Council resolution 2178 (2015) and resolution 81/7,',
	'',
	'1. Requests a report;',
	'',
	'2. Decides to remain seized of the matter.',
	'',
].join('\n');

const DECLARING = [
	'United Nations A/RES/81/7',
	'',
	'General Assembly',
	'',
	'Resolution adopted by the General Assembly on 3 November 2026',
	'',
	'81/7. Cooperation between the United Nations and the Pacific Islands Forum',
	'',
	'The General Assembly,',
	'',
	'Recalling its resolution 79/10 of 18 November 2024,',
	'',
	'1. Decides to remain seized of the matter.',
	'',
].join('\n');

suite('citations over stdio (dist/server.js)', function () {
	this.timeout(30_000);
	let client: LspClient | undefined;

	/** Opens the French reference text; the answer hovers `inner` (default: all of `token`) on the first line holding `token`. */
	const openReference = async (): Promise<(token: string, inner?: string) => Promise<string>> => {
		client = await LspClient.start();
		const c = client;
		const text = readFileSync(SAMPLE_FR, 'utf8');
		const uri = 'file:///A-RES-75-10.fr.unres.md';
		await c.open(uri, text);
		const lines = text.split('\n');
		return async (token, inner = token) => {
			const line = lines.findIndex((l) => l.includes(token));
			const character = lines[line].indexOf(token) + token.indexOf(inner) + 1;
			const h = (await c.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } })) as Hover | null;
			return (h?.contents as MarkupContent | undefined)?.value ?? '';
		};
	};
	let dir: string;

	setup(() => {
		assert.ok(existsSync(require.resolve('../../../dist/server.js')), 'run `npm run build` first');
		dir = mkdtempSync(path.join(tmpdir(), 'unres-citations-'));
	});
	teardown(async () => {
		await client?.stop();
		client = undefined;
		rmSync(dir, { recursive: true, force: true });
	});

	test('diagnostics: unknown, uncatalogued, wrong date and order; quick fixes for the date, the SC year and the order', async () => {
		client = await LspClient.start({}, { capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
		const uri = 'file:///draft.unres';
		await client.open(uri, DRAFT);
		const { diagnostics } = await client.diagnostics(uri);
		assert.deepEqual(codes(diagnostics).sort(), [
			'2:citation-date-mismatch', '2:citation-order', '2:uncatalogued-resolution', '4:unknown-resolution',
		].concat(new Date() < new Date('2026-09-01') ? ['4:unknown-resolution'] : ['4:uncatalogued-resolution']).sort());
		const fixOf = async (code: string) => {
			const d = diagnostics.find((x) => x.code === code)!;
			return (await client!.codeActions(uri, d.range, [d])) as CodeAction[];
		};
		const [date] = await fixOf('citation-date-mismatch');
		assert.equal(date.title, 'Write the date of adoption: 21 November 2016');
		assert.equal(applyWorkspaceEdit(DRAFT, uri, date.edit!), DRAFT.replace('22 November 2016', '21 November 2016'));
		const sc = diagnostics.find((x) => x.code === 'unknown-resolution' && x.range.start.character < 50)!;
		assert.equal(sc.message, 'Security Council resolution 2178 was adopted in 2014: “2178 (2015)” gives the year 2015');
		const [year] = (await client.codeActions(uri, sc.range, [sc])) as CodeAction[];
		assert.equal(applyWorkspaceEdit(DRAFT, uri, year.edit!), DRAFT.replace('2178 (2015)', '2178 (2014)'));
		const [order] = await fixOf('citation-order');
		assert.equal(order.title, 'Sort the list in chronological order');
		assert.equal(applyWorkspaceEdit(DRAFT, uri, order.edit!), DRAFT.replace('73/11 of 26 November 2018 and 71/19 of 22 November 2016', '71/19 of 22 November 2016 and 73/11 of 26 November 2018'));
		const added = await fixOf('uncatalogued-resolution');
		assert.deepEqual(added, [], 'no workspace folder and no catalogue file named: nowhere to add it');
	});

	test('the reference document with a cited date changed by one day: a warning, and the quick fix restores the text exactly', async function () {
		requireShared(this, SAMPLE_FR);
		client = await LspClient.start();
		const original = readFileSync(SAMPLE_FR, 'utf8');
		const mutated = original.replace('[71/19](#) du 21 novembre 2016', '[71/19](#) du 22 novembre 2016');
		assert.notEqual(mutated, original);
		const uri = 'file:///A-RES-75-10.fr.unres.md';
		await client.open(uri, mutated);
		const { diagnostics } = await client.diagnostics(uri);
		const d = diagnostics.find((x) => x.code === 'citation-date-mismatch')!;
		assert.equal(d.message, 'General Assembly resolution 71/19 was adopted on 21 November 2016, not on 22 November 2016');
		assert.equal(d.severity, 2);
		const [fix] = (await client.codeActions(uri, d.range, [d])) as CodeAction[];
		assert.equal(fix.title, 'Write the date of adoption: 21 novembre 2016');
		assert.equal(applyWorkspaceEdit(mutated, uri, fix.edit!), original);
	});

	test('document links to undocs.org in the document’s language', async function () {
		requireShared(this, SAMPLE_FR);
		client = await LspClient.start({}, { locale: 'fr' });
		const uri = 'file:///A-RES-75-10.fr.unres.md';
		await client.open(uri, readFileSync(SAMPLE_FR, 'utf8'));
		const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) as DocumentLink[];
		const byTarget = new Map(links.map((l) => [l.target, l]));
		for (const symbol of ['A/RES/51/1', 'A/RES/71/19', 'A/RES/73/11', 'A/RES/73/187', 'A/RES/74/247', 'A/75/L.20', 'A/75/L.20/Add.1', 'E/RES/2019/19']) {
			assert.ok(byTarget.has(`https://undocs.org/fr/${symbol}`), symbol);
		}
		assert.equal(byTarget.get('https://undocs.org/fr/A/RES/73/187')?.tooltip, 'Ouvrir A/RES/73/187 sur undocs.org');
	});

	test('hover on 73/187 and 74/247 in the reference document: title, date, vote, links', async function () {
		requireShared(this, SAMPLE_FR);
		const hoverAt = await openReference();
		const a = await hoverAt('73/187');
		assert.match(a, /General Assembly resolution 73\/187/);
		assert.match(a, /\*Countering the use of information and communications technologies for criminal purposes\*/);
		assert.match(a, /Adopted on 17 December 2018/);
		assert.match(a, /Recorded vote: 94 in favour, 59 against, 33 abstentions/);
		assert.match(a, /\(https:\/\/undocs\.org\/fr\/A\/RES\/73\/187\)/);
		const b = await hoverAt('74/247');
		assert.match(b, /Adopted on 27 December 2019/);
		assert.match(b, /Recorded vote: 79 in favour, 60 against, 33 abstentions/);
	});

	test('acceptance 4 over stdio: 70/1 hovers with its French title; 51/1 and 71/19 say the catalogue has no title and what the text says of them', async function () {
		requireShared(this, SAMPLE_FR);
		const hoverAt = await openReference();
		const seventy = await hoverAt('Résolution 70/1.', '70/1');
		assert.match(seventy, /`A\/RES\/70\/1`/);
		assert.match(seventy, /\n\*Transformer notre monde : le Programme de développement durable à l’horizon 2030\*\n/);
		const fiftyOne = await hoverAt('[51/1]');
		assert.match(fiftyOne, /The catalogue has no title for this text\./);
		assert.match(fiftyOne, /This document says of it: “dans laquelle elle a invité l'Organisation internationale de police criminelle \(INTERPOL\) à participer à ses sessions et travaux en qualité d'observateur”/);
		const seventyOne = await hoverAt('[71/19]');
		assert.match(seventyOne, /The catalogue has no title for this text\./);
		assert.match(seventyOne, /This document says of it: “concernant la coopération entre l'Organisation des Nations Unies et INTERPOL, dans lesquelles/);
	});

	test('completion after `resolution` and `S/RES/`: symbols with titles, the date in the document’s style', async () => {
		client = await LspClient.start();
		const uri = 'file:///complete.unres';
		const text = "L'Assemblée générale,\n\nRappelant sa résolution 73/18\n";
		await client.open(uri, text);
		await client.diagnostics(uri);
		const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 2, character: 29 } })) as CompletionList | CompletionItem[] | null;
		const items = Array.isArray(list) ? list : list?.items ?? [];
		const item = items.find((i) => i.label === '73/187');
		assert.ok(item, items.map((i) => i.label).join(' '));
		assert.equal(item.detail, 'Countering the use of information and communications technologies for criminal purposes');
		assert.deepEqual(item.textEdit, { range: { start: { line: 2, character: 24 }, end: { line: 2, character: 29 } }, newText: '73/187 du 17 décembre 2018' });
		assert.ok(!Array.isArray(list) && list?.isIncomplete, 'the list is cut: the client asks again as the prefix grows');
	});

	test('a user catalogue file with a bad entry: a message with file and line, diagnostics on the file, the rest of it used', async () => {
		const file = path.join(dir, 'team.json');
		writeFileSync(file, '{\n\t"entries": [\n\t\t{ "symbol": "52/27", "date": "1997-12-04" },\n\t\t{ "symbol": "not a symbol" }\n\t]\n}\n');
		client = await LspClient.start({ catalog: { files: [file, path.join(dir, 'missing.json')] } });
		const uri = 'file:///draft.unres';
		await client.open(uri, DRAFT);
		const published = await client.diagnostics(uri);
		assert.ok(!published.diagnostics.some((d) => d.code === 'uncatalogued-resolution' && String(d.message).includes('52/27')), '52/27 is known from the file');
		const shown = await client.waitFor<{ type: number; message: string }>('window/showMessage', (m) => m.message.includes('team.json'));
		assert.equal(shown.type, 2);
		assert.equal(shown.message, 'Catalogue file team.json, line 4: "not a symbol" is not a resolution or decision symbol; entry skipped');
		const missing = await client.waitFor<{ message: string }>('window/showMessage', (m) => m.message.includes('missing.json'));
		assert.equal(missing.message, 'Catalogue file missing.json: cannot be read (ENOENT)');
		const onFile = await client.diagnostics(uriOf(file));
		assert.deepEqual(onFile.diagnostics.map((d) => [d.range.start.line, d.message]), [[3, '"not a symbol" is not a resolution or decision symbol; entry skipped']]);
		// The range covers the line, as long as it really is.
		assert.deepEqual(onFile.diagnostics[0].range, { start: { line: 3, character: 0 }, end: { line: 3, character: '\t\t{ "symbol": "not a symbol" }'.length } });
	});

	test('add to the workspace catalogue: the quick fix creates unres.catalog.json, then the citation is known', async () => {
		client = await LspClient.start({}, { folders: [dir], initializationOptions: { workspaceTrusted: true } });
		const file = path.join(dir, 'draft.unres');
		writeFileSync(file, DRAFT);
		const uri = uriOf(file);
		await client.open(uri, DRAFT);
		const { diagnostics } = await client.diagnostics(uri, has('uncatalogued-resolution'));
		const d = diagnostics.find((x) => x.code === 'uncatalogued-resolution' && String(x.message).includes('52/27'))!;
		const [action] = (await client.codeActions(uri, d.range, [d])) as CodeAction[];
		assert.equal(action.title, 'Add A/RES/52/27 to the workspace catalogue');
		// Cited without a date (a dated citation is the drafter's word and not reported), it is added without one.
		assert.deepEqual(action.command?.arguments, [uri, { symbol: 'A/RES/52/27' }]);
		// This client cannot create files through an edit: the server writes the file itself.
		await client.executeCommand(action.command!.command, action.command!.arguments);
		const catalogue = path.join(dir, 'unres.catalog.json');
		assert.deepEqual(JSON.parse(readFileSync(catalogue, 'utf8')), { entries: [{ symbol: 'A/RES/52/27' }] });
		await client.diagnostics(uri, (p) => !p.diagnostics.some((x) => String(x.message).includes('52/27')));
		// With the file there, the next addition is an edit of it.
		const again = (await client.diagnostics(uri)).diagnostics.find((x) => x.code === 'uncatalogued-resolution');
		if (again) {
			const [next] = (await client.codeActions(uri, again.range, [again])) as CodeAction[];
			await client.executeCommand(next.command!.command, next.command!.arguments);
			const edit = client.appliedEdits.at(-1)!.edit;
			const after = applyWorkspaceEdit(readFileSync(catalogue, 'utf8'), uriOf(catalogue), edit);
			assert.equal((JSON.parse(after) as { entries: unknown[] }).entries.length, 2);
		}
	});

	test('a client that creates files gets a create-and-insert edit', async () => {
		client = await LspClient.start({}, {
			folders: [dir], initializationOptions: { workspaceTrusted: true },
			capabilities: { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } },
		});
		const uri = uriOf(path.join(dir, 'draft.unres'));
		await client.open(uri, DRAFT);
		await client.executeCommand('unres.addToCatalogue', [uri, { symbol: 'A/RES/52/27', date: '1997-12-04' }]);
		const [applied] = client.appliedEdits;
		const target = uriOf(path.join(dir, 'unres.catalog.json'));
		assert.deepEqual(applied.edit.documentChanges?.[0], { kind: 'create', uri: target, options: { ignoreIfExists: true } });
		assert.equal(applyWorkspaceEdit('', target, applied.edit), '{\n\t"entries": [\n\t\t{\n\t\t\t"symbol": "A/RES/52/27",\n\t\t\t"date": "1997-12-04"\n\t\t}\n\t]\n}\n');
	});

	test('trust: untrusted, no workspace catalogue is read or offered; granted, the files’ declarations count', async () => {
		writeFileSync(path.join(dir, 'unres.catalog.json'), '{ "entries": [ { "symbol": "52/27" } ] }');
		mkdirSync(path.join(dir, 'adopted'));
		writeFileSync(path.join(dir, 'adopted', 'pif.unres'), DECLARING);
		client = await LspClient.start({}, { folders: [dir], initializationOptions: { workspaceTrusted: false } });
		const uri = uriOf(path.join(dir, 'draft.unres'));
		await client.open(uri, DRAFT);
		const untrusted = await client.diagnostics(uri);
		const uncatalogued = untrusted.diagnostics.filter((d) => d.code === 'uncatalogued-resolution');
		assert.ok(uncatalogued.some((d) => String(d.message).includes('52/27')), 'the folder’s unres.catalog.json is not read');
		for (const d of uncatalogued) {
			const actions = (await client.codeActions(uri, d.range, [d])) as CodeAction[];
			assert.deepEqual(actions, [], 'nothing is written to an untrusted workspace');
		}
		await client.connection.sendNotification('unres/workspaceTrust', { trusted: true });
		const trusted = await client.diagnostics(uri, (p) => p !== untrusted && !p.diagnostics.some((d) => String(d.message).includes('52/27')) && !p.diagnostics.some((d) => String(d.message).includes('81/7')));
		assert.deepEqual(codes(trusted.diagnostics).filter((c) => c.startsWith('4:')), ['4:unknown-resolution'], 'only the SC year is left on that line');
	});

	test('go to definition opens the file that declares the resolution; find references lists its citations', async () => {
		mkdirSync(path.join(dir, 'adopted'));
		const declaring = path.join(dir, 'adopted', 'pif.unres');
		writeFileSync(declaring, DECLARING);
		const other = path.join(dir, 'other.unres.txt');
		writeFileSync(other, 'The General Assembly,\n\nWelcoming its resolution 81/7,\n\n1. Decides.\n');
		client = await LspClient.start({}, { folders: [dir] });
		const uri = uriOf(path.join(dir, 'draft.unres'));
		await client.open(uri, DRAFT);
		// The workspace is read in the background: the declaration reaches the catalogue, and the draft is checked again.
		await client.diagnostics(uri, (p) => !p.diagnostics.some((d) => String(d.message).includes('81/7')));
		const position = { line: 4, character: DRAFT.split('\n')[4].indexOf('81/7') + 1 };
		const definition = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
		assert.deepEqual(definition, [{ uri: uriOf(declaring), range: { start: { line: 6, character: 0 }, end: { line: 6, character: 74 } } }]);
		const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } })) as Location[];
		assert.deepEqual(references.map((l) => `${path.basename(new URL(l.uri).pathname)}:${l.range.start.line}`), ['pif.unres:6', 'draft.unres:4', 'other.unres.txt:2']);
	});
});
