import * as assert from 'node:assert/strict';
import { citationLists } from '../../../server/src/citations/lists';
import { applyEdits } from '../../../server/src/fixes/edits';
import { parse } from '../../../server/src/parser/parse';
import { CORPUS_EN, requireShared } from '../../helpers/paths';
import { draft, findings, realDocuments, results } from './citationTestUtil';
import { fixtureSuite } from './harness';

const RULE = 'citation-order';

suite('rule citation-order', () => {
	fixtureSuite(RULE);

	test('a date shared by the list stays where it is when the items are sorted', () => {
		const text = draft('Recalling its resolutions 74/54, 73/50 and 72/38, all of 12 December 2019,');
		const [found] = results(RULE, text);
		assert.equal(applyEdits(text, found.r.finding.fixes?.[0]?.edits ?? []), draft('Recalling its resolutions 72/38, 73/50 and 74/54, all of 12 December 2019,'));
	});

	test('without dates, the numbering of one series orders; items of different series are left alone', () => {
		assert.deepEqual(findings(RULE, draft('Recalling its resolutions 53/30 and 52/214,'), { catalog: null }), [
			'3: 52/214 is cited after 53/30, which is more recent: lists of resolutions run in chronological order',
		]);
		assert.deepEqual(findings(RULE, draft('Recalling its resolutions 52/27 and 2019/19,'), { catalog: null }), []);
		assert.deepEqual(findings(RULE, draft('Recalling resolutions 62/4 and 61/11 of the Commission on Narcotic Drugs,')), [], 'a commission’s numbering is not cited as ours');
	});

	test('the lists of the real documents are in chronological order (../shared)', function () {
		requireShared(this, CORPUS_EN);
		let lists = 0;
		for (const { name, text } of realDocuments()) {
			lists += citationLists(parse(text).citations).length;
			assert.deepEqual(findings(RULE, text), [], name);
		}
		assert.ok(lists >= 10, `${lists} lists`);
	});
});
