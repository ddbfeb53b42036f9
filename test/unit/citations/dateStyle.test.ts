import * as assert from 'node:assert/strict';
import { datePhrase, documentDateStyle, formatDate, rewriteDate } from '../../../server/src/citations/dateStyle';
import { applyEdits } from '../../../server/src/fixes/edits';

const rewrite = (text: string, iso: string, style?: { firstDaySuffix: string }) => applyEdits(text, rewriteDate(text, { start: 0, end: text.length }, iso, style) ?? []);

suite('dates in the document’s language and style', () => {
	test('formatDate: English, French with 1er, Spanish with de', () => {
		assert.equal(formatDate('2016-11-21', 'en'), '21 November 2016');
		assert.equal(formatDate('2016-12-01', 'en'), '1 December 2016');
		assert.equal(formatDate('2016-11-21', 'fr'), '21 novembre 2016');
		assert.equal(formatDate('2016-12-01', 'fr'), '1er décembre 2016');
		assert.equal(formatDate('2016-11-21', 'es'), '21 de noviembre de 2016');
		assert.equal(formatDate('2016-12-01', 'es', { firstDaySuffix: '.º' }), '1.º de diciembre de 2016');
		assert.equal(datePhrase('2018-12-17', 'fr'), 'du 17 décembre 2018');
		assert.equal(datePhrase('2018-12-17', 'es'), 'de 17 de diciembre de 2018');
		assert.equal(datePhrase('2018-12-17', 'en'), 'of 17 December 2018');
	});

	test('the first-day style is the document’s own', () => {
		assert.deepEqual(documentDateStyle('sa résolution 60/1 du 1 er octobre 2005', 'fr'), { firstDaySuffix: ' er' });
		assert.deepEqual(documentDateStyle('sa résolution 60/1 du 1^er octobre 2005', 'fr'), { firstDaySuffix: '^er' });
		assert.deepEqual(documentDateStyle('nothing here', 'fr'), { firstDaySuffix: 'er' });
		assert.deepEqual(documentDateStyle('su resolución 60/1, de 1.º de enero de 2005', 'es'), { firstDaySuffix: '.º' });
		assert.deepEqual(documentDateStyle('nada', 'es'), { firstDaySuffix: '' });
	});

	test('rewriteDate changes only the tokens that differ, keeping line breaks, case and ordinals', () => {
		assert.equal(rewrite('19\nDecember 2019', '2019-12-12'), '12\nDecember 2019');
		assert.equal(rewrite('21 November 2016', '2016-11-21'), '21 November 2016');
		assert.equal(rewrite('2 décembre 2020', '2020-12-01'), '1er décembre 2020');
		assert.equal(rewrite('2 décembre 2020', '2020-12-01', { firstDaySuffix: '^er' }), '1^er décembre 2020');
		assert.equal(rewrite('1er décembre 2020', '2020-12-02'), '2 décembre 2020');
		assert.equal(rewrite('1 er décembre 2020', '2020-11-01'), '1 er novembre 2020');
		assert.equal(rewrite('21 de diciembre de 2016', '2016-11-21'), '21 de noviembre de 2016');
		assert.equal(rewrite('2 de enero de 2020', '2020-01-01'), '1 de enero de 2020');
		assert.equal(rewrite('1.º de enero de 2020', '2020-02-03'), '3 de febrero de 2020');
		assert.equal(rewrite('Décembre', '2020-01-01'), 'Décembre', 'not a date: nothing');
		assert.equal(rewriteDate('21 Foo 2016', { start: 0, end: 11 }, '2016-11-21'), undefined);
	});
});
