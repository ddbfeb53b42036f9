import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { diagnosticMessage, runRules, type RuleResult } from '../../../server/src/features/diagnostics';
import { applyEdits } from '../../../server/src/fixes/edits';
import type { Locale, MessageKey } from '../../../server/src/l10n/messages';
import type { Lang } from '../../../server/src/model/document';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { ruleById } from '../../../server/src/rules/index';
import { createContext, type Fix } from '../../../server/src/rules/types';
import { FIXTURES } from '../../helpers/paths';

/**
 * Rule fixtures: `test/fixtures/rules/<rule-id>/<name>.{unres,unres.md,unres.txt}` with, beside each,
 * `<name>.expected.json` — every diagnostic the document must give (any rule), by line (1-based) and a
 * part of the message in `locale` — and, for a fix, `<name>.fixed.<ext>`: the text after applying the fix
 * whose title key is `fix`. A folder `valid/` holds documents that must give no diagnostic at all.
 */

export interface ExpectedDiagnostic {
	readonly rule: string;
	readonly line: number;
	readonly message: string;
	readonly severity?: string;
}

export interface Expectation {
	readonly diagnostics: readonly ExpectedDiagnostic[];
	readonly locale?: Locale;
	/** Title key of the fix that turns the fixture into `<name>.fixed.<ext>`. */
	readonly fix?: MessageKey;
	/** How many references the fix reports as left unchanged. */
	readonly notes?: number;
	readonly lang?: Lang;
}

export interface Fixture {
	readonly folder: string;
	readonly name: string;
	readonly file: string;
	readonly ext: string;
	readonly text: string;
	readonly expected: Expectation;
	readonly fixed?: string;
}

export const RULE_FIXTURES = path.join(FIXTURES, 'rules');
const EXTENSIONS = ['unres.md', 'unres.txt', 'unres'];

export function loadFixtures(folder: string): Fixture[] {
	const dir = path.join(RULE_FIXTURES, folder);
	if (!existsSync(dir)) {
		return [];
	}
	const out: Fixture[] = [];
	for (const file of readdirSync(dir).sort()) {
		const ext = EXTENSIONS.find((e) => file.endsWith(`.${e}`));
		if (!ext || file.includes('.fixed.')) {
			continue;
		}
		const name = file.slice(0, -(ext.length + 1));
		const expectedFile = path.join(dir, `${name}.expected.json`);
		assert.ok(existsSync(expectedFile), `${folder}/${file} has its ${name}.expected.json`);
		const fixedFile = path.join(dir, `${name}.fixed.${ext}`);
		out.push({
			folder, name, file, ext,
			text: readFileSync(path.join(dir, file), 'utf8'),
			expected: JSON.parse(readFileSync(expectedFile, 'utf8')) as Expectation,
			...(existsSync(fixedFile) ? { fixed: readFileSync(fixedFile, 'utf8') } : {}),
		});
	}
	return out;
}

export interface Checked {
	readonly results: RuleResult[];
	readonly lines: LineMap;
}

/**
 * "Today" for the rules, fixed so that tests do not age: the last day of the built-in catalogue's data, so that the
 * Security Council's last adopted resolution is exactly the catalogue's last one.
 */
export const TEST_NOW = new Date('2026-03-31T12:00:00Z');

export function check(text: string, lang?: Lang): Checked {
	const doc = parse(text, lang ? { lang } : {});
	const lines = new LineMap(text);
	const results = runRules(createContext(doc, text, lines, { catalog: loadBuiltinCatalog(), now: TEST_NOW }), {}, (rule, error) => {
		throw new Error(`rule ${rule.id} threw: ${error instanceof Error ? error.stack : String(error)}`);
	});
	return { results, lines };
}

export function describe(results: readonly RuleResult[], lines: LineMap, locale: Locale = 'en'): { rule: string; line: number; message: string; severity: string }[] {
	return results.map((r) => ({ rule: r.rule.id, line: lines.position(r.finding.span.start).line + 1, message: diagnosticMessage(r, locale), severity: r.severity }));
}

/** The fix with this title key, from the first finding that offers it. */
export function findFix(results: readonly RuleResult[], key: MessageKey): Fix | undefined {
	for (const r of results) {
		const fix = r.finding.fixes?.find((f) => f.titleKey === key);
		if (fix) {
			return fix;
		}
	}
	return undefined;
}

export function checkFixture(f: Fixture): void {
	const { results, lines } = check(f.text, f.expected.lang);
	const actual = describe(results, lines, f.expected.locale);
	const unmatched = [...actual];
	const missing: ExpectedDiagnostic[] = [];
	for (const e of f.expected.diagnostics) {
		const i = unmatched.findIndex((a) => a.rule === e.rule && a.line === e.line && a.message.includes(e.message) && (!e.severity || a.severity === e.severity));
		if (i < 0) {
			missing.push(e);
		} else {
			unmatched.splice(i, 1);
		}
	}
	assert.deepEqual({ missing, unexpected: unmatched }, { missing: [], unexpected: [] }, `${f.folder}/${f.file}: diagnostics\n${JSON.stringify(actual, null, 1)}`);

	assert.equal(f.fixed !== undefined, f.expected.fix !== undefined, `${f.folder}/${f.file}: "fix" in the expectations goes with a ${f.name}.fixed.${f.ext}`);
	if (f.fixed === undefined || f.expected.fix === undefined) {
		return;
	}
	const fix = findFix(results, f.expected.fix);
	assert.ok(fix, `${f.folder}/${f.file}: a fix "${f.expected.fix}" is offered`);
	const after = applyEdits(f.text, fix.edits);
	assert.equal(after, f.fixed, `${f.folder}/${f.file}: the text after the fix`);
	if (f.expected.notes !== undefined) {
		assert.equal(fix.notes?.length ?? 0, f.expected.notes, `${f.folder}/${f.file}: references left unchanged`);
	}
	// The fix leaves nothing for the rule to report, and is not offered again.
	const again = check(after, f.expected.lang);
	const rule = ruleById(f.folder) ? f.folder : undefined;
	assert.deepEqual(describe(again.results.filter((r) => r.rule.id === rule), again.lines), [], `${f.folder}/${f.file}: diagnostics after the fix`);
	assert.equal(findFix(again.results, f.expected.fix), undefined, `${f.folder}/${f.file}: the fix is not offered again`);
}

/** One test per fixture of a rule, and one that the rule is registered and covered in every language and style. */
export function fixtureSuite(ruleId: string): void {
	const fixtures = loadFixtures(ruleId);
	test(`${ruleId} is registered and has fixtures in English, French and Spanish, in each input style`, () => {
		assert.ok(ruleById(ruleId), `${ruleId} is in the registry`);
		const withFault = fixtures.filter((f) => f.expected.diagnostics.some((d) => d.rule === ruleId));
		for (const lang of ['en', 'fr', 'es']) {
			for (const style of ['superscript', 'markdown', 'plain']) {
				assert.ok(withFault.some((f) => f.name.startsWith(`${lang}-${style}`)), `a fixture ${lang}-${style}-* with a ${ruleId} fault`);
			}
		}
	});
	for (const f of fixtures) {
		test(`${f.file}`, () => checkFixture(f));
	}
}
