import * as assert from 'node:assert/strict';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { citationCompletions } from '../../../server/src/features/citationCompletion';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';

/** Completion at `|`. */
function complete(withCursor: string) {
	const offset = withCursor.indexOf('|');
	const text = withCursor.replace('|', '');
	return citationCompletions({ text, doc: parse(text), lines: new LineMap(text) }, offset, loadBuiltinCatalog());
}
const inserted = (items: ReturnType<typeof complete>) => (items ?? []).map((i) => (i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : i.label));

suite('completion of cited resolutions', () => {
	test('by number prefix after `resolution`, with the date at the first mention', () => {
		const items = complete('The General Assembly,\n\nRecalling its resolution 73/18|');
		const texts = inserted(items);
		assert.ok(texts.includes('73/187 of 17 December 2018'), texts.slice(0, 5).join(' | '));
		assert.equal(texts[0], '73/18 of 30 November 2018');
		const item = items?.find((i) => i.label === '73/187');
		assert.equal(item?.detail, 'Countering the use of information and communications technologies for criminal purposes');
		assert.deepEqual(item?.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, { start: { line: 2, character: 25 }, end: { line: 2, character: 30 } });
		assert.equal(item?.kind, 18);
	});

	test('in French and Spanish the date is the document’s language; a resolution already dated gets none', () => {
		assert.ok(inserted(complete('L’Assemblée générale,\n\nRappelant sa résolution 73/187|')).includes('73/187 du 17 décembre 2018'));
		assert.ok(inserted(complete('La Asamblea General,\n\nRecordando su resolución 73/187|')).includes('73/187 de 17 de diciembre de 2018'));
		assert.deepEqual(inserted(complete('The General Assembly,\n\nRecalling its resolution 73/187 of 17 December 2018,\n\nRecalling also its resolution 73/187|')), ['73/187']);
	});

	test('lists: after `and`, the next item completes too', () => {
		assert.ok(inserted(complete('The General Assembly,\n\nRecalling its resolutions 71/19 of 21 November 2016 and 73/1|')).includes('73/11 of 26 November 2018'));
	});

	test('Security Council numbers, with their year, after `Security Council resolution` and after `S/RES/`', () => {
		const named = complete('The General Assembly,\n\nRecalling Security Council resolution 2178|');
		assert.equal(inserted(named)[0], '2178 (2014) of 24 September 2014');
		const symbol = complete('The General Assembly,\n\nRecalling S/RES/217|');
		assert.ok(symbol?.some((i) => i.label === 'S/RES/2178 (2014)'));
		assert.ok(inserted(symbol).includes('S/RES/2178 (2014)'), 'no date after a symbol');
		assert.ok(complete('The General Assembly,\n\nRecalling A/RES/75/1|')?.some((i) => i.label === 'A/RES/75/10'));
	});

	test('by title words', () => {
		const items = complete('The General Assembly,\n\nRecalling its resolution countering inform|');
		const labels = (items ?? []).map((i) => i.label);
		assert.ok(labels.includes('73/187') && labels.includes('74/247'), labels.join(' '));
		assert.equal(items?.[0].filterText, 'countering inform');
	});

	test('nothing where no citation is being written', () => {
		assert.equal(complete('The General Assembly,\n\nRecalling the report|'), undefined);
		assert.equal(complete('The General Assembly,\n\nRecalling its resolution adopted by|'), undefined);
		assert.equal(complete('The General Assembly,\n\nRecalling its resolution 71/19; noting 73/1|'), undefined);
	});

	test('nothing right after the keyword: a space in running text opens no list', () => {
		assert.equal(complete('The Security Council,\n\nRecalling its resolution |'), undefined);
		assert.match(String(complete('The General Assembly,\n\nRecalling S/RES/|')?.[0].label), /^S\/RES\/2798 \(2025\)$/, 'after `S/RES/`, the newest first');
	});
});
