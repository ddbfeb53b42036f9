import * as assert from 'node:assert/strict';
import { Catalog } from '../../../server/src/catalog/catalog';
import type { CatalogEntry } from '../../../server/src/catalog/entry';
import { CatalogWriter, decodeVote, encodeVote } from '../../../server/src/catalog/format';

function catalogOf(entries: CatalogEntry[]): Catalog {
	const w = new CatalogWriter();
	entries.forEach((e) => w.add(e));
	return new Catalog(JSON.stringify(w.finish({ gaSessions: { complete: [78], last: { 78: 331 } }, sc: { last: 3, yearStarts: [[1946, 1], [1947, 3]] } })));
}

const ga = (n: number, title: string, date: string): CatalogEntry => ({
	key: `A/RES/78/${n}`, symbol: `A/RES/78/${n}`, body: 'GA', kind: 'resolution', session: 78, sessionKind: 'regular', number: n, title, date,
});

suite('Catalog', () => {
	test('round-trips every field through the compact file', () => {
		const e: CatalogEntry = {
			key: 'A/RES/73/187', symbol: 'A/RES/73/187', body: 'GA', kind: 'resolution', session: 73, sessionKind: 'regular', number: 187,
			date: '2018-12-17', dateSource: 'text', title: 'T', vote: { kind: 'recorded', yes: 94, no: 59, abstain: 33, nonVoting: 7 },
			meeting: 'A/73/PV.56', draft: 'A/C.3/73/L.9', committeeReport: 'A/73/590', agendaItem: '109: Crime', undlId: 1, undlVoteId: 2, ohchrId: 3, parts: ['A', 'B'],
		};
		assert.deepEqual(catalogOf([e]).get(e.key), e);
	});

	test('votes encode compactly', () => {
		for (const v of [
			{ kind: 'withoutVote' }, { kind: 'nonRecorded' }, { kind: 'unanimous' }, { kind: 'recorded' },
			{ kind: 'unanimous', yes: 11, no: 0, abstain: 0 }, { kind: 'recorded', yes: 1, no: 2, abstain: 3 },
		] as const) {
			assert.deepEqual(decodeVote(encodeVote(v)), v);
		}
		assert.equal(encodeVote({ kind: 'recorded', yes: 94, no: 59, abstain: 33, nonVoting: 7 }), 'R94-59-33-7');
	});

	test('lookups, completeness and SC years', () => {
		const c = catalogOf([ga(1, 'Fixture one', '2023-09-05')]);
		assert.equal(c.size, 1);
		assert.equal(c.has('A/RES/78/1'), true);
		assert.equal(c.get('A/RES/78/2'), undefined);
		assert.equal(c.get('A/RES/78/1'), c.get('A/RES/78/1'), 'decoded once');
		assert.equal(c.isCompleteSession(78), true);
		assert.equal(c.lastNumberOfSession(78), 331);
		assert.equal(c.lastSecurityCouncilNumber, 3);
		assert.equal(c.securityCouncilYear(2), 1946);
		assert.equal(c.securityCouncilYear(3), 1947);
		assert.equal(c.securityCouncilYear(4), undefined);
		assert.equal(c.securityCouncilYear(0), undefined);
	});

	test('title search: word prefixes, stop words ignored, whole words and newest first', () => {
		const c = catalogOf([
			ga(1, 'Question of Anguilla', '2023-12-05'),
			ga(2, 'Question of Anguilla', '2024-06-01'),
			ga(3, 'Questions relating to information', '2023-12-06'),
			ga(4, 'Rights of the child', '2023-12-19'),
		]);
		assert.deepEqual(c.searchTitle('question anguilla').map((e) => e.key), ['A/RES/78/2', 'A/RES/78/1']);
		assert.deepEqual(c.searchTitle('quest').map((e) => e.key), ['A/RES/78/2', 'A/RES/78/3', 'A/RES/78/1']);
		assert.deepEqual(c.searchTitle('question').map((e) => e.key), ['A/RES/78/2', 'A/RES/78/1', 'A/RES/78/3']);
		assert.deepEqual(c.searchTitle('of the').map((e) => e.key), ['A/RES/78/4']);
		assert.deepEqual(c.searchTitle('ÀNGUILLA', 1).map((e) => e.key), ['A/RES/78/2']);
		assert.deepEqual(c.searchTitle(''), []);
	});

	test('a damaged file gives an empty catalogue and a reason, never an exception', () => {
		for (const text of ['', '{', '[]', '{"format":"other"}']) {
			const c = new Catalog(text, 'bad.json');
			assert.equal(c.get('A/RES/78/1'), undefined);
			assert.equal(c.size, 0);
			assert.equal(c.lastSecurityCouncilNumber, 0);
			assert.deepEqual(c.searchTitle('x'), []);
			assert.match(c.loadError ?? '', /^bad\.json: /);
		}
	});
});
