import * as assert from 'node:assert/strict';
import { LayeredCatalog, loadCatalogLayer } from '../../../server/src/catalog/index';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { runRules } from '../../../server/src/features/diagnostics';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { ADD_TO_CATALOGUE_COMMAND } from '../../../server/src/protocol';
import { createContext } from '../../../server/src/rules/types';
import { declaredEntry } from '../../../server/src/workspace/workspaceIndex';
import { CORPUS_EN, requireShared } from '../../helpers/paths';
import { draft, findings, realDocuments, results } from './citationTestUtil';
import { fixtureSuite, TEST_NOW } from './harness';

const RULE = 'uncatalogued-resolution';

/**
 * Every undated citation of the real documents the catalogue does not know. All are real texts: GA resolutions of the
 * 52nd–63rd sessions adopted without a vote, a GA decision. The dated ones (53/30 in A/RES/79/1) are the drafter's word
 * and not reported. 22 (I), S-10/2, S-24/2 and ECOSOC 2019/19 came in with the titles of the mandate lists.
 */
const REAL: readonly string[] = [
	'A-RES-75-10.fr.md:81 A/DEC/60/519',
	'A-RES-78-220.txt:21 A/RES/52/27',
	'A-RES-80-161.txt:179 A/RES/52/214', 'A-RES-80-161.txt:180 A/RES/59/39', 'A-RES-80-161.txt:181 A/RES/52/214', 'A-RES-80-161.txt:182 A/RES/63/120',
];

suite('rule uncatalogued-resolution', () => {
	fixtureSuite(RULE);

	test('information by default, whatever the finding; the user may raise it', () => {
		const text = draft('Recalling its resolution 52/27,');
		const doc = parse(text);
		const ctx = createContext(doc, text, new LineMap(text), { catalog: loadBuiltinCatalog(), now: TEST_NOW });
		assert.deepEqual(runRules(ctx).filter((r) => r.rule.id === RULE).map((r) => r.severity), ['information']);
		assert.deepEqual(runRules(ctx, { [RULE]: 'warning' }).filter((r) => r.rule.id === RULE).map((r) => r.severity), ['warning']);
	});

	test('the quick fix is a command that adds the symbol to the workspace catalogue', () => {
		const [found] = results(RULE, draft('Recalling its resolution 52/27,'));
		const fix = found.r.finding.fixes?.[0];
		assert.equal(fix?.titleKey, 'fix.addToCatalogue');
		assert.deepEqual(fix?.edits, []);
		assert.deepEqual(fix?.command, { name: ADD_TO_CATALOGUE_COMMAND, arguments: [{ symbol: 'A/RES/52/27' }] });
	});

	test('a citation the text dates itself is the drafter’s word: no notice, alone or in a list that shares the date', () => {
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 52/27 of 4 December 1997,')), []);
		const fr = "L'Assemblée générale,\n\nRappelant les résolutions 2019/21 et 2019/30 du Conseil économique et social, en date du 23 juillet 2019,\n\n1. Décide de rester saisie de la question.\n";
		assert.deepEqual(findings(RULE, fr), []);
		// The same symbol without a date is noted.
		assert.equal(findings(RULE, draft('Recalling Economic and Social Council resolution 2019/30,')).length, 1);
	});

	test('a user catalogue file or a file of the workspace that declares the resolution makes it known', () => {
		const text = draft('Recalling its resolution 52/27 of 4 December 1997,');
		const layer = loadCatalogLayer('team.json', '{ "entries": [ { "symbol": "52/27", "date": "1997-12-04" } ] }');
		assert.deepEqual(findings(RULE, text, { catalog: new LayeredCatalog(loadBuiltinCatalog(), [layer]) }), []);
		const declaring = parse('United Nations A/RES/52/27\n\nGeneral Assembly\n\nResolution adopted by the General Assembly on 4 December 1997\n\n52/27. Question of Antarctica\n\nThe General Assembly,\n\nRecalling,\n\n1. Decides.\n');
		const entry = declaredEntry(declaring);
		assert.equal(entry?.key, 'A/RES/52/27');
		assert.equal(entry?.date, '1997-12-04');
		assert.equal(entry?.title, 'Question of Antarctica');
		const workspace = { file: 'workspace', entries: [entry!], completeSessions: [], problems: [] };
		assert.deepEqual(findings(RULE, text, { catalog: new LayeredCatalog(loadBuiltinCatalog(), [workspace]) }), []);
	});

	test('documents, impossible references and bodies that do not fit are other rules’ business', () => {
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 99/1 and document A/75/L.20, and General Assembly resolution 2019/19,')), []);
		assert.deepEqual(findings(RULE, draft('Recalling its resolution 52/27,'), { catalog: null }), []);
	});

	test('in the real documents, exactly the listed texts are not in the catalogue (../shared)', function () {
		requireShared(this, CORPUS_EN);
		const got: string[] = [];
		for (const { name, text } of realDocuments()) {
			for (const { r, lines } of results(RULE, text)) {
				got.push(`${name}:${lines.position(r.finding.span.start).line + 1} ${String((r.finding.fixes?.[0]?.command?.arguments[0] as { symbol: string }).symbol)}`);
			}
		}
		assert.deepEqual(got.sort(), [...REAL].sort());
	});
});
