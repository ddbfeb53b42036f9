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
// The outline (textDocument/documentSymbol), as the Outline view and breadcrumbs get it.
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const fixtures_1 = require("./fixtures");
const helpers_1 = require("./helpers");
function part(symbols, name) {
    const found = symbols.find((s) => s.name === name);
    assert.ok(found, `no top-level "${name}" in the outline: ${symbols.map((s) => s.name).join(' | ')}`);
    return found;
}
suite('Outline', () => {
    let french;
    suiteSetup(async () => {
        french = await (0, fixtures_1.frenchDraft)((f) => (0, helpers_1.exists)((0, helpers_1.workspaceFile)(f)));
    });
    test('a French draft: preamble, operative part and notes, in French, with every paragraph', async () => {
        const editor = await (0, helpers_1.openDraft)(french.file);
        const symbols = await (0, helpers_1.documentSymbols)(editor.document.uri);
        const preamble = part(symbols, 'Préambule');
        assert.equal(preamble.kind, vscode.SymbolKind.Namespace);
        assert.equal(preamble.children.length, french.preambular);
        assert.equal(preamble.children[0].name, 'Rappelant');
        const operative = part(symbols, 'Dispositif');
        assert.equal(operative.children.length, french.operative);
        operative.children.forEach((p, i) => assert.match(p.name, new RegExp(`^${i + 1}\\. \\S`), `operative paragraph ${i + 1}`));
        const notes = part(symbols, 'Notes');
        assert.equal(notes.children.length, french.footnotes);
        // Symbols point into the document, in order, and each selection sits inside its range.
        const all = (0, helpers_1.flatten)(symbols).map((x) => x.symbol);
        for (const s of all) {
            assert.ok(s.range.contains(s.selectionRange), `selection of "${s.name}" outside its range`);
            assert.ok(s.range.end.line < editor.document.lineCount);
        }
        const lines = symbols.map((s) => s.range.start.line);
        assert.deepEqual(lines, [...lines].sort((a, b) => a - b), 'top-level symbols out of document order');
        assert.ok(editor.document.lineAt(operative.children[0].selectionRange.start.line).text.startsWith('1.'));
    });
    test('an English draft: parts in English, sub-paragraphs under their paragraph', async () => {
        const editor = await (0, helpers_1.openDraft)(fixtures_1.OWN_ENGLISH.file);
        const symbols = await (0, helpers_1.documentSymbols)(editor.document.uri);
        assert.equal(part(symbols, 'Preamble').children.length, fixtures_1.OWN_ENGLISH.preambular);
        const operative = part(symbols, 'Operative part');
        assert.deepEqual(operative.children.map((p) => p.name), ['1. Welcomes', '2. Requests', '3. Decides']);
        assert.deepEqual(operative.children[1].children.map((s) => s.name), ['(a)', '(b)']);
    });
    test('the outline follows edits', async () => {
        const editor = await (0, helpers_1.openDraft)(fixtures_1.OWN_ENGLISH.file);
        const doc = editor.document;
        const operativeCount = async () => part(await (0, helpers_1.documentSymbols)(doc.uri), 'Operative part').children.length;
        const before = await operativeCount();
        await editor.edit((e) => e.insert((0, helpers_1.positionOf)(doc, '3. Decides'), '3. Notes the progress made;\n\n'));
        try {
            await (0, helpers_1.waitFor)('a new operative paragraph in the outline', operativeCount, (n) => n === before + 1);
        }
        finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
        assert.equal(doc.isDirty, false);
    });
});
//# sourceMappingURL=outline.test.js.map