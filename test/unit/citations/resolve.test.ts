import * as assert from 'node:assert/strict';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { bodyConflict, faultOf, resolveCitation, shapeOf } from '../../../server/src/citations/resolve';
import { parse } from '../../../server/src/parser/parse';

const cite = (p: string) => parse(`The General Assembly,\n\n${p}\n\n1. Decides.\n`).citations;
const NOW = new Date('2026-03-31T12:00:00Z');

suite('cited resolutions and the catalogue', () => {
	test('shapes and the bodies named beside them', () => {
		const cs = cite('Recalling General Assembly resolution 2019/19, Security Council resolution 2178 (2014), resolutions 217 A (III) and 71/19, A/RES/75/10 and Human Rights Council resolution 5/1,');
		assert.deepEqual(cs.map((c) => `${c.text}:${shapeOf(c)}:${c.body}:${c.namedBody ?? '-'}`), [
			'2019/19:year:ECOSOC:GA', '2178 (2014):scYear:SC:SC', '217 A (III):roman:GA:-', '71/19:session:GA:-', 'A/RES/75/10:symbol:GA:-', '5/1:session:HRC:HRC',
		]);
		assert.deepEqual(cs.map((c) => bodyConflict(c)?.named ?? '-'), ['GA', '-', '-', '-', '-', '-']);
	});

	test('a commission’s resolutions have their own numbering: not read as the General Assembly’s or ECOSOC’s', () => {
		const texts = cite([
			'Recalling Commission on Narcotic Drugs resolution 62/4 of 22 March 2019, Commission on Human Rights resolution 2005/69,',
			'the Commission on the Status of Women, in its resolution 60/2, la résolution 27/3 de la Commission pour la prévention du crime et la justice pénale',
			'y la resolución 60/2 de la Comisión de la Condición Jurídica y Social de la Mujer, and its resolution 71/19,',
		].join(' ')).map((c) => c.text);
		assert.deepEqual(texts, ['71/19']);
		assert.deepEqual(cite('Recalling the report of the Commission on Human Rights and its resolution 71/19, the Commission by the General Assembly, in its decision 52/492,').map((c) => c.symbol), ['A/RES/71/19', 'A/DEC/52/492']);
	});

	test('the catalogue record of a citation, by the body the shape decides', () => {
		const catalog = loadBuiltinCatalog();
		const [ga, sc] = cite('Recalling its resolution 73/187 and Security Council resolution 2178 (2015),');
		assert.equal(resolveCitation(ga, catalog).entry?.date, '2018-12-17');
		assert.equal(resolveCitation(sc, catalog).key, 'S/RES/2178');
		assert.equal(faultOf(resolveCitation(sc, catalog), catalog, NOW)?.kind, 'scYear');
		assert.equal(faultOf(resolveCitation(ga, catalog), catalog, NOW), undefined);
	});
});
