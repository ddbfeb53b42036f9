import * as assert from 'node:assert/strict';
import { citationDefinition, citationReferences } from '../../../server/src/features/citationNavigation';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { summarize, WorkspaceIndex } from '../../../server/src/workspace/workspaceIndex';

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
	index.set(summarize('file:///ws/own.unres', own.doc, own.lines));
	index.set(summarize('file:///ws/citing.unres', citing.doc, citing.lines));

	test('a file declares its own resolution: symbol, title and date, as a catalogue layer', () => {
		assert.deepEqual(index.layer().entries.map((e) => [e.key, e.title, e.date, e.dateSource]), [
			['A/RES/81/7', 'Cooperation between the United Nations and the Pacific Islands Forum', '2026-11-03', 'user'],
		]);
		assert.equal(index.get('file:///ws/citing.unres')?.declares, undefined, 'a text without a resolution symbol declares nothing');
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
		index.set(summarize('file:///ws/citing.unres', citing.doc, citing.lines));
		assert.equal(index.declarationsVersion, v);
		index.delete('file:///ws/own.unres');
		assert.equal(index.declarationsVersion, v + 1);
		assert.deepEqual(index.layer().entries, []);
	});
});
