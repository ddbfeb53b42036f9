import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../helpers/paths';

/**
 * A draft is prose: the editor defaults for `[unres]` are those VS Code's own Markdown extensions give prose
 * (markdown-language-features: word wrap; markdown-basics: no ambiguous or invisible character highlighting, trailing
 * white space shown in diffs), with completion kept for lead phrases and symbols but no word-based suggestions.
 */
suite('editor defaults for UN resolutions (package.json configurationDefaults)', () => {
	const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } };
	const defaults = manifest.contributes.configurationDefaults['[unres]'];

	test('word wrap is on, as for Markdown', () => {
		assert.equal(defaults['editor.wordWrap'], 'on');
	});

	test('typography of six languages is not flagged: no ambiguous, invisible or non-ASCII character highlighting', () => {
		// ’ « » and the narrow no-break space before ; : are the French and Spanish norm, not confusables.
		assert.equal(defaults['editor.unicodeHighlight.ambiguousCharacters'], false);
		assert.equal(defaults['editor.unicodeHighlight.invisibleCharacters'], false);
		assert.equal(defaults['editor.unicodeHighlight.nonBasicASCII'], false);
		assert.equal(defaults['diffEditor.ignoreTrimWhitespace'], false);
	});

	test('completion offers lead phrases and symbols while typing, not words of the text', () => {
		assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
		assert.equal(defaults['editor.quickSuggestions'], undefined, 'quick suggestions stay on: the server completes lead phrases');
	});
});
