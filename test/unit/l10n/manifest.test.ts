import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MESSAGES } from '../../../server/src/l10n/messages';
import { RULES } from '../../../server/src/rules/index';
import { ROOT } from '../../helpers/paths';

const read = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, string>;

// Issue 7: command titles and settings descriptions in English, French and Spanish (package.nls*.json).
suite('manifest localisation', () => {
	const en = read('package.nls.json');
	const fr = read('package.nls.fr.json');
	const es = read('package.nls.es.json');

	test('every %key% of package.json has a string in all three languages', () => {
		const keys = [...readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
		assert.ok(keys.length > 20, `${keys.length} localised strings`);
		for (const key of keys) {
			for (const [name, bundle] of [['en', en], ['fr', fr], ['es', es]] as const) {
				assert.ok(typeof bundle[key] === 'string' && bundle[key].length > 0, `${key} in ${name}`);
			}
		}
		assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
		assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
	});

	test('French and Spanish are translations, not copies; rule descriptions come from the server messages', () => {
		assert.notEqual(fr['command.renumber'], en['command.renumber']);
		assert.notEqual(es['command.renumber'], en['command.renumber']);
		for (const rule of RULES) {
			const m = (MESSAGES as Record<string, { en: string; fr: string; es: string }>)[`rule.${rule.id}`];
			assert.equal(fr[`setting.rules.${rule.id}`], m.fr, rule.id);
		}
	});

	test('package.json and package.nls*.json are up to date with scripts/build-nls.ts', () => {
		const r = spawnSync(process.execPath, [path.join(ROOT, 'out', 'scripts', 'build-nls.js'), '--check'], { encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
	});
});
