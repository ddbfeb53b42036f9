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
// The commands the extension contributes, run as the Command Palette would run them.
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const fixtures_1 = require("./fixtures");
const helpers_1 = require("./helpers");
suite('Commands', () => {
    test('every contributed command has a title in the "unres" category', async () => {
        const contributed = (0, helpers_1.extension)().packageJSON.contributes.commands;
        assert.deepEqual(contributed.map((c) => c.command).sort(), [
            'unres.restartServer',
            'unres.setLanguage',
            'unres.showOutputChannel',
            'unres.treatAsResolution',
        ]);
        for (const c of contributed) {
            assert.ok(c.title.length > 0);
            assert.equal(c.category, 'unres');
        }
    });
    test('unres.restartServer: the language server comes back and answers', async () => {
        const editor = await (0, helpers_1.openDraft)(fixtures_1.OWN_ENGLISH.file);
        await (0, helpers_1.documentSymbols)(editor.document.uri);
        await vscode.commands.executeCommand('unres.restartServer');
        const symbols = await (0, helpers_1.documentSymbols)(editor.document.uri, 20_000);
        assert.ok(symbols.length > 0);
    });
    test('unres.showOutputChannel runs without error', async () => {
        await (0, helpers_1.openDraft)(fixtures_1.OWN_ENGLISH.file);
        await vscode.commands.executeCommand('unres.showOutputChannel');
    });
    test('unres.setLanguage writes the unres.language setting of the draft\'s folder', async () => {
        const editor = await (0, helpers_1.openDraft)(fixtures_1.OWN_ENGLISH.file);
        const config = () => vscode.workspace.getConfiguration('unres', editor.document.uri);
        try {
            await vscode.commands.executeCommand('unres.setLanguage', 'es');
            assert.equal(config().inspect('language')?.workspaceFolderValue, 'es');
            // The server re-reads its settings and still answers.
            assert.ok((await (0, helpers_1.documentSymbols)(editor.document.uri)).length > 0);
        }
        finally {
            await config().update('language', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
        }
        assert.equal(config().get('language'), 'auto');
    });
    test('unres.treatAsResolution turns a plain-text file into an unres document the server reads', async () => {
        const uri = (0, helpers_1.workspaceFile)(fixtures_1.PLAIN_NOTES);
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        assert.equal(editor.document.languageId, 'plaintext');
        await vscode.commands.executeCommand('unres.treatAsResolution');
        const doc = await (0, helpers_1.waitFor)('notes.txt to become an unres document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()), (d) => d?.languageId === helpers_1.LANGUAGE_ID);
        assert.ok(doc);
        const symbols = await (0, helpers_1.documentSymbols)(uri, 20_000);
        assert.ok(symbols.some((s) => s.name === 'Operative part'), `outline: ${symbols.map((s) => s.name).join(' | ')}`);
    });
});
//# sourceMappingURL=commands.test.js.map