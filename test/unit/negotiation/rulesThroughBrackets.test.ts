import * as assert from 'node:assert/strict';
import { check, describe } from '../rules/harness';

const run = (text: string) => {
	const { results, lines } = check(text);
	return describe(results, lines).map((d) => `${d.line} ${d.rule} ${d.message}`);
};

suite('existing rules read through brackets and labels', () => {
	test('each alternative lead phrase is checked; a label or a bracket alone fires nothing', () => {
		const text = 'The General Assembly,\n\nPP1 [Recalling][Blabla] its resolution 68/163,\n\nOP1 [Decides][Requests] to act;\n\nOP2 [Calls upon / Frobnicates] States to act.\n';
		assert.deepEqual(run(text), [
			'3 unknown-lead-phrase “Blabla” is not a known preambular lead phrase: expected a participle or an adjective, such as “Recalling”',
			'7 unknown-lead-phrase “Frobnicates” is not a known operative verb: expected a verb, such as “Decides”',
		]);
	});

	test('endings inside brackets count; status marks and attributions are not endings', () => {
		const text = 'The General Assembly,\n\nPP1 Recalling its resolution 68/163[,] [Agreed ad ref]\n\nOP1 Decides to act[; - EU retain]\n\nOP2 Requests a report[.]\n';
		assert.deepEqual(run(text), []);
		const wrong = 'The General Assembly,\n\nPP1 Recalling its resolution 68/163[;]\n\nOP1 Decides to end.\n';
		assert.deepEqual(run(wrong).map((l) => l.split(' ').slice(0, 2).join(' ')).filter((l) => l.endsWith('punctuation')), ['3 preambular-punctuation']);
	});

	test('numbering accepts bis/ter/alt and reports what is really wrong', () => {
		const ok = 'The General Assembly,\n\nPP1 Recalling,\n\nOP1 Decides;\n\nOP1bis Requests;\n\nOP1ter Invites;\n\nOP2 Decides;\n\nOP2alt Also decides;\n\nOP3 Decides to end.\n';
		assert.deepEqual(run(ok), []);
		const bad = 'The General Assembly,\n\nPP1 Recalling,\n\nOP1 Decides;\n\nOP1ter Requests;\n\nOP1bis Invites;\n\nOP1bis Urges;\n\nOP2 Decides to end.\n\nPP2 Noting,\n';
		assert.deepEqual(run(bad).filter((l) => l.includes('operative-numbering')), [
			'7 operative-numbering OP1ter has no paragraph 1 bis before it',
			'9 operative-numbering OP1bis comes after OP1ter: the labels go backwards',
			'11 operative-numbering The label OP1bis appears twice',
			'15 operative-numbering PP2 labels a paragraph of the other part: PP is preambular, OP operative',
		]);
	});
});
