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
exports.LANGUAGE_ID = exports.EXTENSION_ID = void 0;
exports.extension = extension;
exports.workspaceFolder = workspaceFolder;
exports.workspaceFile = workspaceFile;
exports.exists = exists;
exports.openDraft = openDraft;
exports.waitFor = waitFor;
exports.documentSymbols = documentSymbols;
exports.flatten = flatten;
exports.foldingRanges = foldingRanges;
exports.diagnosticsFor = diagnosticsFor;
exports.hoverTextsAt = hoverTextsAt;
exports.codeActionsAt = codeActionsAt;
exports.applyCodeAction = applyCodeAction;
exports.completionsAt = completionsAt;
exports.labelOf = labelOf;
exports.positionOf = positionOf;
// What the in-host tests do through the `vscode` API. One helper per editor feature, so a test of a new
// feature (diagnostics, hover, quick fix, completion) is a few lines: see the bottom half of this file.
const assert = __importStar(require("node:assert/strict"));
const vscode = __importStar(require("vscode"));
exports.EXTENSION_ID = 'unres.unres';
exports.LANGUAGE_ID = 'unres';
function extension() {
    const ext = vscode.extensions.getExtension(exports.EXTENSION_ID);
    assert.ok(ext, `extension ${exports.EXTENSION_ID} is not loaded`);
    return ext;
}
/** The folder the harness opened (a temporary copy of the drafts). */
function workspaceFolder() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    return folder;
}
function workspaceFile(name) {
    return vscode.Uri.joinPath(workspaceFolder().uri, name);
}
async function exists(uri) {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    }
    catch {
        return false;
    }
}
/** Opens a workspace file in an editor, as a person double-clicking it would. */
async function openDraft(name) {
    const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
    return vscode.window.showTextDocument(doc, { preview: false });
}
/** Polls `probe` until it returns a value that `done` accepts; fails with the last value after `timeoutMs`. */
async function waitFor(what, probe, done = (v) => Boolean(v), timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    let last;
    let lastError;
    for (;;) {
        try {
            last = await probe();
            if (done(last))
                return last;
        }
        catch (err) {
            lastError = err;
        }
        if (Date.now() > deadline) {
            const seen = lastError ? `error: ${String(lastError)}` : `last value: ${JSON.stringify(last)?.slice(0, 500)}`;
            assert.fail(`timed out after ${timeoutMs} ms waiting for ${what} (${seen})`);
        }
        await new Promise((r) => setTimeout(r, 100));
    }
}
// ---- outline and folding (what the server provides now) -------------------------------------------------
/** The document's symbols once the language server answers with some (it may still be starting). */
async function documentSymbols(uri, timeoutMs) {
    return waitFor(`document symbols of ${uri.path}`, async () => (await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)) ?? [], (symbols) => symbols.length > 0, timeoutMs);
}
/** Every symbol of the tree, depth first, with its depth (0 = top level). */
function flatten(symbols, depth = 0) {
    return symbols.flatMap((symbol) => [{ symbol, depth }, ...flatten(symbol.children, depth + 1)]);
}
async function foldingRanges(uri) {
    return waitFor(`folding ranges of ${uri.path}`, async () => (await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri)) ?? [], (ranges) => ranges.length > 0);
}
// ---- diagnostics, hover, quick fixes, completion -----------------------------------------------------------
// Ready for the features that come next: a test calls these and asserts on what they return.
/** Diagnostics of the extension on `uri`, once `done` accepts them (by default: once there is at least one). */
async function diagnosticsFor(uri, done = (d) => d.length > 0, timeoutMs) {
    return waitFor(`diagnostics on ${uri.path}`, () => vscode.languages.getDiagnostics(uri), done, timeoutMs);
}
/** Hover texts at a position, as plain strings (Markdown source). */
async function hoverTextsAt(uri, position) {
    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position)) ?? [];
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}
/** Code actions offered for a range (e.g. a diagnostic's), optionally of one kind such as QuickFix. */
async function codeActionsAt(uri, range, kind) {
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind?.value)) ?? [];
    // A bare Command has a string `command`; a CodeAction has an optional Command object there.
    return actions.filter((a) => typeof a.command !== 'string');
}
/** Applies a code action the way the light bulb does: its edit through workspace.applyEdit, then its command. */
async function applyCodeAction(action) {
    if (action.edit)
        assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" was not applied`);
    if (action.command)
        await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
/** Completion items at a position. */
async function completionsAt(uri, position, triggerCharacter) {
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position, triggerCharacter);
    return list?.items ?? [];
}
function labelOf(item) {
    return typeof item.label === 'string' ? item.label : item.label.label;
}
/** Position of the first occurrence of `text` in the document (fails if absent). */
function positionOf(doc, text, offsetInText = 0) {
    const at = doc.getText().indexOf(text);
    assert.ok(at >= 0, `"${text}" not found in ${doc.uri.path}`);
    return doc.positionAt(at + offsetInText);
}
//# sourceMappingURL=helpers.js.map