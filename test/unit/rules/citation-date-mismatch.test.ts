import * as assert from 'node:assert/strict';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { adoptionDates, resolveCitation } from '../../../server/src/citations/resolve';
import { applyEdits } from '../../../server/src/fixes/edits';
import { parse } from '../../../server/src/parser/parse';
import { CORPUS_EN, requireShared } from '../../helpers/paths';
import { draft, findings, realDocuments, results } from './citationTestUtil';
import { fixtureSuite } from './harness';

const RULE = 'citation-date-mismatch';

/** The date one day later (or earlier at a month's end), ISO. */
function shifted(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	const next = new Date(d.getTime() + 86_400_000);
	return (next.getUTCMonth() === d.getUTCMonth() ? next : new Date(d.getTime() - 86_400_000)).toISOString().slice(0, 10);
}

suite('rule citation-date-mismatch', () => {
	fixtureSuite(RULE);

	test('a resolution in parts: a named part’s date, or for the whole any part’s date', () => {
		const catalog = loadBuiltinCatalog();
		const [whole] = parse(draft('Recalling its resolution 49/75 of 15 December 1994,')).citations;
		const dates = adoptionDates(resolveCitation(whole, catalog), catalog);
		assert.ok(dates.includes('1994-12-15'), dates.join(' '));
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 49/75 E of 15 December 1994,')), []);
		assert.equal(findings(RULE, draft('Recalling its resolution 49/75 E of 16 December 1994,')).length, 1);
	});

	test('a named part the catalogue does not date is not held to another part’s date (issue 17: 65/37 B, 73/268 A)', () => {
		// The catalogue knows 65/37 A (7 December 2010) only; part B was adopted on 4 April 2011.
		assert.deepEqual(findings(RULE, draft('Recalling its resolutions 65/37 A of 7 December 2010 and 65/37 B of 4 April 2011,')), []);
		assert.deepEqual(findings(RULE, 'L’Assemblée générale,\n\nRappelant ses résolutions 65/37 A du 7 décembre 2010 et 65/37 B du 4 avril 2011,\n\n1. Décide.\n'), []);
		assert.deepEqual(findings(RULE, 'La Asamblea General,\n\nRecordando sus resoluciones 65/37 A, de 7 de diciembre de 2010, y 65/37 B, de 4 de abril de 2011,\n\n1. Decide.\n'), []);
		// Part A's own date is still checked.
		assert.equal(findings(RULE, draft('Recalling its resolution 65/37 A of 8 December 2010,')).length, 1);
	});

	test('62/249 and 62/270 are dated as every official text cites them, not as the UNDL record (scripts/catalog-corrections.json, issue 17)', () => {
		assert.deepEqual(findings(RULE, draft('Recalling its resolutions 62/249 of 15 May 2008 and 62/270 of 20 June 2008,')), []);
		assert.deepEqual(findings(RULE, 'L’Assemblée générale,\n\nRappelant ses résolutions 62/249 du 15 mai 2008 et 62/270 du 20 juin 2008,\n\n1. Décide.\n'), []);
		assert.deepEqual(findings(RULE, 'La Asamblea General,\n\nRecordando sus resoluciones 62/249, de 15 de mayo de 2008, y 62/270, de 20 de junio de 2008,\n\n1. Decide.\n'), []);
	});

	test('a date shared by a list is fixed only when every item it dates agrees', () => {
		const agree = draft('Recalling its resolutions 73/187 and 74/247, both of 17 December 2019,');
		const found = results(RULE, agree);
		assert.deepEqual(found.map(({ r }) => r.finding.fixes?.length), [0, 0], '73/187 and 74/247 were adopted on different days');
		const one = draft('Recalling its resolutions 74/45 and 74/54, both of 19 December 2019,');
		const both = results(RULE, one);
		assert.equal(both.length, 2);
		assert.equal(applyEdits(one, both[0].r.finding.fixes?.[0]?.edits ?? []), one.replace('19 December', '12 December'));
	});

	test('a date the catalogue has only from other texts’ citations is information, and its fix is not for `unres check --fix`', () => {
		const [found] = results(RULE, draft('Recalling its resolution 51/1 of 16 October 1996,'));
		assert.equal(found.r.severity, 'information');
		assert.equal(found.r.finding.fixes?.[0]?.safe, undefined);
		const [sure] = results(RULE, draft('Recalling its resolution 71/19 of 22 November 2016,'));
		assert.equal(sure.r.severity, 'warning');
		assert.equal(sure.r.finding.fixes?.[0]?.safe, true);
	});

	test('the fix title shows the date as it will be written', () => {
		const [found] = results(RULE, 'L’Assemblée générale,\n\nRappelant sa résolution 75/18 du 2 décembre 2020,\n\n1. Décide.\n');
		assert.deepEqual(found.r.finding.fixes?.[0]?.titleArgs, ['1er décembre 2020']);
	});

	test('mutations of real documents: every dated citation, one day off, is caught, and the fix restores the text exactly (../shared)', function () {
		requireShared(this, CORPUS_EN);
		const catalog = loadBuiltinCatalog();
		let mutations = 0;
		for (const { name, text } of realDocuments()) {
			const before = results(RULE, text).length;
			for (const c of parse(text).citations) {
				const date = c.date;
				if (!date || c.kind === 'document') {
					continue;
				}
				const dates = adoptionDates(resolveCitation(c, catalog), catalog);
				// Only dates the catalogue confirms, written for this citation alone.
				if (!dates.includes(date.value) || parse(text).citations.filter((x) => x.date?.span.start === date.span.start).length > 1) {
					continue;
				}
				const written = text.slice(date.span.start, date.span.end);
				const target = shifted(date.value);
				const day = Number(target.slice(8));
				const mutated = text.slice(0, date.span.start) + written.replace(/^\d{1,2}(?:er)?/, String(day)) + text.slice(date.span.end);
				if (dates.includes(target)) {
					continue;
				}
				const found = results(RULE, mutated);
				assert.equal(found.length, before + 1, `${name}: ${c.text} of ${written} → day ${day}`);
				const mine = found.find(({ r }) => r.finding.span.start === date.span.start);
				assert.ok(mine, `${name}: ${c.text}: the finding is on the date`);
				assert.equal(applyEdits(mutated, mine.r.finding.fixes?.[0]?.edits ?? []), text, `${name}: ${c.text}: the fix restores the text`);
				mutations++;
			}
		}
		assert.ok(mutations > 150, `${mutations} mutations`);
	});
});
