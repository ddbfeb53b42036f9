import * as assert from 'node:assert/strict';
import { CompletionRequest, HoverRequest, type CodeAction, type CompletionItem, type CompletionList, type Hover, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, serverPerTest } from '../helpers/lspClient';

/** Acceptance 3: completion and hover of lead phrases over stdio (dist/server.js). */

const FR_GA = [
	"L'Assemblée générale,",
	'',
	'Rappelant sa résolution 73/11 du 26 novembre 2018,',
	'',
	'',
	'',
	'1. *Prie* le Secrétaire général de lui rendre compte de l’application de la présente résolution ;',
	'',
	"2. *Décide* d'inscrire la question à l'ordre du jour provisoire de sa quatre-vingt-deuxième session.",
	'',
].join('\n');

const EN_OPERATIVE = Array.from({ length: 13 }, (_, i) => `${i + 1}. ${i % 2 ? 'Requests' : 'Decides'} item ${i + 1} of the work programme;`);
const EN_GA = ['The General Assembly,', '', 'Recalling its resolution 79/1 of 22 September 2024,', '', ...EN_OPERATIVE.flatMap((p) => [p, '']), '14. ', ''].join('\n');
/** The same draft with an empty line where paragraph 14 goes. */
const EN_GA_BLANK = ['The General Assembly,', '', 'Recalling its resolution 79/1 of 22 September 2024,', '', ...EN_OPERATIVE.flatMap((p) => [p, '']), '', ''].join('\n');

const labels = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : r?.items ?? []).map((i) => i.label);
const items = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : r?.items ?? []);

suite('completion and hover of lead phrases over stdio (dist/server.js)', function () {
	this.timeout(30_000);
	const server = serverPerTest({}, { capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] } } } });

	const complete = (uri: string, line: number, character: number) =>
		server().connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } }) as Promise<CompletionItem[] | CompletionList | null>;

	test('French General Assembly draft, start of a preambular paragraph: Rappelant, Consciente, Préoccupée — not Préoccupé', async () => {
		const uri = 'file:///projet.unres';
		await server().open(uri, FR_GA);
		const r = await complete(uri, 4, 0);
		const got = labels(r);
		for (const want of ['Rappelant', 'Consciente', 'Préoccupée', 'Convaincue', 'Rappelant également']) {
			assert.ok(got.includes(want), `offers ${want}`);
		}
		for (const not of ['Préoccupé', 'Convaincu', 'Conscient', 'Prie', 'Décide']) {
			assert.ok(!got.includes(not), `does not offer ${not}`);
		}
		// The previous paragraph opened with Rappelant: the repeat with “également” comes first.
		const first = items(r).find((i) => i.preselect);
		assert.equal(first?.label, 'Rappelant également');
		assert.equal((first?.textEdit as TextEdit).newText, 'Rappelant également $0,');
	});

	test('English draft after “14. ”: operative verbs, not preambular phrases', async () => {
		const uri = 'file:///draft.unres';
		await server().open(uri, EN_GA);
		const line = EN_GA.split('\n').indexOf('14. ');
		const got = labels(await complete(uri, line, 4));
		for (const want of ['Requests', 'Decides', 'Calls upon', 'Urges', 'Also requests']) {
			assert.ok(got.includes(want), `offers ${want}`);
		}
		for (const not of ['Recalling', 'Noting', 'Convinced']) {
			assert.ok(!got.includes(not), `does not offer ${not}`);
		}
		// Inside a paragraph already written, nothing.
		assert.deepEqual(labels(await complete(uri, 2, 10)), []);
		assert.deepEqual(labels(await complete(uri, 2, 20)), []);
	});

	test('on an empty line of the operative part the snippet writes the next number', async () => {
		const uri = 'file:///blank.unres';
		await server().open(uri, EN_GA_BLANK);
		const lines = EN_GA_BLANK.split('\n');
		const line = lines.length - 2;
		const r = items(await complete(uri, line, 0));
		const requests = r.find((i) => i.label === 'Requests');
		assert.ok(requests, 'offers Requests');
		assert.equal(requests.insertTextFormat, 2);
		assert.equal((requests.textEdit as TextEdit).newText, '14. Requests $0;');
		// Paragraph 13 opened with Decides: “Also decides” is preselected, with the number.
		const preselected = r.find((i) => i.preselect);
		assert.equal((preselected?.textEdit as TextEdit).newText, '14. Also decides $0;');
	});

	test('hover on a lead phrase shows its equivalents in the other languages', async () => {
		const uri = 'file:///hover.unres';
		await server().open(uri, FR_GA);
		const hover = (await server().connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover | null;
		assert.ok(hover, 'a hover');
		const value = (hover.contents as MarkupContent).value;
		assert.match(value, /\*\*Rappelant\*\*/);
		assert.match(value, /EN \*Recalling\*/);
		assert.match(value, /ES \*Recordando\*/);
		assert.deepEqual(hover.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 9 } });
		const none = await server().connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 30 } });
		assert.equal(none, null);
	});
	test('drafting diagnostics come with their quick fixes: agreement and punctuation', async () => {
		const uri = 'file:///accord.unres';
		const text = FR_GA.replace('Rappelant sa résolution 73/11 du 26 novembre 2018,', 'Préoccupé par la montée de la criminalité');
		await server().open(uri, text);
		const published = await server().diagnostics(uri);
		const mine = published.diagnostics.filter((d) => d.code === 'lead-phrase-agreement' || d.code === 'preambular-punctuation');
		assert.deepEqual(mine.map((d) => `${d.range.start.line}:${d.code}`).sort(), ['2:lead-phrase-agreement', '2:preambular-punctuation']);
		let fixed = text;
		// Both fixes are computed on the same version: apply the later one in the line first.
		for (const d of [...mine].sort((a, b) => b.range.end.character - a.range.end.character)) {
			const actions = (await server().codeActions(uri, d.range, [d])) as CodeAction[];
			const action = actions.find((a) => a.isPreferred && a.diagnostics?.some((x) => x.code === d.code));
			assert.ok(action?.edit, `a preferred fix for ${String(d.code)}`);
			fixed = applyWorkspaceEdit(fixed, uri, action.edit);
		}
		assert.equal(fixed.split('\n')[2], 'Préoccupée par la montée de la criminalité,');
	});
});
