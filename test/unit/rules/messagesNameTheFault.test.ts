import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { diagnosticMessage, runRules, type RuleResult } from '../../../server/src/features/diagnostics';
import { LOCALES, MESSAGES, type MessageKey } from '../../../server/src/l10n/messages';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { RULES } from '../../../server/src/rules/index';
import { createContext } from '../../../server/src/rules/types';
import { loadFixtures, RULE_FIXTURES, TEST_NOW } from './harness';

/**
 * Every message of every rule says what is wrong *here*: it names the text or the number it found (the
 * paragraph's last word, the mark, the label, the symbol …), in English, French and Spanish. Each rule is
 * driven by its fixtures (one per document language and input style) and by the drafts below for the
 * messages no fixture reaches; every finding is formatted in the three locales.
 */

/** Messages of findings (not of related places, fixes or nouns), each of which must be reached by a draft here. */
const FINDING_PREFIXES = ['numbering.', 'labels.', 'footnote.', 'reference.', 'unknown.', 'uncatalogued', 'dateMismatch', 'order.before', 'body.mismatch', 'punct.wrong', 'punct.missing', 'lead.', 'organ.'];
const NOT_FINDINGS = /\.related\b|^footnote\.placeholder$|^organ\.name\./;
const FINDING_KEYS = (Object.keys(MESSAGES) as MessageKey[]).filter((k) => FINDING_PREFIXES.some((p) => k.startsWith(p)) && !NOT_FINDINGS.test(k));

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const plain = (s: string) => s
	.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => String(SUPERSCRIPT.indexOf(c)))
	.replace(/\[\^([^\]]*)\]/g, '$1')
	.replace(/[*_]/g, '')
	.replace(/[’']/g, "'")
	.replace(/\s+/g, ' ')
	.trim()
	.toLowerCase();

/** Whether the message names what the finding's span holds: its text, one of its numbers, or a quotation of the text around it. */
export function namesFound(message: string, text: string, span: { start: number; end: number }): boolean {
	const m = plain(message);
	const found = plain(text.slice(span.start, span.end));
	const bare = found.length > 1 ? found.replace(/[,;:.]+$/, '') : found;
	if (bare && m.includes(bare)) {
		return true;
	}
	if ((found.match(/\d+/g) ?? []).some((n) => new RegExp(`(^|\\D)${n}(\\D|$)`).test(m))) {
		return true;
	}
	const around = plain(text.slice(Math.max(0, span.start - 300), span.end + 300));
	const quoted = [...message.matchAll(/[“«]\s?([^”»]+?)\s?[”»]/g)].map((q) => plain(q[1]).replace(/…$/, ''));
	return quoted.some((q) => q.length > 0 && around.includes(q));
}

interface Draft {
	readonly name: string;
	readonly text: string;
	readonly lang?: 'en' | 'fr' | 'es';
	/** "Today", for the messages about texts still to come. */
	readonly now?: Date;
}

const L = (...l: string[]) => `${l.join('\n\n')}\n`;
const LATER = new Date('2026-11-23T00:00:00Z');
const citing = (c: string) => L('The General Assembly,', `Recalling ${c},`, 'Decides to remain seized of the matter.');

/** Drafts for the messages no rule fixture reaches (English documents; every message is formatted in the three locales). */
const EXTRA: readonly Draft[] = [
	{ name: 'extra/en-numbers-missing-many', text: L('The General Assembly,', 'Noting,', '1. Decides;', '2. Requests;', '5. Invites;', '6. Decides.') },
	{ name: 'extra/en-number-wrong', text: L('The General Assembly,', 'Noting,', '1. Decides;', '2. Requests;', '5. Invites;', '4. Decides.') },
	{ name: 'extra/en-labels-missing-many', text: L('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act;', '(d) To do;', '(e) To see;', '2. Requests.') },
	{ name: 'extra/en-label-wrong', text: L('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act;', '(b) To do;', '(e) To see;', '(d) To report;', '2. Requests.') },
	{ name: 'extra/en-label-level', text: L('The General Assembly,', 'Noting,', '1. Decides:', '(ii) To act;', '(a) To do;', '(b) To see;', '2. Requests.') },
	{ name: 'extra/en-label-depth', text: L('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act:', 'a. First;', 'b. Second;', '(b) To report;', '2. Requests.') },
	{ name: 'extra/en-footnote-wrong', text: L('The General Assembly,', 'Recalling the Charter,¹', 'Noting the Agreement,²', 'Noting also the Convention,⁵', 'Noting further the Protocol,⁴', 'Decides.', '¹ One.', '² Two.', '⁵ Three.', '⁴ Four.') },
	{ name: 'extra/en-footnotes-missing-many', text: L('The General Assembly,', 'Noting the Agreement,¹ and the Convention,⁴', 'Decides.', '¹ One.', '⁴ Four.') },
	{ name: 'extra/en-reference-above', text: L('The General Assembly,', 'Noting,', '1. Decides;', '2. Requests a report on paragraph 1 below;', '3. Decides.') },
	{ name: 'extra/en-no-lead', text: L('The General Assembly,', '2030 is near,', '1. Decides;', '2. 2030 is near.') },
	{ name: 'extra/en-hrc-future', text: citing('Human Rights Council resolution 70/1') },
	{ name: 'extra/en-year-future', text: citing('Security Council resolution 2799 (2031)'), now: LATER },
	{ name: 'extra/en-sc-year-before', text: citing('Security Council resolution 2799 (2024)'), now: LATER },
	{ name: 'extra/en-zero', text: citing('its resolution 0/5') },
	{ name: 'extra/en-slash-early', text: citing('General Assembly resolution 25/10') },
];

/**
 * Messages no draft can reach with the built-in catalogue: the Security Council's last resolution has a date there,
 * so "above the last" always names it (`unknown.scAboveLast`).
 */
const UNREACHABLE: readonly MessageKey[] = ['unknown.scAboveLastNoDate'];

function run(d: Draft): RuleResult[] {
	const doc = parse(d.text, d.lang ? { lang: d.lang } : {});
	return runRules(createContext(doc, d.text, new LineMap(d.text), { catalog: loadBuiltinCatalog(), now: d.now ?? TEST_NOW }), {}, (rule, error) => {
		throw new Error(`rule ${rule.id} threw: ${String(error)}`);
	});
}

function drafts(): Draft[] {
	const out: Draft[] = [];
	for (const folder of readdirSync(RULE_FIXTURES)) {
		for (const f of loadFixtures(folder)) {
			out.push({ name: `${folder}/${f.file}`, text: f.text, ...(f.expected.lang === 'en' || f.expected.lang === 'fr' || f.expected.lang === 'es' ? { lang: f.expected.lang } : {}) });
		}
	}
	return [...out, ...EXTRA];
}

suite('every rule message names what it found', () => {
	const runs = drafts().map((d) => ({ ...d, results: run(d) }));

	test('each finding, in English, French and Spanish, names the text or number at its place', () => {
		const bad: string[] = [];
		let count = 0;
		for (const run of runs) {
			for (const r of run.results as RuleResult[]) {
				for (const locale of LOCALES) {
					count++;
					const message = diagnosticMessage(r, locale);
					if (!namesFound(message, run.text, r.finding.span)) {
						bad.push(`${run.name} ${r.rule.id} [${locale}] “${run.text.slice(r.finding.span.start, r.finding.span.end)}”: ${message}`);
					}
				}
			}
		}
		assert.ok(count > 300, `only ${count} messages checked`);
		assert.deepEqual(bad, []);
	});

	test('every rule is driven in documents in English, French and Spanish', () => {
		const langs = new Map<string, Set<string>>();
		for (const run of runs) {
			const lang = run.name.split('/')[1]?.slice(0, 2) ?? '';
			for (const r of run.results) {
				langs.set(r.rule.id, (langs.get(r.rule.id) ?? new Set()).add(lang));
			}
		}
		assert.deepEqual([...langs.keys()].sort(), RULES.map((r) => r.id).sort(), `rules driven: ${[...langs.keys()].join(', ')}`);
		for (const [rule, set] of langs) {
			// English lead words have no gender: agreement is a French and Spanish rule.
			const langs = rule === 'lead-phrase-agreement' ? ['fr', 'es'] : ['en', 'fr', 'es'];
			assert.ok(langs.every((l) => set.has(l)), `${rule} in ${[...set].join(', ')}`);
		}
	});

	test('every message key of a finding is reached by a draft', () => {
		const reached = new Set(runs.flatMap((run) => run.results.map((r) => r.finding.messageKey)));
		assert.deepEqual(FINDING_KEYS.filter((k) => !reached.has(k) && !UNREACHABLE.includes(k)), []);
	});

	test('the French and Spanish templates use every argument the English one does', () => {
		for (const key of FINDING_KEYS) {
			const want = new Set(MESSAGES[key].en.match(/\{\d\}/g) ?? []);
			for (const locale of LOCALES) {
				assert.deepEqual(new Set(MESSAGES[key][locale].match(/\{\d\}/g) ?? []), want, `${key} [${locale}]`);
			}
		}
	});

	test('the punctuation message names the mark found and the mark expected', () => {
		const text = 'The General Assembly,\n\nRecalling its resolution 70/1.\n\n1. Decides to remain seized of the matter.\n';
		const r = run({ name: 'punctuation', text }).find((x) => x.rule.id === 'preambular-punctuation')!;
		assert.equal(diagnosticMessage(r, 'en'), 'This preambular paragraph ends with “.”; it should end with a comma');
		assert.equal(diagnosticMessage(r, 'fr'), 'Cet alinéa du préambule se termine par « . » ; il devrait se terminer par une virgule');
		assert.equal(diagnosticMessage(r, 'es'), 'Este párrafo del preámbulo termina con “.”; debería terminar con una coma');
	});
});
