import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type BuildReport, buildCatalog, serialize } from '../../../scripts/build-catalog';
import { Catalog } from '../../../server/src/catalog/catalog';
import type { CatalogFile } from '../../../server/src/catalog/format';

// Compiled to out/test/unit/catalog: the repository root is four levels up.
const root = path.resolve(__dirname, '..', '..', '..', '..');
const raw = path.join(root, 'test', 'fixtures', 'catalog', 'raw');

suite('catalog builder (fixtures)', () => {
	let file: CatalogFile;
	let report: BuildReport;
	let catalog: Catalog;
	suiteSetup(() => {
		({ file, report } = buildCatalog(raw));
		catalog = new Catalog(serialize(file), 'fixture');
	});

	const conflict = (key: string, field: string) => report.conflicts.filter((c) => c.key === key && c.field === field);

	test('counts per body', () => {
		assert.equal(report.counts['GA resolutions'], 12);
		assert.equal(report.counts['GA decisions'], 1);
		assert.equal(report.counts['SC resolutions'], 7);
		assert.equal(report.counts['ECOSOC resolutions'], 1);
		assert.equal(report.counts['HRC resolutions'], 1);
		assert.equal(report.counts['HRC decisions'], 1);
		assert.equal(catalog.loadError, undefined);
	});

	test('a malformed row is reported with its file and line, and the other rows load', () => {
		assert.ok(report.problems.some((p) => p.file === 'undl-voting-records-lefthand67/undl_voting_records.csv' && p.line === 9 && /expected 17 fields, found 7/.test(p.message)));
		assert.equal(catalog.has('A/RES/99/1'), false);
		assert.ok(catalog.has('S/RES/5'), 'the row after the bad one loads');
		assert.ok(report.problems.some((p) => p.file === 'mined-from-texts/cited_dates.csv' && p.line === 8 && /bad date/.test(p.message)));
	});

	test('a missing raw folder is a problem, not a failure', () => {
		const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-raw-'));
		let built: ReturnType<typeof buildCatalog>;
		try {
			built = buildCatalog(empty);
		} finally {
			fs.rmSync(empty, { recursive: true, force: true });
		}
		assert.equal(built.file.rows.length, 0);
		assert.ok(built.report.problems.every((p) => /file not found/.test(p.message)));
		// Six CSV files, four unxml tarballs, titles_found.tsv.
		assert.equal(built.report.problems.length, 11);
	});

	test("the resolution's own text wins over the vote data", () => {
		const e = catalog.get('A/RES/73/187');
		assert.equal(e?.date, '2018-12-17');
		assert.equal(e?.dateSource, 'text');
		assert.equal(e?.meeting, 'A/73/PV.56');
		assert.deepEqual(e?.vote, { kind: 'recorded', yes: 94, no: 59, abstain: 33, nonVoting: 7 });
		assert.equal(e?.agendaItem, '109: Crime prevention and criminal justice');
	});

	test('a self-date the SOURCE.md lists as wrong loses to the meetings tables (S/RES/29)', () => {
		assert.equal(catalog.get('S/RES/29')?.date, '1947-08-21');
		const [c] = conflict('S/RES/29', 'date');
		assert.equal(c.rejected, '1947-08-12');
		assert.equal(c.rejectedFrom, 'own text');
		assert.match(c.why, /known error/);
	});

	test('SC: the meetings tables win over the vote data (S/RES/300), and a known UNDL error is named (S/RES/50)', () => {
		assert.equal(catalog.get('S/RES/300')?.date, '1971-10-13');
		assert.equal(conflict('S/RES/300', 'date')[0].chosenFrom, 'UN meetings tables');
		assert.deepEqual(catalog.get('S/RES/300')?.vote, { kind: 'recorded', yes: 14, no: 0, abstain: 0 });
		assert.equal(catalog.get('S/RES/50')?.date, '1948-05-29');
		assert.match(conflict('S/RES/50', 'date')[0].why, /known error/);
	});

	test("a meetings-table row with a wrong symbol year takes its yearly table's year (S/RES/207)", () => {
		assert.equal(catalog.get('S/RES/207')?.date, '1965-08-10');
		assert.equal(catalog.securityCouncilYear(207), 1965);
	});

	test('vote data wins over a citation typo (A/RES/74/45)', () => {
		assert.equal(catalog.get('A/RES/74/45')?.date, '2019-12-12');
		assert.equal(catalog.get('A/RES/74/45')?.dateSource, 'votes');
		assert.equal(conflict('A/RES/74/45', 'date')[0].rejected, '2019-12-19');
	});

	test('a signals-card title that is only a session heading is dropped (A/RES/72/5)', () => {
		assert.equal(catalog.get('A/RES/72/5')?.title, 'Necessity of ending the fixture embargo');
	});

	test('SC: without a vote, unanimous, titles, record ids and the year in the symbol', () => {
		assert.deepEqual(catalog.get('S/RES/7')?.vote, { kind: 'withoutVote' });
		assert.deepEqual(catalog.get('S/RES/29')?.vote, { kind: 'unanimous', yes: 11, no: 0, abstain: 0 });
		const e = catalog.get('S/RES/2178');
		assert.equal(e?.symbol, 'S/RES/2178 (2014)');
		assert.equal(e?.title, 'on threats to international peace and security caused by terrorist acts');
		assert.equal(e?.undlId, 780316);
		assert.equal(e?.undlVoteId, 2007);
		assert.equal(e?.meeting, 'S/PV.7272');
	});

	test('SC numbering: last number, stubs with their year, year of each number', () => {
		assert.equal(catalog.lastSecurityCouncilNumber, 2178);
		assert.equal(catalog.get('S/RES/6')?.stub, true);
		assert.equal(catalog.securityCouncilYear(6), 1946);
		assert.equal(catalog.get('S/RES/6')?.symbol, 'S/RES/6 (1946)');
		assert.equal(catalog.securityCouncilYear(2178), 2014);
		assert.equal(catalog.securityCouncilYear(2179), undefined);
	});

	test('parts: a record per part, and the whole resolution with the earliest date', () => {
		const whole = catalog.get('A/RES/31/6');
		assert.deepEqual(whole?.parts, ['A', 'B']);
		assert.equal(whole?.date, '1976-10-26');
		assert.equal(whole?.vote, undefined);
		assert.deepEqual(catalog.getPart('A/RES/31/6', 'B')?.vote, { kind: 'recorded', yes: 110, no: 8, abstain: 20, nonVoting: 9 });
		assert.equal(catalog.getPart('A/RES/31/6', 'B')?.part, 'B');
		assert.deepEqual(catalog.get('A/RES/217(III)')?.parts, ['A']);
		assert.deepEqual(catalog.get('A/DEC/61/528')?.parts, ['A', 'B', 'C']);
	});

	test('drafts, HRC, ECOSOC and citations-only entries', () => {
		assert.equal(catalog.get('A/RES/60/3')?.draft, 'A/60/L.60 and A/60/L.60/Add.1');
		assert.equal(catalog.get('A/RES/60/2')?.agendaItem, '12 (b)');
		const hrc = catalog.get('A/HRC/RES/45/1');
		assert.equal(hrc?.title, 'Situation of human rights in the fixture');
		assert.equal(hrc?.draft, 'A/HRC/45/L.1');
		assert.equal(hrc?.meeting, '10th meeting');
		assert.equal(hrc?.ohchrId, 29455);
		assert.deepEqual(catalog.get('A/HRC/DEC/22/117')?.vote, { kind: 'withoutVote' });
		assert.equal(catalog.get('E/RES/2019/19')?.date, '2019-07-23');
		assert.equal(catalog.get('A/RES/50/1')?.dateSource, 'citations');
		assert.equal(report.skipped['ohchr-voting-lszoszk/resolutions.csv'], 2);
	});

	test('completeness: every number known, session closed, last one adopted in the closing September', () => {
		assert.equal(catalog.isCompleteSession(60), true);
		assert.equal(catalog.lastNumberOfSession(60), 3);
		assert.equal(catalog.isCompleteSession(61), false, 'last resolution not in the closing September');
		assert.equal(catalog.isCompleteSession(62), false, 'a gap of one in three');
		assert.match(report.sessions.find((s) => s.session === 62)?.reason ?? '', /numbers unknown/);
	});
});
