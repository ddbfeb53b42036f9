import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineMap } from '../../../server/src/parser/lines';

suite('parser: LineMap', () => {
	const texts = ['', 'one line', 'a\nbb\n', 'a\r\nbb\r\nccc', 'a\rb\r\rc', '\n\n', 'x\r\n'];

	test('offset clamps every position as TextDocument.offsetAt does', () => {
		for (const text of texts) {
			const lines = new LineMap(text);
			const doc = TextDocument.create('file:///t', 'unres', 1, text);
			for (let line = -1; line <= lines.lineCount + 1; line++) {
				for (let character = -1; character <= 6; character++) {
					assert.equal(lines.offset({ line, character }), doc.offsetAt({ line, character }), `${JSON.stringify(text)} ${line}:${character}`);
				}
			}
		}
	});

	test('position and offset are inverse on every offset', () => {
		for (const text of texts) {
			const lines = new LineMap(text);
			const doc = TextDocument.create('file:///t', 'unres', 1, text);
			for (let offset = 0; offset <= text.length; offset++) {
				// Inside a CRLF pair there is no position of its own: TextDocument maps it before the pair too.
				if (text[offset - 1] === '\r' && text[offset] === '\n') {
					continue;
				}
				assert.deepEqual(lines.position(offset), doc.positionAt(offset), `${JSON.stringify(text)} @${offset}`);
				assert.equal(lines.offset(lines.position(offset)), offset);
			}
		}
	});
});
