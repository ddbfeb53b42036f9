import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { DraftTemplatesRequest, type DocumentInfoNotification } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';
import { requireShared, SAMPLE_FR } from '../helpers/paths';

const DRAFT = [
	'The General Assembly,',
	'',
	'Recalling its resolution 71/19 of 21 November 2016,',
	'',
	'Noting with concern the situation,',
	'',
	'1. Decides to remain seized of the matter;',
	'',
	'2. Requests the Secretary-General to report:',
	'',
	'(a) On the first point;',
	'',
	'(b) On the second point.',
	'',
].join('\n');

const count = (symbols: DocumentSymbol[], name: string) => symbols.find((s) => s.name === name)?.children?.length ?? 0;

suite('language server over stdio (dist/server.js)', function () {
	this.timeout(30_000);
	let client: LspClient;

	setup(async () => {
		assert.ok(existsSync(require.resolve('../../../dist/server.js')), 'run `npm run build` first');
		client = await LspClient.start();
	});
	teardown(async () => {
		await client.stop();
	});

	test('didOpen gives the outline, folding and the document info', async () => {
		const uri = 'file:///draft.unres';
		await client.open(uri, DRAFT);
		const info = await client.waitFor<DocumentInfoNotification.Params>('unres/documentInfo', (p) => p.uri === uri);
		assert.equal(info.info.summary, 'EN · 2 PP · 2 OP · 0 notes');
		const symbols = await client.symbols(uri);
		assert.deepEqual(symbols.map((s) => s.name), ['Preamble', 'Operative part']);
		assert.deepEqual(symbols[1].children?.map((s) => s.name), ['1. Decides', '2. Requests']);
		assert.deepEqual(symbols[1].children?.[1].children?.map((s) => s.name), ['(a)', '(b)']);
		assert.deepEqual(symbols[0].children?.map((s) => s.name), ['Recalling', 'Noting']);
		const folds = await client.folding(uri);
		assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 4), 'the preamble folds from the organ line');
		assert.ok(folds.some((f) => f.startLine === 6 && f.endLine === 12), 'the operative part folds');
		assert.ok(folds.some((f) => f.startLine === 8 && f.endLine === 12), 'a paragraph with sub-paragraphs folds');
	});

	test('unres/draftTemplates gives the client its new-draft templates: every organ in the three languages, as snippets', async () => {
		const items = await client.connection.sendRequest<DraftTemplatesRequest.Result>(DraftTemplatesRequest.method);
		assert.deepEqual(items.map((i) => `${i.body}/${i.lang}`), ['GA', 'SC', 'HRC', 'ECOSOC'].flatMap((b) => ['en', 'fr', 'es'].map((l) => `${b}/${l}`)));
		const gaFr = items.find((i) => i.body === 'GA' && i.lang === 'fr')!;
		assert.equal(gaFr.label, 'Assemblée générale');
		assert.equal(gaFr.description, 'Français');
		assert.equal(gaFr.detail, 'General Assembly');
		assert.match(gaFr.snippet, /L’Assemblée générale,/);
		assert.match(gaFr.snippet, /\$\{1:/, 'a snippet with fields');
		assert.equal(items.find((i) => i.body === 'SC' && i.lang === 'en')!.detail, undefined);
	});

	test('incremental didChange re-parses: a new operative paragraph appears in the outline', async () => {
		const uri = 'file:///change.unres';
		await client.open(uri, DRAFT);
		await client.waitFor('unres/documentInfo', (p: DocumentInfoNotification.Params) => p.uri === uri);
		const lines = DRAFT.split('\n');
		await client.change(uri, 2, [
			{ range: { start: { line: lines.length - 1, character: 0 }, end: { line: lines.length - 1, character: 0 } }, text: '3. Decides to remain seized.\n' },
			{ range: { start: { line: 12, character: 22 }, end: { line: 12, character: 23 } }, text: ';' },
		]);
		const info = await client.waitFor<DocumentInfoNotification.Params>('unres/documentInfo', (p) => p.uri === uri && p.version === 2);
		assert.equal(info.info.operative, 3);
		const symbols = await client.symbols(uri);
		assert.deepEqual(symbols[1].children?.map((s) => s.name), ['1. Decides', '2. Requests', '3. Decides']);
	});

	test('the language setting overrides detection', async () => {
		await client.stop();
		client = await LspClient.start({ language: 'es' });
		const uri = 'file:///forced.unres';
		await client.open(uri, DRAFT);
		const info = await client.waitFor<DocumentInfoNotification.Params>('unres/documentInfo', (p) => p.uri === uri);
		assert.equal(info.info.lang, 'es');
		assert.equal(info.info.langDetected, false);
		const symbols = await client.symbols(uri);
		assert.deepEqual(symbols.map((s) => s.name), ['Preámbulo', 'Parte dispositiva']);
	});

	test('the reference document: the outline shows 21 PP, 16 OP, 7 notes', async function () {
		requireShared(this, SAMPLE_FR);
		const uri = 'file:///A-RES-75-10.fr.unres.md';
		await client.open(uri, readFileSync(SAMPLE_FR, 'utf8'));
		const info = await client.waitFor<DocumentInfoNotification.Params>('unres/documentInfo', (p) => p.uri === uri);
		assert.equal(info.info.summary, 'FR · 21 PP · 16 OP · 7 notes');
		const symbols = await client.symbols(uri);
		assert.deepEqual(symbols.map((s) => s.name), [
			"75/10. Coopération entre l'Organisation des Nations Unies et l'Organisation internationale de police criminelle (INTERPOL)",
			'Préambule', 'Dispositif', '30^e séance plénière', 'Notes',
		]);
		assert.equal(count(symbols, 'Préambule'), 21);
		assert.equal(count(symbols, 'Dispositif'), 16);
		assert.equal(count(symbols, 'Notes'), 7);
		const thirteen = symbols[2].children![12];
		assert.equal(thirteen.name, '13. Encourage');
		assert.deepEqual(thirteen.children?.map((s) => s.name), ['a)', 'b)', 'c)', 'd)', 'e)']);
		const folds = await client.folding(uri);
		const lines = readFileSync(SAMPLE_FR, 'utf8').split('\n');
		const organLine = lines.indexOf("L'Assemblée générale,");
		const firstOperative = lines.findIndex((l) => l.startsWith('1. *Demande*'));
		assert.ok(folds.some((f) => f.startLine === organLine && f.endLine === firstOperative - 2), 'the preamble folds');
		assert.ok(folds.some((f) => f.startLine === firstOperative && f.endLine === lines.findIndex((l) => l.startsWith('16. '))), 'the operative part folds');
		assert.ok(folds.some((f) => f.startLine === 0 && f.endLine < organLine), 'the heading zone folds');
		assert.ok(folds.some((f) => f.kind === 'comment'), 'footnote blocks fold');
	});

	test('bad input does not hurt: binary, huge line, empty', async () => {
		const uris = ['file:///empty.unres', 'file:///binary.unres', 'file:///long.unres'];
		await client.open(uris[0], '');
		await client.open(uris[1], Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1'));
		await client.open(uris[2], '1. Decides '.repeat(200_000));
		for (const uri of uris) {
			await client.waitFor('unres/documentInfo', (p: DocumentInfoNotification.Params) => p.uri === uri);
			assert.ok(Array.isArray(await client.symbols(uri)));
		}
	});
});
