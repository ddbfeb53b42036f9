import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog } from '../../../server/src/catalog/catalog';
import { catalogKey, normalizeSymbol } from '../../../server/src/catalog/index';
import { builtinCatalogCandidates, loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';

// Compiled to out/test/unit/catalog: the repository root is four levels up.
const root = path.resolve(__dirname, '..', '..', '..', '..');
const ICT_TITLE = 'Countering the use of information and communications technologies for criminal purposes';

suite('built-in catalogue (server/data/catalog.json)', () => {
	let catalog: Catalog;
	suiteSetup(() => {
		catalog = loadBuiltinCatalog();
		assert.equal(catalog.loadError, undefined);
	});

	test('is found from compiled code and from the bundles in dist/', () => {
		assert.equal(path.resolve(catalog.origin ?? ''), path.join(root, 'server', 'data', 'catalog.json'));
		const fromDist = builtinCatalogCandidates(path.join(root, 'dist')).find((f) => fs.existsSync(f));
		assert.equal(fromDist, path.join(root, 'server', 'data', 'catalog.json'));
		assert.ok(fs.statSync(fromDist).size <= 3 * 1024 * 1024, 'at most 3 MB');
	});

	test('GA 73/187 and 74/247: dates, titles, votes', () => {
		const a = catalog.get('A/RES/73/187');
		assert.equal(a?.date, '2018-12-17');
		assert.equal(a?.title, ICT_TITLE);
		assert.deepEqual(a?.vote, { kind: 'recorded', yes: 94, no: 59, abstain: 33, nonVoting: 7 });
		const b = catalog.get('A/RES/74/247');
		assert.equal(b?.date, '2019-12-27');
		assert.equal(b?.title, ICT_TITLE);
		assert.deepEqual(b?.vote, { kind: 'recorded', yes: 79, no: 60, abstain: 33, nonVoting: 21 });
		assert.equal(b?.undlVoteId, 3841023);
	});

	test('GA 71/19 was adopted on 21 November 2016', () => {
		assert.equal(catalog.get(normalizeSymbol('71/19') ?? '')?.date, '2016-11-21');
	});

	test('SC 2178 is of 2014, whatever year a citation writes', () => {
		const key = catalogKey({ kind: 'resolution', body: 'SC', year: 2015, number: 2178 });
		assert.equal(key, 'S/RES/2178');
		const e = catalog.get(key ?? '');
		assert.equal(e?.year, 2014);
		assert.equal(e?.symbol, 'S/RES/2178 (2014)');
		assert.equal(e?.date, '2014-09-24');
		assert.equal(catalog.securityCouncilYear(2178), 2014);
		assert.equal(catalog.securityCouncilYear(1), 1946);
	});

	test('SC numbering runs to the last adopted resolution, every number with a year', () => {
		const last = catalog.lastSecurityCouncilNumber;
		assert.ok(last >= 2798);
		for (let n = 1; n <= last; n++) {
			assert.ok(catalog.has(`S/RES/${n}`), `S/RES/${n}`);
			assert.ok(catalog.securityCouncilYear(n), `year of S/RES/${n}`);
		}
		assert.equal(catalog.securityCouncilYear(last + 1), undefined);
	});

	test('complete GA sessions', () => {
		assert.equal(catalog.isCompleteSession(78), true);
		assert.equal(catalog.isCompleteSession(79), true);
		assert.equal(catalog.isCompleteSession(80), false);
		assert.equal(catalog.isCompleteSession(71), false);
		const last = catalog.lastNumberOfSession(78) ?? 0;
		for (let n = 1; n <= last; n++) {
			assert.ok(catalog.has(`A/RES/78/${n}`), `A/RES/78/${n}`);
		}
	});

	test('lookups across bodies and forms', () => {
		const udhr = normalizeSymbol('217 A (III)') ?? '';
		assert.deepEqual(catalog.get(udhr)?.parts, ['A', 'B', 'C', 'D', 'E']);
		assert.equal(catalog.getPart(udhr, 'A')?.date, '1948-12-10');
		assert.match(catalog.getPart(udhr, 'A')?.title ?? '', /Universal Declaration of Human Rights$/);
		assert.equal(catalog.get('A/RES/75/10')?.date, '2020-11-23');
		assert.ok(catalog.get(normalizeSymbol('A/HRC/RES/45/1') ?? '')?.title);
		assert.ok(catalog.get('A/DEC/71/401')?.title);
		assert.ok(catalog.has('E/RES/2019/20'));
		assert.ok(catalog.get('A/RES/ES-11/1')?.vote);
		assert.equal(catalog.get('A/RES/99/999'), undefined);
	});

	test('title search for completion', () => {
		const hits = catalog.searchTitle('countering information technologies criminal', 10, (e) => e.kind === 'resolution').map((e) => e.key);
		assert.ok(hits.includes('A/RES/73/187') && hits.includes('A/RES/74/247'), hits.join(' '));
		assert.ok(catalog.searchTitle('interpol', 5).length > 0);
		assert.equal(catalog.searchTitle('zzzzqqq').length, 0);
	});
	test('titles in French and Spanish where a source has them, only where they differ; searched in every language', () => {
		// A/RES/75/10: the official XML in three languages; 70/1: French and Spanish titles quoted by later official texts.
		const interpol = catalog.get('A/RES/75/10');
		assert.equal(interpol?.titleFr, 'Coopération entre l’Organisation des Nations Unies et l’Organisation internationale de police criminelle (INTERPOL)');
		assert.equal(interpol?.titleEs, 'Cooperación entre las Naciones Unidas y la Organización Internacional de Policía Criminal (INTERPOL)');
		assert.equal(interpol?.vote?.kind, 'withoutVote');
		const agenda = catalog.get('A/RES/70/1');
		assert.equal(agenda?.title, 'Transforming our world: the 2030 Agenda for Sustainable Development');
		assert.equal(agenda?.titleFr, 'Transformer notre monde : le Programme de développement durable à l’horizon 2030');
		assert.equal(agenda?.titleEs, 'Transformar nuestro mundo: la Agenda 2030 para el Desarrollo Sostenible');
		// No source titles 51/1 or 71/19 (issue 19): the catalogue says nothing rather than guess.
		assert.equal(catalog.get('A/RES/51/1')?.title, undefined);
		assert.equal(catalog.get('A/RES/71/19')?.title, undefined);
		for (const key of catalog.keys()) {
			const e = catalog.get(key);
			assert.ok(!e?.titleFr || e.titleFr !== e.title, `${key}: a French title equal to the English one is not stored`);
		}
		assert.ok(catalog.searchTitle('transformer monde horizon 2030').some((e) => e.key === 'A/RES/70/1'));
		assert.ok(catalog.searchTitle('cooperación policía criminal').some((e) => e.key === 'A/RES/75/10'));
	});

	test('special and emergency special sessions are catalogued (S-10/2, S-30/1, ES-10/24)', () => {
		assert.match(catalog.get('A/RES/S-10/2')?.title ?? '', /^Final Document of the Tenth Special Session/);
		assert.equal(catalog.get('A/RES/S-30/1')?.date, '2016-04-19');
		assert.equal(catalog.get('A/RES/ES-10/24')?.date, '2024-09-18');
		assert.doesNotMatch(catalog.get('A/RES/ES-10/24')?.title ?? '', /All references/, 'a footnote inside the XML title is left out');
	});
});
