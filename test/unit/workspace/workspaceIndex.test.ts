import * as assert from 'node:assert/strict';
import { citationDefinition, citationReferences } from '../../../server/src/features/citationNavigation';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { summarize, textsOf, WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

const OWN = [
	'United Nations A/RES/81/7',
	'General Assembly',
	'Resolution adopted by the General Assembly on 3 November 2026',
	'81/7. Cooperation between the United Nations and the Pacific Islands Forum',
	'The General Assembly,',
	'Recalling its resolution 79/10 of 18 November 2024,',
	'1. Decides to remain seized of the matter.',
].join('\n\n');
const CITING = 'The General Assembly,\n\nRecalling its resolutions 79/10 and 81/7 of 3 November 2026,\n\n1. Welcomes resolution 81/7.\n';

function analysis(text: string) {
	return { text, doc: parse(text), lines: new LineMap(text) };
}

suite('workspace index: declared resolutions, definitions and references', () => {
	const index = new WorkspaceIndex();
	const own = analysis(OWN);
	const citing = analysis(CITING);
	index.set(summarize('file:///ws/own.unres', own.lines, [{ doc: own.doc, offset: 0 }]));
	index.set(summarize('file:///ws/citing.unres', citing.lines, [{ doc: citing.doc, offset: 0 }]));

	test('a file declares its own resolution: symbol, title and date, as a catalogue layer', () => {
		assert.deepEqual(index.layer().entries.map((e) => [e.key, e.title, e.date, e.dateSource]), [
			['A/RES/81/7', 'Cooperation between the United Nations and the Pacific Islands Forum', '2026-11-03', 'user'],
		]);
		assert.deepEqual(index.get('file:///ws/citing.unres')?.declarations, [], 'a text without a resolution symbol declares nothing');
	});

	test('go to definition opens the declaring file at its title', () => {
		const offset = CITING.indexOf('81/7');
		assert.deepEqual(citationDefinition(citing, offset, index), [{ uri: 'file:///ws/own.unres', range: own.lines.range(own.doc.title!.span) }]);
		assert.deepEqual(citationDefinition(citing, CITING.indexOf('79/10'), index), []);
	});

	test('find references lists every citation in the workspace, from a citation or from the declaring file’s symbol', () => {
		const refs = citationReferences(citing, CITING.indexOf('81/7'), index, false).map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`);
		assert.deepEqual(refs, ['file:///ws/citing.unres:2:36', 'file:///ws/citing.unres:4:23']);
		const fromOwn = citationReferences(own, OWN.indexOf('A/RES/81/7'), index, true).map((l) => l.uri);
		assert.deepEqual(fromOwn, ['file:///ws/own.unres', 'file:///ws/citing.unres', 'file:///ws/citing.unres']);
		const other = citationReferences(citing, CITING.indexOf('79/10'), index, false).map((l) => l.uri);
		assert.deepEqual(other, ['file:///ws/citing.unres', 'file:///ws/own.unres']);
	});

	test('the declarations version changes only when what files declare changes', () => {
		const v = index.declarationsVersion;
		index.set(summarize('file:///ws/citing.unres', citing.lines, [{ doc: citing.doc, offset: 0 }]));
		assert.equal(index.declarationsVersion, v);
		index.delete('file:///ws/own.unres');
		assert.equal(index.declarationsVersion, v + 1);
		assert.deepEqual(index.layer().entries, []);
	});
});

suite('workspace index: a compilation declares every text it holds', () => {
	const second = OWN.replace(/81\/7/g, '81/8').replace('3 November 2026', '4 November 2026').replace('Pacific Islands Forum', 'Caribbean Community');
	const text = `${OWN}\n\n${second}\n`;
	const lines = new LineMap(text);
	const index = new WorkspaceIndex();
	index.set(summarize('file:///ws/session.unres', lines, textsOf(text)));

	test('both resolutions, each with its own title and date', () => {
		assert.deepEqual(index.layer().entries.map((e) => [e.key, e.title, e.date]), [
			['A/RES/81/7', 'Cooperation between the United Nations and the Pacific Islands Forum', '2026-11-03'],
			['A/RES/81/8', 'Cooperation between the United Nations and the Caribbean Community', '2026-11-04'],
		]);
	});

	test('go to definition lands on the title of the text that declares it, in the whole file', () => {
		const start = (key: string) => index.definitions(key).map((l) => [l.uri, lines.offset(l.range.start)]);
		assert.deepEqual(start('A/RES/81/7'), [['file:///ws/session.unres', text.indexOf('81/7. Cooperation')]]);
		assert.deepEqual(start('A/RES/81/8'), [['file:///ws/session.unres', text.indexOf('81/8. Cooperation')]]);
	});

	test('citations of the second text are placed in the whole file', () => {
		const refs = index.references('A/RES/79/10', false).map((l) => lines.offset(l.range.start));
		assert.equal(refs.length, 2);
		assert.deepEqual(refs.map((o) => text.slice(o, o + 5)), ['79/10', '79/10']);
		assert.ok(refs[1] > text.indexOf('81/8. Cooperation'), 'the second citation is in the second text');
	});
});
