// The contributed TextMate grammar, read from the file the extension ships and run over a real draft with the
// same engine VS Code uses (vscode-textmate + Oniguruma). VS Code has no API that returns tokens.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { frenchDraft } from './fixtures';
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

	test('a French draft gets scopes beyond the root one on its structural lines', async () => {
		const draft = await frenchDraft((f) => exists(workspaceFile(f)));
		const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(draft.file)));
		const lines = tokenize(grammar, text);
		const scopesOf = (prefix: string) => {
			const l = lines.find((x) => x.line.startsWith(prefix));
			assert.ok(l, `no line starting with ${JSON.stringify(prefix)} in ${draft.file}`);
			return new Set(l.tokens.flatMap((t) => t.scopes).filter((s) => s !== SCOPE));
		};
		for (const prefix of [draft.organLine, '1. ', '2. ']) {
			assert.ok(scopesOf(prefix).size > 0, `the line starting with ${JSON.stringify(prefix)} has no scope but ${SCOPE}`);
		}
		for (const l of lines) for (const t of l.tokens) assert.equal(t.scopes[0], SCOPE);
	});
});
