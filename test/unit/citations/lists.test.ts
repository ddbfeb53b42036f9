import * as assert from 'node:assert/strict';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { citationLists, itemSegments, orderFaults, sortListEdit } from '../../../server/src/citations/lists';
import { applyEdits } from '../../../server/src/fixes/edits';
import { parse } from '../../../server/src/parser/parse';

const para = (p: string) => `The General Assembly,\n\n${p}\n\n1. Decides.\n`;

suite('lists of citations', () => {
	test('one list per keyword; lone items and documents are no lists', () => {
		const doc = parse(para('Recalling its resolutions 71/19 and 73/11, resolution 51/1 and document A/75/L.20,'));
		assert.deepEqual(citationLists(doc.citations).map((l) => l.map((c) => c.text)), [['71/19', '73/11']]);
	});

	test('an item takes its Markdown link tail and its own date with it', () => {
		const text = para('Rappelant ses résolutions [73/11](#) du 26 novembre 2018 et [71/19](#)');
		const [list] = citationLists(parse(text).citations);
		assert.deepEqual(itemSegments(text, list).map((s) => text.slice(s.start, s.end)), ['73/11](#) du 26 novembre 2018', '71/19](#)']);
		const edit = sortListEdit(text, list, loadBuiltinCatalog());
		assert.equal(applyEdits(text, edit ? [edit] : []), para('Rappelant ses résolutions [71/19](#) et [73/11](#) du 26 novembre 2018'));
	});

	test('order by the catalogue’s dates, else the written ones, else the numbering of one series', () => {
		const catalog = loadBuiltinCatalog();
		const faults = (p: string, withCatalog = true) => {
			const [list] = citationLists(parse(para(p)).citations);
			return orderFaults(list, withCatalog ? catalog : undefined).map((f) => `${f.item.text}<${f.after.text}`);
		};
		assert.deepEqual(faults('Recalling its resolutions 73/11 and 71/19,'), ['71/19<73/11']);
		assert.deepEqual(faults('Recalling its resolutions 52/27 of 4 December 1997 and 51/1 of 15 October 1996,', false), ['51/1<52/27']);
		assert.deepEqual(faults('Recalling Security Council resolutions 2396 (2017) and 2178 (2014),', false), ['2178 (2014)<2396 (2017)']);
		assert.deepEqual(faults('Recalling its resolutions 74/54 and 74/45,'), [], 'same day: no order between them');
		assert.deepEqual(faults('Recalling its resolutions 217 A (III) and 71/19,'), []);
	});
});
