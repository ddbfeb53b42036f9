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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
// Entry point of the in-host suite: VS Code loads this module in the extension host (test-electron's
// `extensionTestsPath`) and awaits run(). Works the same in code-server (harness/launcher.mjs) and in a
// downloaded VS Code.
//
//   UNRES_E2E_GREP     run only the tests whose full title matches this regular expression
//   UNRES_E2E_RESULTS  write a JSON summary ({ passed, failed, tests }) to this file (read by test/e2e/run.mjs)
//   UNRES_E2E_LOG_TAG  prefix every reporter line with this tag (set by the launcher: in code-server the host's
//                      console arrives in the browser mixed with the workbench's own log)
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const util = __importStar(require("node:util"));
const mocha_1 = __importDefault(require("mocha"));
/** Files run first, in this order; every other *.test.js follows alphabetically. */
const FIRST = ['activation.test.js'];
function run() {
    const tag = process.env.UNRES_E2E_LOG_TAG;
    if (tag) {
        const reporterBase = mocha_1.default.reporters.Base;
        reporterBase.consoleLog = (...args) => console.log(tag + util.format(...args));
    }
    const mocha = new mocha_1.default({ ui: 'tdd', color: false, timeout: 30_000, slow: 5_000 });
    if (process.env.UNRES_E2E_GREP)
        mocha.grep(new RegExp(process.env.UNRES_E2E_GREP));
    const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'));
    files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    for (const f of files)
        mocha.addFile(path.join(__dirname, f));
    const results = [];
    return new Promise((resolve, reject) => {
        const runner = mocha.run((failures) => {
            writeResults(results);
            if (failures > 0)
                reject(new Error(`${failures} of ${results.length} in-host tests failed`));
            else
                resolve();
        });
        runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
        runner.on('fail', (t, err) => results.push({ title: t.fullTitle(), state: 'failed', error: String(err?.stack ?? err).slice(0, 4000) }));
    });
}
function rank(file) {
    const i = FIRST.indexOf(file);
    return i < 0 ? FIRST.length : i;
}
function writeResults(tests) {
    const file = process.env.UNRES_E2E_RESULTS;
    if (!file)
        return;
    const passed = tests.filter((t) => t.state === 'passed').length;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ passed, failed: tests.length - passed, tests }, null, '\t'));
}
//# sourceMappingURL=index.js.map