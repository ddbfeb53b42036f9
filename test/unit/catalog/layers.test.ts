import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { Catalog } from '../../../server/src/catalog/catalog';
import type { CatalogEntry } from '../../../server/src/catalog/entry';
import { CatalogWriter } from '../../../server/src/catalog/format';
import { type CatalogLayer, LayeredCatalog, loadCatalogLayer, readDate } from '../../../server/src/catalog/layers';

// Compiled to out/test/unit/catalog: the repository root is four levels up.
const userDir = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'catalog', 'user');
const load = (name: string): CatalogLayer => loadCatalogLayer(name, fs.readFileSync(path.join(userDir, name), 'utf8'));
const lines = (layer: CatalogLayer): [number, string][] => layer.problems.map((p) => [p.line, p.message]);

/** A small built-in catalogue. */
function base(): Catalog {
	const w = new CatalogWriter();
	const entries: CatalogEntry[] = [
		{ key: 'A/RES/71/19', symbol: 'A/RES/71/19', body: 'GA', kind: 'resolution', session: 71, sessionKind: 'regular', number: 19, date: '2016-11-21', dateSource: 'text', meeting: 'A/71/PV.48' },
		{ key: 'A/RES/70/1', symbol: 'A/RES/70/1', body: 'GA', kind: 'resolution', session: 70, sessionKind: 'regular', number: 1, date: '2015-09-25', dateSource: 'citations' },
		{ key: 'A/HRC/RES/45/1', symbol: 'A/HRC/RES/45/1', body: 'HRC', kind: 'resolution', session: 45, sessionKind: 'regular', number: 1, date: '2020-09-18', title: 'Situation of human rights in Belarus' },
		{ key: 'S/RES/2798', symbol: 'S/RES/2798', body: 'SC', kind: 'resolution', number: 2798, date: '2025-10-31' },
	];
	entries.forEach((e) => w.add(e));
	return new Catalog(JSON.stringify(w.finish({ gaSessions: { complete: [], last: {} }, sc: { last: 2798, yearStarts: [[2025, 2767]] } })));
}

suite('catalog layers: loading user files', () => {
	test('a good JSON file loads every entry, bare symbols included', () => {
		const layer = load('good.json');
		assert.deepEqual(layer.problems, []);
		assert.deepEqual(layer.entries.map((e) => e.key), ['A/RES/71/19', 'A/RES/70/1', 'S/RES/2799', 'A/HRC/RES/45/1']);
		assert.deepEqual(layer.completeSessions, [70]);
		assert.deepEqual(layer.entries[0].vote, { kind: 'withoutVote' });
		assert.equal(layer.entries[2].year, 2026);
		assert.deepEqual(layer.entries[2].vote, { kind: 'recorded', yes: 15, no: 0, abstain: 0 });
	});

	test('bad JSON entries are problems with file and line; the rest loads', () => {
		const layer = load('mixed.json');
		assert.ok(layer.problems.every((p) => p.file === 'mixed.json'));
		assert.deepEqual(lines(layer), [
			[4, '"A/75/L.20" is not a resolution or decision symbol; entry skipped'],
			[5, '"date" must be a date such as "2016-11-21"; date ignored'],
			[6, 'an entry must be an object with at least a "symbol"'],
			[7, 'unknown property "colour" ignored'],
			[7, '"vote" must be "without vote", "unanimous", "non-recorded" or {"yes", "no", "abstain", "nonVoting"} counts; ignored'],
			[8, '"body" must be one of GA, SC, ECOSOC, HRC; entry skipped'],
		]);
		assert.deepEqual(layer.entries.map((e) => e.key), ['A/RES/70/2', 'A/RES/70/3', 'A/RES/70/5', 'A/RES/70/7']);
		assert.equal(layer.entries[1].date, undefined);
		assert.equal(layer.entries[1].title, 'Fixture with a bad date');
	});

	test('a JSON syntax error is one problem with its line', () => {
		const layer = load('broken.json');
		assert.equal(layer.entries.length, 0);
		assert.equal(layer.problems.length, 1);
		assert.equal(layer.problems[0].line, 4);
		assert.match(layer.problems[0].message, /^not valid JSON: expected ',' or '\]' \(line 4, column 3\)$/);
	});

	test('the UN Digital Library CSV: malformed rows are problems with their line, the rest loads', () => {
		const layer = load('undl.csv');
		assert.deepEqual(lines(layer), [
			[4, 'expected 18 fields, found 5; row skipped'],
			[5, '"not a symbol" is not a GA resolution symbol; row skipped'],
			[7, 'unreadable date "2015-02-30"; date ignored'],
			[8, 'unclosed quote: the row is skipped'],
		]);
		assert.deepEqual(layer.entries.map((e) => e.key), ['A/RES/70/8', 'A/RES/70/9', 'A/RES/70/11', 'A/RES/70/12', 'A/RES/70/14']);
		const [recorded, without, quoted] = layer.entries;
		assert.deepEqual(recorded.vote, { kind: 'recorded', yes: 120, no: 10, abstain: 30, nonVoting: 33 });
		assert.equal(recorded.undlId, 4001);
		assert.equal(recorded.draft, 'A/70/L.8');
		assert.equal(recorded.agendaItem, 'Fixture agenda item');
		assert.deepEqual(without.vote, { kind: 'withoutVote' });
		assert.equal(without.title, 'Fixture resolution, with a comma');
		assert.equal(quoted.title, 'Fixture title with "quotes"');
		assert.equal(quoted.date, '2015-10-29');
	});

	test('a file that is neither JSON nor CSV is one clear problem', () => {
		const layer = load('notes.txt');
		assert.deepEqual(layer.entries, []);
		assert.deepEqual(layer.problems, [{ file: 'notes.txt', line: 0, message: 'not a catalogue file: expected JSON (see catalog.schema.json) or the UN Digital Library CSV of GA resolutions' }]);
		assert.equal(loadCatalogLayer('x.json', '42').problems[0].message, 'a catalogue file is an object with an "entries" array (or a bare array of entries)');
		assert.match(loadCatalogLayer('x.csv', 'a,b\n1,2\n').problems[0].message, /no "resolution" column/);
		assert.equal(loadCatalogLayer('x.json', '').problems.length, 1);
	});

	test('never throws, whatever the text', () => {
		fc.assert(fc.property(fc.constantFrom('a.json', 'a.csv', 'a.txt', 'a'), fc.string({ maxLength: 200 }), (name, text) => {
			const layer = loadCatalogLayer(name, text);
			assert.ok(Array.isArray(layer.entries) && Array.isArray(layer.problems));
		}));
		fc.assert(fc.property(fc.json(), (text) => {
			loadCatalogLayer('a.json', text);
		}));
	});

	test('dates', () => {
		assert.equal(readDate('2016-11-21'), '2016-11-21');
		assert.equal(readDate('2016/11/21'), '2016-11-21');
		assert.equal(readDate('2016-11-21T00:00:00Z'), '2016-11-21');
		assert.equal(readDate('21 November 2016'), '2016-11-21');
		assert.equal(readDate('2016-02-30'), undefined);
		assert.equal(readDate('November 2016'), undefined);
	});
});

