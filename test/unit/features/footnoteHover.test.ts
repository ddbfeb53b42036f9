import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { footnoteHover } from '../../../server/src/features/footnoteHover';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { FIXTURES } from '../../helpers/paths';

const value = (h: ReturnType<typeof footnoteHover>) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

suite('hover on footnotes', () => {
	const text = readFileSync(path.join(FIXTURES, 'parser', 'fr-markdown-footnotes.unres.md'), 'utf8');
	const doc = parse(text);
	const lines = new LineMap(text);

	test('on a marker: the footnote text, in the UI language', () => {
		const at = text.indexOf('[^1],');
		assert.equal(value(footnoteHover(doc, text, lines, at + 1, 'fr')), '**Note 1**\n\nVoir la Charte des Nations Unies, Article 2.');
		assert.match(value(footnoteHover(doc, text, lines, at + 1, 'en')), /^\*\*Footnote 1\*\*/);
	});

	test('on the marker of a footnote text: where it is called from', () => {
		const at = text.indexOf('[^2]:');
		assert.match(value(footnoteHover(doc, text, lines, at + 1, 'en')), /^\*\*Footnote 2\*\* — Called from operative paragraph 2, line 20$/);
		assert.match(value(footnoteHover(doc, text, lines, at + 1, 'es')), /Llamada desde párrafo 2 de la parte dispositiva, línea 20/);
	});

	test('a marker without text says so; elsewhere there is no footnote hover', () => {
		const broken = 'The General Assembly,\n\nRecalling its resolution 71/19,¹\n\n1. Decides.\n';
		const d = parse(broken);
		assert.match(value(footnoteHover(d, broken, new LineMap(broken), broken.indexOf('¹'), 'en')), /\*\*Footnote 1\*\*: No footnote text has this number/);
		assert.equal(footnoteHover(d, broken, new LineMap(broken), 3, 'en'), undefined);
	});
});
