import * as assert from 'node:assert/strict';
import { ruleById } from '../../../server/src/rules/index';
import { check, checkFixture, describe, loadFixtures } from './harness';

const RULE = 'lead-phrase-agreement';

suite(`rule ${RULE}`, () => {
	const fixtures = loadFixtures(RULE);

	// English lead words have no gender: the rule fires in French and Spanish only, and is silent in English.
	test(`${RULE} is registered, fires in French and Spanish in each input style, and not in English`, () => {
		assert.ok(ruleById(RULE));
		const withFault = fixtures.filter((f) => f.expected.diagnostics.some((d) => d.rule === RULE));
		for (const lang of ['fr', 'es']) {
			for (const style of ['superscript', 'markdown', 'plain']) {
				assert.ok(withFault.some((f) => f.name.startsWith(`${lang}-${style}`)), `a fixture ${lang}-${style}-* with a ${RULE} fault`);
			}
		}
		for (const style of ['superscript', 'markdown', 'plain']) {
			assert.ok(fixtures.some((f) => f.name.startsWith(`en-${style}`) && f.expected.diagnostics.length === 0), `an English ${style} fixture without a finding`);
		}
	});
	for (const f of fixtures) {
		test(f.file, () => checkFixture(f));
	}

	test('an organ the text does not name leaves the agreement unchecked', () => {
		const c = check('Convaincu que la coopération est utile,\n\n1. Décide de rester saisi de la question.\n', 'fr');
		assert.deepEqual(describe(c.results.filter((r) => r.rule.id === RULE), c.lines), []);
	});
});
