import * as assert from 'node:assert/strict';
import { CORPUS_EN, requireShared } from '../../helpers/paths';
import { draft, findings, realDocuments } from './citationTestUtil';
import { fixtureSuite } from './harness';

const RULE = 'citation-body';

suite('rule citation-body', () => {
	fixtureSuite(RULE);

	test('only the words right beside the number count', () => {
		assert.deepEqual(findings(RULE, draft(
			'Recalling General Assembly resolution 71/19 and Security Council resolution 2178 (2014),',
			'Noting that the Security Council, in its resolution 2396 (2017), and the Economic and Social Council, in its resolution 2019/20,',
			'Recalling resolution 2019/19 of the Economic and Social Council and resolution 1373 (2001) of the Security Council,',
			'Recalling Commission on Human Rights resolution 2005/69 and Human Rights Council resolution 5/1,',
			'Recalling Economic and Social Council resolution 1503 (XLVIII),',
		)), []);
	});

	test('the shape decides the body the catalogue is asked about: an ECOSOC number named GA is looked up as ECOSOC', () => {
		assert.deepEqual(findings(RULE, draft('Recalling General Assembly resolution 2019/20,')), [
			'3: “2019/20” cannot be a text of the General Assembly: year/number is how the Economic and Social Council numbers its texts',
		]);
		assert.deepEqual(findings('citation-date-mismatch', draft('Recalling General Assembly resolution 2019/20 of 24 July 2019,')), [
			'3: Economic and Social Council resolution 2019/20 was adopted on 23 July 2019, not on 24 July 2019',
		]);
	});

	test('no false alarm on the real documents (../shared)', function () {
		requireShared(this, CORPUS_EN);
		for (const { name, text } of realDocuments()) {
			assert.deepEqual(findings(RULE, text), [], name);
		}
	});
});
