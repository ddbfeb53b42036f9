import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// Compiled to out/test/grammar/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');

interface LanguageConfiguration {
	brackets?: Array<[string, string]>;
	autoClosingPairs?: Array<{ open: string; close: string }>;
	surroundingPairs?: Array<[string, string]>;
	wordPattern?: string | { pattern: string; flags?: string };
	comments?: unknown;
}

function readConfiguration(): LanguageConfiguration {
	return JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;
}

// VS Code builds the word regex from the string and always adds the g flag.
function wordRegex(): RegExp {
	const wordPattern = readConfiguration().wordPattern;
	assert.ok(wordPattern, 'wordPattern is missing');
	return typeof wordPattern === 'string'
		? new RegExp(wordPattern, 'g')
		: new RegExp(wordPattern.pattern, (wordPattern.flags ?? '').replace('g', '') + 'g');
}

function words(text: string): string[] {
	return text.match(wordRegex()) ?? [];
}

suite('language configuration', () => {
	test('declares brackets, quotes and the * surrounding pair, and no comments', () => {
		const config = readConfiguration();
		assert.deepStrictEqual(config.brackets, [['(', ')'], ['[', ']']]);
		const closing = new Map((config.autoClosingPairs ?? []).map((p) => [p.open, p.close]));
		for (const [open, close] of [['(', ')'], ['[', ']'], ['«', '»'], ['“', '”'], ['‘', '’'], ['"', '"']]) {
			assert.strictEqual(closing.get(open), close, `autoClosingPairs lacks ${open}${close}`);
		}
		// A lone * starts a bullet or a footnote mark too often to auto-close.
		assert.ok(!closing.has('*'));
		const surrounding = (config.surroundingPairs ?? []).map((p) => p.join(''));
		for (const pair of ['()', '[]', '«»', '“”', '‘’', '""', '**']) {
			assert.ok(surrounding.includes(pair), `surroundingPairs lacks ${pair}`);
		}
		assert.strictEqual(config.comments, undefined);
	});

	test('keeps symbols and citations whole', () => {
		for (const symbol of [
			'A/RES/75/10',
			'A/75/L.20/Add.1',
			'2178 (2014)',
			'S/RES/2396 (2017)',
			'71/19',
			'ES-11/1',
			'S-24/2',
			'A/C.3/78/L.60/Rev.1',
			'A/CONF.192/15',
			'217 A (III)',
		]) {
			assert.deepStrictEqual(words(symbol), [symbol]);
		}
	});

	test('keeps accented words and inner apostrophes whole', () => {
		for (const word of ['l\'Assemblée', 'préoccupée', 'resolución', 'aujourd’hui', 'd’une', 'Soixante-quinzième', 'Económico']) {
			assert.deepStrictEqual(words(word), [word]);
		}
	});

	test('splits running text at spaces and punctuation, not inside symbols', () => {
		assert.deepStrictEqual(words('Rappelant sa résolution 71/19 du 21 novembre 2016, et A/60/88.'), [
			'Rappelant', 'sa', 'résolution', '71/19', 'du', '21', 'novembre', '2016', 'et', 'A/60/88',
		]);
		assert.deepStrictEqual(words('la resolución 2178 (2014), de 24 de septiembre;'), [
			'la', 'resolución', '2178 (2014)', 'de', '24', 'de', 'septiembre',
		]);
		assert.deepStrictEqual(words('(S/RES/2396 (2017)) and [A/75/L.20](#)'), ['S/RES/2396 (2017)', 'and', 'A/75/L.20']);
		assert.deepStrictEqual(words('« l’Assemblée générale »'), ['l’Assemblée', 'générale']);
		assert.deepStrictEqual(words('States\' obligations'), ['States', 'obligations']);
	});

	test('runs in linear time on long tokens', () => {
		const started = Date.now();
		for (const text of ['A/'.repeat(20_000), 'a\''.repeat(20_000), '1/'.repeat(20_000), 'A.1-'.repeat(10_000)]) {
			words(text);
		}
		assert.ok(Date.now() - started < 1_000);
	});
});
