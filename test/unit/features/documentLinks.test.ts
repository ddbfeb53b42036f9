import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { documentLinks } from '../../../server/src/features/documentLinks';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { requireShared, SAMPLE_FR } from '../../helpers/paths';

suite('document links to undocs.org', () => {
	test('the reference document: resolutions, decisions and documents, in French (../shared)', function () {
		requireShared(this, SAMPLE_FR);
		const text = readFileSync(SAMPLE_FR, 'utf8');
		const links = documentLinks({ text, doc: parse(text), lines: new LineMap(text) }, loadBuiltinCatalog(), 'fr');
		const targets = links.map((l) => l.target);
		for (const t of ['A/75/L.20', 'A/75/L.20/Add.1', 'A/RES/51/1', 'A/RES/71/19', 'A/RES/73/187', 'E/RES/2019/19', 'A/DEC/60/519']) {
			assert.ok(targets.includes(`https://undocs.org/fr/${t}`), `${t} in ${targets.join(' ')}`);
		}
		const first = links.find((l) => l.target === 'https://undocs.org/fr/A/RES/51/1');
		assert.equal(first?.tooltip, 'Ouvrir A/RES/51/1 sur undocs.org');
		assert.equal(text.split('\n')[first!.range.start.line].slice(first!.range.start.character, first!.range.end.character), '51/1');
	});

	test('Security Council resolutions carry their year, the right one', () => {
		const text = 'The General Assembly,\n\nRecalling Security Council resolution 2178 (2015) and document S/2002/515,\n\n1. Decides.\n';
		const links = documentLinks({ text, doc: parse(text), lines: new LineMap(text) }, loadBuiltinCatalog(), 'en');
		assert.deepEqual(links.map((l) => l.target), ['https://undocs.org/en/S/RES/2178(2014)', 'https://undocs.org/en/S/2002/515']);
	});
});
