import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/parser/parse';
import { rolloverReview } from '../../../server/src/rules/rollover-review';
import { createContext } from '../../../server/src/rules/types';
import { compareVersions, PARTS } from '../../../server/src/versions/compare';
import { declaredBase } from '../../../server/src/versions/declaredBase';
import { rollover } from '../../../server/src/versions/rollover';
import { sessionLine } from '../../../server/src/versions/sessionWords';
import { requireShared, SAMPLE_FR } from '../../helpers/paths';
import { versionSets, VERSIONS } from './helpers';

function changes(base: string, draft: string): string[] {
	const c = compareVersions(base, draft);
	return PARTS.flatMap((p) => c[p]).filter((e) => e.status !== 'unchanged').map((e) => `${e.label} ${e.status}`);
}

suite('versions: rollover', () => {
	test('session lines in English, French and Spanish', () => {
		const cases: [number, 'en' | 'fr' | 'es', string][] = [
			[81, 'en', 'Eighty-first session'], [80, 'en', 'Eightieth session'], [72, 'en', 'Seventy-second session'], [63, 'en', 'Sixty-third session'], [70, 'en', 'Seventieth session'],
			[76, 'fr', 'Soixante-seizième session'], [71, 'fr', 'Soixante et onzième session'], [75, 'fr', 'Soixante-quinzième session'], [79, 'fr', 'Soixante-dix-neuvième session'],
			[80, 'fr', 'Quatre-vingtième session'], [81, 'fr', 'Quatre-vingt-unième session'], [90, 'fr', 'Quatre-vingt-dixième session'], [61, 'fr', 'Soixante et unième session'],
			[81, 'es', 'Octogésimo primer período de sesiones'], [75, 'es', 'Septuagésimo quinto período de sesiones'], [80, 'es', 'Octogésimo período de sesiones'], [73, 'es', 'Septuagésimo tercer período de sesiones'],
		];
		for (const [n, lang, expected] of cases) {
			assert.equal(sessionLine(n, lang), expected);
		}
	});

	test('A/RES/75/10 (French): the draft recalls 75/10 of 23 November 2020 in French, and that is the only change', function () {
		requireShared(this, SAMPLE_FR);
		const base = readFileSync(SAMPLE_FR, 'utf8');
		const r = rollover(base, { basePath: 'A-RES-75-10.fr.md' });
		assert.equal(r.recalled, '75/10');
		assert.equal(r.date, '2020-11-23');
		assert.equal(r.recall, 'extended');
		assert.ok(r.text.includes('ses résolutions 71/19 du 21 novembre 2016, 73/11 du 26 novembre 2018 et 75/10 du 23 novembre 2020 concernant'), r.text.slice(0, 1200));
		assert.ok(r.text.includes('\nSoixante-seizième session\n'));
		assert.ok(r.text.includes('\nDistr. limitée\n'));
		assert.ok(r.text.includes("\nPoint 130 y) de l'ordre du jour\n"));
		assert.equal(declaredBase(r.text), 'A-RES-75-10.fr.md');
		assert.deepEqual(changes(base, r.text), ['PP1 changed']);
		const doc = parse(r.text);
		assert.equal(doc.lang, 'fr');
		assert.equal(doc.preamble.length, 21);
		assert.equal(doc.footnotes.length, 7);
	});

	test('an English set (A/RES/80/70): the draft recalls 79/77 and 80/70, the only change', function () {
		const file = path.join(VERSIONS, 'c1_80-70_ctbt', 'adopted.txt');
		requireShared(this, file);
		const base = readFileSync(file, 'utf8');
		const r = rollover(base);
		assert.equal(r.session, 81);
		assert.ok(r.text.includes('Recalling its resolutions 79/77 of 2 December 2024 and 80/70 of 1 December 2025,'), r.text);
		assert.ok(r.text.includes('\nEighty-first session\n'));
		assert.ok(r.text.includes('\nDistr.: Limited\n'));
		assert.deepEqual(changes(base, r.text), ['PP9 changed']);
	});

	test('every adopted text of the version sets rolls over with exactly one change: the recall', function () {
		requireShared(this, VERSIONS);
		let n = 0;
		for (const set of versionSets()) {
			const base = set.files.adopted;
			if (!base) {
				continue;
			}
			const r = rollover(base, { session: 81 });
			const c = changes(base, r.text);
			assert.equal(c.length, 1, `${set.name}: ${c.join(', ')}`);
			assert.match(c[0], r.recall === 'extended' ? /^PP\d+ changed$/ : /^PP\d+ new$/, set.name);
			assert.ok(r.text.includes(`${r.recalled}`), set.name);
			n++;
		}
		assert.equal(n, 27);
	});

	test('rollover-review points at the sessions of a draft that names its base, and is silent elsewhere', function () {
		requireShared(this, SAMPLE_FR);
		const base = readFileSync(SAMPLE_FR, 'utf8');
		const draft = rollover(base, { basePath: 'A-RES-75-10.fr.md' }).text;
		const found = rolloverReview.check(createContext(parse(draft), draft)).map((f) => draft.slice(f.span.start, f.span.end));
		assert.ok(found.includes('soixante-dix-septième session'), found.join(' | '));
		assert.ok(!found.includes('Soixante-seizième session'), 'the masthead is not flagged');
		assert.deepEqual(rolloverReview.check(createContext(parse(base), base)), []);
	});
});