suite('catalog layers: the layered view', () => {
	test('later files win field by field; fields they leave out keep their value', () => {
		const c = new LayeredCatalog(base(), [load('good.json')]);
		const e = c.get('A/RES/71/19');
		assert.equal(e?.date, '2016-11-21', 'kept from the built-in catalogue');
		assert.equal(e?.meeting, 'A/71/PV.48');
		assert.equal(e?.title, 'Cooperation between the United Nations and the International Criminal Police Organization (INTERPOL)');
		assert.deepEqual(e?.vote, { kind: 'withoutVote' });
		assert.equal(c.get('A/RES/70/1')?.dateSource, 'user');
		assert.equal(c.get('A/HRC/RES/45/1')?.title, 'Situation of human rights in Belarus');
		assert.equal(c.get('A/HRC/RES/45/1')?.agendaItem, "4: Human rights situations that require the Council's attention");

		const later = loadCatalogLayer('later.json', '[{ "symbol": "A/RES/71/19", "draft": "A/71/L.19" }]');
		const both = new LayeredCatalog(base(), [load('good.json'), later]);
		assert.equal(both.get('A/RES/71/19')?.draft, 'A/71/L.19');
		assert.deepEqual(both.get('A/RES/71/19')?.vote, { kind: 'withoutVote' });
	});

	test('new SC numbers extend the numbering; declared sessions are complete', () => {
		const c = new LayeredCatalog(base(), [load('good.json')]);
		assert.equal(c.lastSecurityCouncilNumber, 2799);
		assert.equal(c.securityCouncilYear(2799), 2026);
		assert.equal(c.securityCouncilYear(2798), 2025);
		assert.equal(c.get('S/RES/2799')?.symbol, 'S/RES/2799 (2026)');
		assert.equal(c.isCompleteSession(70), true);
		assert.equal(c.lastNumberOfSession(70), 1);
		assert.equal(c.isCompleteSession(71), false);
	});

	test('title search sees the layers', () => {
		const c = new LayeredCatalog(base(), [load('good.json'), load('undl.csv')]);
		assert.deepEqual(c.searchTitle('interpol').map((e) => e.key), ['A/RES/71/19']);
		assert.deepEqual(c.searchTitle(['fixture', 'comma']).map((e) => e.key), ['A/RES/70/9']);
		assert.deepEqual(c.searchTitle('belarus').map((e) => e.key), ['A/HRC/RES/45/1']);
	});
});
