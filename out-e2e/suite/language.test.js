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
// The contributed language: its id, the file names it claims, its configuration.
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const fixtures_1 = require("./fixtures");
const helpers_1 = require("./helpers");
function contribution() {
    const languages = (0, helpers_1.extension)().packageJSON.contributes?.languages ?? [];
    const unres = languages.find((l) => l.id === helpers_1.LANGUAGE_ID);
    assert.ok(unres, 'package.json contributes no "unres" language');
    return unres;
}
suite('Language', () => {
    test('VS Code knows the "unres" language', async () => {
        assert.ok((await vscode.languages.getLanguages()).includes(helpers_1.LANGUAGE_ID));
    });
    test('it claims *.unres, *.unres.md and *.unres.txt, and only those', async () => {
        assert.deepEqual([...(contribution().extensions ?? [])].sort(), ['.unres', '.unres.md', '.unres.txt']);
        const txt = (0, helpers_1.workspaceFile)('copied-from-pdf.unres.txt');
        await vscode.workspace.fs.writeFile(txt, new TextEncoder().encode('The General Assembly,\n\n1. Decides to remain seized of the matter.\n'));
        for (const uri of [(0, helpers_1.workspaceFile)(fixtures_1.OWN_ENGLISH.file), (0, helpers_1.workspaceFile)(fixtures_1.OWN_FRENCH.file), txt]) {
            const doc = await vscode.workspace.openTextDocument(uri);
            assert.equal(doc.languageId, helpers_1.LANGUAGE_ID, `${uri.path} opened as ${doc.languageId}`);
        }
        const notes = await vscode.workspace.openTextDocument((0, helpers_1.workspaceFile)(fixtures_1.PLAIN_NOTES));
        assert.equal(notes.languageId, 'plaintext');
    });
    test('its language configuration file ships with the extension', async () => {
        const file = contribution().configuration;
        assert.ok(file, 'no language configuration declared');
        assert.ok(await (0, helpers_1.exists)(vscode.Uri.joinPath((0, helpers_1.extension)().extensionUri, file)), `${file} is missing`);
    });
});
//# sourceMappingURL=language.test.js.map