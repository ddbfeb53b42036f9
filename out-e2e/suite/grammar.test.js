"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
// The contributed TextMate grammar, read from the file the extension ships and run over a real draft with the
// same engine VS Code uses (vscode-textmate + Oniguruma). VS Code has no API that returns tokens.
const assert = __importStar(require("node:assert/strict"));
const fs = __importStar(require("node:fs"));
const vscode = __importStar(require("vscode"));
const oniguruma = __importStar(require("vscode-oniguruma"));
const textmate = __importStar(require("vscode-textmate"));
const fixtures_1 = require("./fixtures");
const helpers_1 = require("./helpers");
const SCOPE = 'text.unres';
async function loadGrammar() {
    const contributed = (0, helpers_1.extension)().packageJSON.contributes?.grammars ?? [];
    const files = new Map(contributed.map((g) => [g.scopeName, vscode.Uri.joinPath((0, helpers_1.extension)().extensionUri, g.path).fsPath]));
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
function tokenize(grammar, text) {
    let state = textmate.INITIAL;
    return text.split(/\r?\n/).map((line) => {
        const r = grammar.tokenizeLine(line, state);
        state = r.ruleStack;
        return { line, tokens: r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })) };
    });
}
suite('Grammar', () => {
    let grammar;
    suiteSetup(async () => {
        grammar = await loadGrammar();
    });
    test(`package.json contributes ${SCOPE} for the unres language, from a file that says so`, async () => {
        const contributed = (0, helpers_1.extension)().packageJSON.contributes?.grammars ?? [];
        const ours = contributed.find((g) => g.language === helpers_1.LANGUAGE_ID);
        assert.ok(ours, 'no grammar for the unres language');
        assert.equal(ours.scopeName, SCOPE);
        const raw = JSON.parse(fs.readFileSync(vscode.Uri.joinPath((0, helpers_1.extension)().extensionUri, ours.path).fsPath, 'utf8'));
        assert.equal(raw.scopeName, SCOPE);
    });
    test('a French draft gets scopes beyond the root one on its structural lines', async () => {
        const draft = await (0, fixtures_1.frenchDraft)((f) => (0, helpers_1.exists)((0, helpers_1.workspaceFile)(f)));
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile((0, helpers_1.workspaceFile)(draft.file)));
        const lines = tokenize(grammar, text);
        const scopesOf = (prefix) => {
            const l = lines.find((x) => x.line.startsWith(prefix));
            assert.ok(l, `no line starting with ${JSON.stringify(prefix)} in ${draft.file}`);
            return new Set(l.tokens.flatMap((t) => t.scopes).filter((s) => s !== SCOPE));
        };
        for (const prefix of [draft.organLine, '1. ', '2. ']) {
            assert.ok(scopesOf(prefix).size > 0, `the line starting with ${JSON.stringify(prefix)} has no scope but ${SCOPE}`);
        }
        for (const l of lines)
            for (const t of l.tokens)
                assert.equal(t.scopes[0], SCOPE);
    });
});
//# sourceMappingURL=grammar.test.js.map