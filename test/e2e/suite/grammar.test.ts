// The contributed TextMate grammar, read from the file the extension ships and run over a real draft with the
// same engine VS Code uses (vscode-textmate + Oniguruma). VS Code has no API that returns tokens.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { frenchDraft, REFERENCE } from './fixtures';
import { exists, extension, LANGUAGE_ID, workspaceFile } from './helpers';

interface GrammarContribution {
	language?: string;
	scopeName: string;
	path: string;
}

const SCOPE = 'text.unres';

async function loadGrammar(): Promise<textmate.IGrammar> {
	const contributed: GrammarContribution[] = extension().packageJSON.contributes?.grammars ?? [];
	const files = new Map(contributed.map((g) => [g.scopeName, vscode.Uri.joinPath(extension().extensionUri, g.path).fsPath]));
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s) => new oniguruma.OnigString(s),
		}),
		// Grammars of other extensions (embedded languages) are not needed to read ours.
		loadGrammar: async (scopeName) => {
			const file = files.get(scopeName);
			return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
		},
	});
	const grammar = await registry.loadGrammar(SCOPE);
	assert.ok(grammar, `grammar ${SCOPE} did not load`);
	return grammar;
}

/** Scopes of every token of every line, keyed by line text. */
function tokenize(grammar: textmate.IGrammar, text: string): { line: string; tokens: { text: string; scopes: string[] }[] }[] {
	let state = textmate.INITIAL;
	return text.split(/\r?\n/).map((line) => {
		const r = grammar.tokenizeLine(line, state);
		state = r.ruleStack;
		return { line, tokens: r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })) };
	});
}

suite('Grammar', () => {
	let grammar: textmate.IGrammar;

	suiteSetup(async () => {
		grammar = await loadGrammar();
	});

	test(`package.json contributes ${SCOPE} for the unres language, from a file that says so`, async () => {
		const contributed: GrammarContribution[] = extension().packageJSON.contributes?.grammars ?? [];
		const ours = contributed.find((g) => g.language === LANGUAGE_ID);
		assert.ok(ours, 'no grammar for the unres language');
		assert.equal(ours.scopeName, SCOPE);
		const raw = JSON.parse(fs.readFileSync(vscode.Uri.joinPath(extension().extensionUri, ours.path).fsPath, 'utf8'));
		assert.equal(raw.scopeName, SCOPE);
	});

	test('a French draft: organ line, lead phrases, paragraph numbers, sub-paragraph labels and footnotes get their scopes', async () => {
		const draft = await frenchDraft((f) => exists(workspaceFile(f)));
		const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(draft.file)));
		const lines = tokenize(grammar, text);
		for (const l of lines) for (const t of l.tokens) assert.equal(t.scopes[0], SCOPE, `token outside ${SCOPE}`);

		/** Scopes of the first token `token` (trimmed) on the first line matching `line`. */
		const scopesOf = (line: RegExp, token: string): string[] => {
			const found = lines.find((x) => line.test(x.line));
			assert.ok(found, `no line matching ${line} in ${draft.file}`);
			const t = found.tokens.find((x) => x.text.trim() === token);
			assert.ok(t, `no token "${token}" on: ${found.line.slice(0, 60)} (tokens: ${found.tokens.map((x) => JSON.stringify(x.text)).join(' ')})`);
			return t.scopes;
		};
		const expectScope = (line: RegExp, token: string, scope: string) =>
			assert.ok(scopesOf(line, token).includes(scope), `"${token}" lacks ${scope}: ${scopesOf(line, token).join(' ')}`);

		expectScope(/^L'Assemblée générale,$/, "L'Assemblée générale", 'entity.name.section.organ.unres');
		expectScope(/^\*?Rappelant\b/, 'Rappelant', 'keyword.other.lead-phrase.unres');
		expectScope(/^1\. /, '1.', 'constant.numeric.paragraph-number.unres');
		expectScope(/^2\. /, '2.', 'constant.numeric.paragraph-number.unres');
		expectScope(/^1\. /, draft === REFERENCE ? 'Demande' : 'Se félicite', 'keyword.other.lead-phrase.unres');
		expectScope(/^a\) /, 'a)', 'constant.character.subparagraph-label.unres');
		expectScope(/^¹ /, '¹', 'entity.other.footnote-marker.unres');
	});
});
