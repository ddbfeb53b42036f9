import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { toDiagnostic } from '../../../server/src/features/diagnostics';
import { LineMap } from '../../../server/src/parser/lines';
import { RULE_DOCS_BASE, ruleDocUrl } from '../../../server/src/rules/docs';
import { RULES } from '../../../server/src/rules/index';
import { check } from './harness';

/**
 * The rule pages and the registry agree, as markdownlint's meta-tests keep its docs: one page per rule with its
 * default, its description, a sourced "why", examples the rule really flags and really passes, options and fix;
 * package.json's `unres.rules` settings list the same rules; every diagnostic links to its page.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const DOCS = path.join(ROOT, 'docs', 'rules');
const page = (id: string): string => readFileSync(path.join(DOCS, `${id}.md`), 'utf8');

suite('rules: documentation pages', () => {
	test('one page per rule, no page without a rule, and the index lists each once', () => {
		const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
		assert.deepEqual(pages, RULES.map((r) => r.id).sort());
		const index = readFileSync(path.join(DOCS, 'README.md'), 'utf8');
		for (const rule of RULES) {
			assert.equal(index.split(`](${rule.id}.md)`).length - 1, 1, `README.md links ${rule.id} once`);
		}
	});

	for (const rule of RULES) {
		test(`${rule.id}: title, default, description, and the sections in order`, () => {
			const md = page(rule.id);
			assert.ok(md.startsWith(`# ${rule.id}\n`), 'title is the id');
			assert.ok(md.includes(`Default severity: **${rule.defaultSeverity}**`), 'default severity as in the registry');
			assert.ok(md.includes(`\n${rule.description}\n`), 'the registry description, verbatim');
			const sections = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
			assert.deepEqual(sections, ['Why', 'Examples', 'Options', 'Fix']);
			const why = md.slice(md.indexOf('## Why'), md.indexOf('## Examples'));
			assert.match(why, /\]\(https?:\/\/|UN Parallel Corpus|GA 50\/11|adopted texts/, 'the why names its source');
			assert.ok(md.includes(`"${rule.id}": "off"`), 'the options show the setting key');
		});

		test(`${rule.id}: the wrong example is flagged by the rule, the right one is not`, () => {
			const md = page(rule.id);
			const example = (kind: string): string => {
				const m = new RegExp(`${kind}:\\n\\n\`\`\`unres\\n([\\s\\S]*?)\\n\`\`\``).exec(md);
				assert.ok(m, `a ${kind} example`);
				return `${m[1]}\n`;
			};
			const found = (text: string) => check(text).results.filter((r) => r.rule.id === rule.id);
			assert.ok(found(example('Wrong')).length > 0, 'the wrong example is flagged');
			assert.deepEqual(found(example('Right')).map((r) => r.finding.messageKey), [], 'the right example passes');
		});
	}

	test("package.json's unres.rules settings are the registry, with its defaults", () => {
		const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
			contributes: { configuration: { properties: Record<string, { properties?: Record<string, { default: string }> }> } | { properties: Record<string, { properties?: Record<string, { default: string }> }> }[] };
		};
		const configs = [manifest.contributes.configuration].flat();
		const settings = configs.map((c) => c.properties['unres.rules']).find((p) => p !== undefined)?.properties ?? {};
		assert.deepEqual(Object.keys(settings).sort(), RULES.map((r) => r.id).sort());
		for (const rule of RULES) {
			assert.equal(settings[rule.id].default, rule.defaultSeverity, rule.id);
		}
	});

	test('each diagnostic links to its rule page', () => {
		assert.match(RULE_DOCS_BASE, /^https:\/\/.+\/docs\/rules\/$/);
		const text = '1. *Decides* to act;\n\n3. *Decides* to remain seized of the matter.\n';
		const { results } = check(text);
		assert.ok(results.length > 0);
		for (const r of results) {
			const d = toDiagnostic(r, 'file:///d.unres', new LineMap(text), 'en');
			assert.deepEqual(d.codeDescription, { href: ruleDocUrl(r.rule.id) });
			assert.ok(d.codeDescription?.href.endsWith(`/docs/rules/${r.rule.id}.md`));
		}
	});
});
