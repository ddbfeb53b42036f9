import * as assert from 'node:assert/strict';
import { JsonSyntaxError, parseJsonWithPositions } from '../../../server/src/catalog/jsonPositions';

suite('catalog: JSON with positions (jsonc-parser)', () => {
	test('values equal JSON.parse on valid JSON', () => {
		for (const text of ['[]', '{}', '[1, -2.5e3, "a\\u00e9\\n", true, false, null]', '{"entries": [{"symbol": "A/RES/70/1", "parts": ["A", "B"]}], "n": 0}']) {
			assert.deepEqual(parseJsonWithPositions(text).value, JSON.parse(text), text);
		}
	});

	test('a "__proto__" key is an own property, as JSON.parse makes it, and pollutes nothing', () => {
		const text = '{"__proto__": {"polluted": true}, "symbol": "A/RES/70/1"}';
		const value = parseJsonWithPositions(text).value as Record<string, unknown>;
		assert.equal(Object.getPrototypeOf(value), Object.prototype);
		assert.deepEqual(Object.keys(value), ['__proto__', 'symbol']);
		assert.deepEqual(Object.getOwnPropertyDescriptor(value, '__proto__')?.value, { polluted: true });
		assert.equal((value as { polluted?: unknown }).polluted, undefined);
		assert.equal(({} as { polluted?: unknown }).polluted, undefined);
		assert.deepEqual(value, JSON.parse(text));
	});

	test('lines of objects, arrays and array elements', () => {
		const doc = parseJsonWithPositions('{\n  "entries": [\n    {"symbol": "x"},\n\n    "bare"\n  ]\n}');
		const root = doc.value as { entries: object[] };
		assert.equal(doc.lineOf(root), 1);
		assert.equal(doc.lineOf(root.entries), 2);
		assert.equal(doc.lineOfElement(root.entries as never, 0), 3);
		assert.equal(doc.lineOfElement(root.entries as never, 1), 5);
		assert.equal(doc.lineOfElement(root.entries as never, 2), undefined);
		assert.equal(doc.lineOf({}), undefined);
	});

	test('syntax errors name their line and column; comments and trailing commas are not JSON', () => {
		const cases: [string, RegExp][] = [
			['[1,\n 2\n 3]', /^expected ',' or '\]' \(line 3, column 2\)$/],
			['{"a": 1\n "b": 2}', /^expected ',' or '\}' \(line 2, column 2\)$/],
			['[1, 2,]', /\(line 1, column 7\)$/],
			['// note\n[]', /^comments are not allowed in JSON \(line 1, column 1\)$/],
			['', /^unexpected end of file \(line 1, column 1\)$/],
			['[1] x', /^unexpected text after the end of the JSON value/],
		];
		for (const [text, message] of cases) {
			assert.throws(() => parseJsonWithPositions(text), (err: unknown) => err instanceof JsonSyntaxError && message.test(err.message), JSON.stringify(text));
		}
	});
});
