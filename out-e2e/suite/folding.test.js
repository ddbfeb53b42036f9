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
// Folding ranges (textDocument/foldingRange): heading zone, preamble, operative part, paragraphs, footnotes.
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const fixtures_1 = require("./fixtures");
const helpers_1 = require("./helpers");
suite('Folding', () => {
    test('a French draft folds its preamble and its operative part, and ranges stay inside the document', async () => {
        const draft = await (0, fixtures_1.frenchDraft)((f) => (0, helpers_1.exists)((0, helpers_1.workspaceFile)(f)));
        const editor = await (0, helpers_1.openDraft)(draft.file);
        const doc = editor.document;
        const ranges = await (0, helpers_1.foldingRanges)(doc.uri);
        for (const r of ranges) {
            assert.ok(r.start < r.end && r.end < doc.lineCount, `bad range ${r.start}-${r.end}`);
        }
        const lineOf = (prefix) => {
            for (let i = 0; i < doc.lineCount; i++)
                if (doc.lineAt(i).text.startsWith(prefix))
                    return i;
            assert.fail(`no line starting with ${JSON.stringify(prefix)}`);
        };
        const organ = lineOf(draft.organLine);
        const firstOperative = lineOf('1. ');
        const preamble = ranges.find((r) => r.start === organ && r.kind === vscode.FoldingRangeKind.Region);
        assert.ok(preamble, `no region folding the preamble from line ${organ + 1}`);
        assert.ok(preamble.end < firstOperative, 'the preamble fold runs into the operative part');
        assert.ok(ranges.some((r) => r.start === firstOperative && r.kind === vscode.FoldingRangeKind.Region), `no region folding the operative part from line ${firstOperative + 1}`);
    });
    test('the fold commands of the editor use them', async () => {
        const draft = await (0, fixtures_1.frenchDraft)((f) => (0, helpers_1.exists)((0, helpers_1.workspaceFile)(f)));
        const editor = await (0, helpers_1.openDraft)(draft.file);
        await (0, helpers_1.foldingRanges)(editor.document.uri);
        await vscode.commands.executeCommand('editor.foldAll');
        try {
            await new Promise((r) => setTimeout(r, 300));
            const visible = editor.visibleRanges.reduce((n, r) => n + r.end.line - r.start.line + 1, 0);
            assert.ok(visible < editor.document.lineCount, 'fold all left every line visible');
        }
        finally {
            await vscode.commands.executeCommand('editor.unfoldAll');
        }
    });
});
//# sourceMappingURL=folding.test.js.map