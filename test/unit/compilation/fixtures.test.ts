import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkText } from '../../../server/src/check/check';
import { runRules } from '../../../server/src/features/diagnostics';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { splitCompilation } from '../../../server/src/parser/compilation';
import { LineMap } from '../../../server/src/parser/lines';
import { parseVersion } from '../../../server/src/parser/parse';
import { createContext } from '../../../server/src/rules/types';
import { FIXTURES } from '../../helpers/paths';
import { describeDiagnostic, serviceWith } from './harness';

/** Small compilations in English, French and Spanish; each `<name>.expected.json` says what each text gives. */
interface Expected {
	readonly texts: readonly { line: number; outline?: string; diagnostics: readonly string[] }[];
	readonly summary?: string;
}

const DIR = path.join(FIXTURES, 'compilation');
const NOW = new Date('2026-12-01');
const catalog = loadBuiltinCatalog();
const short = (d: Diagnostic) => `${d.range.start.line + 1} ${String(d.code)} ${['', 'error', 'warning', 'information', 'hint'][d.severity ?? 1]}`;

suite('compilations: fixtures EN/FR/ES', () => {
	for (const name of readdirSync(DIR).filter((f) => !f.endsWith('.json')).sort()) {
		const text = readFileSync(path.join(DIR, name), 'utf8');
		const expected = JSON.parse(readFileSync(path.join(DIR, name.replace(/\.unres\.(?:txt|md)$/, '.expected.json')), 'utf8')) as Expected;
		const starts = expected.texts.map((t) => t.line - 1);
		const textOf = (line: number) => starts.filter((s) => s <= line).length - 1;

		test(`${name}: ${expected.texts.length} text(s), where they start`, () => {
			assert.deepEqual(splitCompilation(text).map((s) => s.line), starts);
		});

		test(`${name}: diagnostics per text, from the server and from unres check, as each text alone`, async () => {
			const { service, uri, failures } = serviceWith(name, text);
			const diagnostics = (await service.getDiagnostics(uri))?.diagnostics ?? [];
			assert.deepEqual(expected.texts.map((_, i) => diagnostics.filter((d) => textOf(d.range.start.line) === i).map(short)), expected.texts.map((t) => t.diagnostics));
			assert.deepEqual(failures, []);
			// unres check: the same findings.
			const lines = new LineMap(text);
			const cli = checkText(text, { catalog, extend: (ctx) => ({ ...ctx, now: NOW }) }).results.map((r) => `${lines.position(r.finding.span.start).line + 1} ${r.rule.id} ${r.severity}`);
			assert.deepEqual(cli, expected.texts.flatMap((t) => t.diagnostics));
			// Each text opened alone gives what it gives in the file.
			const segments = splitCompilation(text);
			for (const [i, s] of segments.entries()) {
				const alone = serviceWith(`${i}-${name}`, text.slice(s.start, s.end));
				const own = ((await alone.service.getDiagnostics(alone.uri))?.diagnostics ?? []).map((d) => describeDiagnostic(d, s.line));
				assert.deepEqual(diagnostics.filter((d) => textOf(d.range.start.line) === i).map((d) => describeDiagnostic(d)), own);
			}
		});

		if (expected.texts.length > 1) {
			test(`${name}: read as one text (as before), it had faults that are not there`, () => {
				const facts = parseVersion(text);
				const ctx = createContext(facts.doc, text, new LineMap(text), { catalog, now: NOW, facts });
				const asOne = runRules(ctx).filter((r) => r.severity === 'error' || r.severity === 'warning').length;
				const perText = expected.texts.flatMap((t) => t.diagnostics).filter((d) => / (?:error|warning)$/.test(d)).length;
				assert.ok(asOne > perText, `${asOne} errors and warnings as one text, ${perText} text by text`);
			});

			test(`${name}: one outline entry per resolution; the status bar counts every text`, async () => {
				const { service, uri } = serviceWith(name, text);
				const symbols = await service.getDocumentSymbols(uri);
				assert.deepEqual(symbols.map((s) => s.name), expected.texts.map((t) => t.outline));
				assert.deepEqual(symbols.map((s) => s.range.start.line), starts);
				assert.ok(symbols.every((s) => (s.children ?? []).every((c) => c.range.start.line >= s.range.start.line && c.range.end.line <= s.range.end.line)), 'each text’s outline lies inside it');
				const info = (await service.getDocumentInfo(uri))?.info;
				assert.equal(info?.summary, expected.summary);
				assert.equal(info?.resolutions, expected.texts.length);
			});
		}
	}
});
