import * as assert from 'node:assert/strict';
import { parseCsv } from '../../../server/src/catalog/csv';

suite('catalog: CSV through csv-parse', () => {
	test('records keep the line they start on, across quoted line breaks, CRLF and a byte order mark', () => {
		const { records, problems } = parseCsv('\ufeffa,b\r\n1,"two\r\nlines"\r\n\r\n3,"x, ""y"""\r\n');
		assert.deepEqual(problems, []);
		assert.deepEqual(records.map((r) => [r.line, r.fields]), [[1, ['a', 'b']], [2, ['1', 'two\r\nlines']], [5, ['3', 'x, "y"']]]);
	});

	test('an unclosed quote costs its own row only: reading resumes on the next line', () => {
		const { records, problems } = parseCsv('a,b\n1,ok\n\n2,"open\n3,ok\n4,ok\n');
		assert.deepEqual(problems, [{ line: 4, message: 'unclosed quote: the row is skipped' }]);
		assert.deepEqual(records.map((r) => [r.line, r.fields]), [[1, ['a', 'b']], [2, ['1', 'ok']], [5, ['3', 'ok']], [6, ['4', 'ok']]]);
	});

	test('lines of blanks are no records; stray quotes inside a field are kept as written', () => {
		const { records, problems } = parseCsv('a,b\n   \n1,x"y\n2,z\n');
		assert.deepEqual(problems, []);
		assert.deepEqual(records.map((r) => [r.line, r.fields]), [[1, ['a', 'b']], [3, ['1', 'x"y']], [4, ['2', 'z']]]);
	});
});
