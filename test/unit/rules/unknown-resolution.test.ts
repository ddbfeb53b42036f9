import * as assert from 'node:assert/strict';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { securityCouncilBound } from '../../../server/src/citations/resolve';
import { applyEdits } from '../../../server/src/fixes/edits';
import { parse } from '../../../server/src/parser/parse';
import { CORPUS_EN, requireShared } from '../../helpers/paths';
import { draft, findings, realDocuments, results } from './citationTestUtil';
import { fixtureSuite, TEST_NOW } from './harness';

const RULE = 'unknown-resolution';

suite('rule unknown-resolution', () => {
	fixtureSuite(RULE);

	test('"today" comes from the context: session 81 is in the future in March 2026, not in October', () => {
		const text = draft('Recalling its resolution 81/1,');
		assert.deepEqual(findings(RULE, text, { now: new Date('2026-03-31T00:00:00Z') }), ['3: General Assembly resolution 81/1 cannot exist yet: session 81 of the General Assembly opens in September 2026']);
		assert.deepEqual(findings(RULE, text, { now: new Date('2026-10-01T00:00:00Z') }), []);
	});

	test('Security Council: above the last adopted, allowing for what the Council may have adopted since the data ends', () => {
		const catalog = loadBuiltinCatalog();
		assert.equal(securityCouncilBound(catalog, TEST_NOW), catalog.lastSecurityCouncilNumber);
		const later = new Date('2026-11-23T00:00:00Z');
		assert.ok(securityCouncilBound(catalog, later) > catalog.lastSecurityCouncilNumber);
		assert.ok(securityCouncilBound(catalog, later) < catalog.lastSecurityCouncilNumber + 100);
		const text = draft('Recalling Security Council resolution 2799 (2026),');
		assert.equal(findings(RULE, text).length, 1);
		assert.deepEqual(findings(RULE, text, { now: later }), [], 'a number the Council may have reached since is not impossible');
		assert.deepEqual(findings(RULE, draft('Recalling Security Council resolution 2799 (2024),'), { now: later }), [
			'3: “2799 (2024)” cannot exist: Security Council resolution 2798 was already adopted in 2025, so a higher number cannot be of 2024',
		]);
		assert.deepEqual(findings(RULE, draft('Recalling Security Council resolution 2799 (2031),'), { now: later }), ['3: Security Council resolution 2799 (2031) cannot exist yet: 2031 is still to come']);
	});

	test('the Security Council year: wrong year, fix; right year and bare symbols, nothing', () => {
		const text = draft('Recalling Security Council resolutions 1373 (2001) and 2178 (2015), and S/RES/2396 (2017),');
		const found = results(RULE, text);
		assert.equal(found.length, 1);
		const fix = found[0].r.finding.fixes?.[0];
		assert.equal(applyEdits(text, fix?.edits ?? []), text.replace('2178 (2015)', '2178 (2014)'));
		assert.equal(fix?.safe, true);
		assert.deepEqual(findings(RULE, draft('Recalling S/RES/2178,')), []);
	});

	test('a session the catalogue lists completely has no such number; other sessions may', () => {
		const catalog = loadBuiltinCatalog();
		assert.ok(catalog.isCompleteSession(78));
		const last = catalog.lastNumberOfSession(78) ?? 0;
		assert.deepEqual(findings(RULE, draft(`Recalling its resolutions 78/${last} and 78/${last + 1},`)), [
			`3: General Assembly resolution 78/${last + 1} does not exist: the General Assembly’s resolutions of session 78 run from 78/1 to 78/${last}`,
		]);
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 71/999,')), [], 'session 71 is not complete in the catalogue');
	});

	test('malformed symbols', () => {
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 0/5,')), ['3: “0/5” is not a valid symbol: sessions and numbers start at 1']);
		assert.match(findings(RULE, draft('Recalling its resolution 2625 (XXXV),'))[0], /from its 31st session \(1976\)/);
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 2625 (XXV),')), []);
		assert.match(findings(RULE, draft('Recalling General Assembly resolution 25/10,'))[0], /before its 31st session/);
		assert.match(findings(RULE, draft('Recalling A/RES/25/10,'))[0], /before its 31st session/);
		// Unnamed, `25/10` may be another body's (a Human Rights Council resolution): not for this rule.
		assert.deepEqual(findings(RULE, draft('Recalling resolution 25/10,')), []);
		assert.match(findings(RULE, draft('Recalling Economic and Social Council resolution 1970/5,'))[0], /only since 1978/);
		assert.deepEqual(findings(RULE, draft('Recalling Economic and Social Council resolution 1296 (XLIV),')), []);
	});

	test('Human Rights Council and ECOSOC: sessions and years to come', () => {
		assert.match(findings(RULE, draft('Recalling Human Rights Council resolution 70/1,'))[0], /session 70 of the Human Rights Council does not meet before 2029/);
		assert.deepEqual(findings(RULE, draft('Recalling Human Rights Council resolution 61/1,')), []);
		assert.match(findings(RULE, draft('Recalling Economic and Social Council resolution 2030/1,'))[0], /2030 is still to come/);
	});

	test('without a catalogue only the calendar speaks', () => {
		assert.deepEqual(findings(RULE, draft('Recalling Security Council resolution 9999 (2020),'), { catalog: null }), []);
		assert.equal(findings(RULE, draft('Recalling its resolution 99/1,'), { catalog: null }).length, 1);
	});

	test('never on a real citation: the 35 real documents, today and on the catalogue’s last day (../shared)', function () {
		requireShared(this, CORPUS_EN);
		for (const { name, text } of realDocuments()) {
			assert.deepEqual(findings(RULE, text), [], name);
			assert.deepEqual(findings(RULE, text, { now: new Date() }), [], name);
		}
	});

	test('mutations of real documents are caught: a GA session not yet held, an SC number above the last, an SC year changed (../shared)', function () {
		requireShared(this, CORPUS_EN);
		let ga = 0;
		let sc = 0;
		for (const { name, text } of realDocuments()) {
			for (const c of parse(text).citations) {
				if (c.kind !== 'resolution' || c.keywordSpan === undefined) {
					continue;
				}
				const line = text.slice(0, c.span.start).split('\n').length;
				const at = (mutated: string) => findings(RULE, mutated).filter((f) => f.startsWith(`${line}: `));
				const m = /^(\d+)\/(\d+)$/.exec(c.text);
				if (c.body === 'GA' && m && c.sessionKind === 'regular') {
					const mutated = text.slice(0, c.span.start) + `99/${m[2]}` + text.slice(c.span.end);
					assert.equal(at(mutated).length, 1, `${name}:${line}: 99/${m[2]}`);
					assert.match(at(mutated)[0], /cannot exist yet: session 99/);
					ga++;
				}
				const s = /^(\d+)\s?\((\d{4})\)$/.exec(c.text);
				if (c.body === 'SC' && s) {
					const above = text.slice(0, c.span.start) + `2799 (${s[2]})` + text.slice(c.span.end);
					assert.equal(at(above).length, 1, `${name}:${line}: 2799 (${s[2]})`);
					const year = String(Number(s[2]) + 1);
					const start = c.span.start + c.text.lastIndexOf(s[2]);
					const wrongYear = text.slice(0, start) + year + text.slice(start + 4);
					const found = results(RULE, wrongYear).filter(({ r, lines }) => lines.position(r.finding.span.start).line + 1 === line);
					assert.equal(found.length, 1, `${name}:${line}: ${s[1]} (${year})`);
					assert.equal(applyEdits(wrongYear, found[0].r.finding.fixes?.[0]?.edits ?? []), text, `${name}:${line}: the fix restores the text`);
					sc++;
				}
			}
		}
		assert.ok(ga > 100 && sc > 20, `${ga} GA and ${sc} SC mutations`);
	});
});
