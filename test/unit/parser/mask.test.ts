import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { maskMarkdown } from '../../../server/src/parser/mask';

/** The masking as first written, one pass per syntax (a note label holds no `[`): the single pass must give the same text. */
function reference(text: string): string {
	let out = text.replace(/\[([^[\]\n]{0,300})\]\(([^()\n]{0,500})\)/g, (_m, inner: string, url: string) => ` ${inner}${' '.repeat(url.length + 3)}`);
	// A definition's colon (at the start of a line) goes with it; a call's colon in a sentence stays.
	out = out.replace(/\[\^[^\][\s]{1,20}\]:?/g, (m, at: number) => (m.endsWith(':') && !/(?:^|[\n\r])[ \t]*$/.test(out.slice(0, at)) ? `${' '.repeat(m.length - 1)}:` : ' '.repeat(m.length)));
	return out.replace(/[*⁰¹²³⁴⁵⁶⁷⁸⁹]/g, ' ');
}

suite('maskMarkdown', () => {
	test('links keep their text, note calls and definitions, stars and superscripts become blanks, lengths stay', () => {
		const text = '*Rappelant* [51/1](#) et\n[^2]: note¹² **x**';
		assert.equal(maskMarkdown(text), ' Rappelant   51/1     et\n      note     x  ');
		assert.equal(maskMarkdown(text).length, text.length);
	});

	test('a note call before a colon keeps the colon; a definition at the start of a line does not', () => {
		assert.equal(maskMarkdown('Durban[^1]:\n[^1]: Véanse'), 'Durban    :\n      Véanse');
	});

	test('property: the same as one pass per syntax, on text made of Markdown pieces', () => {
		const piece = fc.constantFrom('[', ']', '(', ')', '^', '*', '¹', '²', '⁴', 'a', '1', ' ', '\n', ':', '[^1]', '](#)', '[x](y)');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
				const text = parts.join('');
				assert.equal(maskMarkdown(text), reference(text));
			}),
			{ seed: 20_261_123, numRuns: 2000 },
		);
	});
});
