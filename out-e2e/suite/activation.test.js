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
// Runs first (see index.ts): the extension must wake up when a resolution draft is opened.
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
const fixtures_1 = require("./fixtures");
const helpers_1 = require("./helpers");
suite('Activation', () => {
    test('the extension is installed from the development folder', () => {
        const ext = (0, helpers_1.extension)();
        assert.equal(ext.packageJSON.name, 'unres');
        assert.equal(ext.packageJSON.main, './dist/extension.js');
    });
    test('opening a .unres file activates it and starts the language server', async () => {
        const editor = await (0, helpers_1.openDraft)(fixtures_1.OWN_ENGLISH.file);
        assert.equal(editor.document.languageId, helpers_1.LANGUAGE_ID);
        await (0, helpers_1.waitFor)('the extension to be active', () => (0, helpers_1.extension)().isActive);
        // The server answers: the outline of the draft is not empty.
        const symbols = await (0, helpers_1.documentSymbols)(editor.document.uri, 20_000);
        assert.ok(symbols.length > 0);
    });
    test('its commands are registered once active', async () => {
        const commands = await vscode.commands.getCommands(true);
        for (const id of ['unres.restartServer', 'unres.showOutputChannel', 'unres.setLanguage', 'unres.treatAsResolution']) {
            assert.ok(commands.includes(id), `command ${id} is not registered`);
        }
    });
});
//# sourceMappingURL=activation.test.js.map