import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../../helpers/paths';

// What the client itself shows (pop-ups, dialog and picker titles) goes through vscode.l10n.t, and every such
// string has its French and Spanish text in l10n/bundle.l10n.{fr,es}.json, with the same {0} placeholders.
const clientDir = path.join(ROOT, 'client', 'src');
const sources = readdirSync(clientDir).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(path.join(clientDir, f), 'utf8') }));
const keys = new Set(sources.flatMap(({ text }) => [...text.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\(.)/g, '$1'))));
const bundle = (locale: string) => JSON.parse(readFileSync(path.join(ROOT, 'l10n', `bundle.l10n.${locale}.json`), 'utf8')) as Record<string, string>;
const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join(' ');

suite('l10n: the client speaks French and Spanish', () => {
	test('the client has strings to translate, and package.json points VS Code at l10n/', () => {
		assert.ok(keys.size >= 20, `only ${keys.size} l10n.t strings found in client/src`);
		assert.equal(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).l10n, './l10n');
	});
	for (const locale of ['fr', 'es']) {
		test(`bundle.l10n.${locale}.json: every string of the client, translated, same placeholders, nothing stale`, () => {
			const b = bundle(locale);
			for (const k of keys) {
				assert.ok(b[k], `no ${locale} text for ${JSON.stringify(k)}`);
				assert.notEqual(b[k], k, `${locale} text of ${JSON.stringify(k)} is the English`);
				assert.equal(placeholders(b[k]), placeholders(k), `placeholders of ${JSON.stringify(k)}`);
			}
			assert.deepEqual(Object.keys(b).filter((k) => !keys.has(k)), [], 'strings no longer in the client');
		});
	}
	test('no pop-up or dialog title in the client is a bare English literal', () => {
		const bare = sources.flatMap(({ file, text }) =>
			[...text.matchAll(/(?:show(?:Information|Warning|Error)Message\(|\btitle: |placeHolder: |openLabel: )(['`])/g)].map((m) => `${file}: ${text.slice(m.index, m.index + 60)}`));
		assert.deepEqual(bare, []);
	});
});
