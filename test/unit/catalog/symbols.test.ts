import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { catalogKey, fromRoman, normalizeSymbol, parseSymbol, type SymbolHint, toRoman, undocsUrl } from '../../../server/src/catalog/symbols';

suite('catalog symbols', () => {
	const cases: [string, SymbolHint, string | undefined, string[]?][] = [
		// GA, slash form since the 31st session
		['A/RES/71/19', {}, 'A/RES/71/19'],
		['71/19', { body: 'GA' }, 'A/RES/71/19'],
		['71/19', {}, 'A/RES/71/19'],
		['resolution 71/19', {}, 'A/RES/71/19'],
		['résolution 71/19', {}, 'A/RES/71/19'],
		['A/RES/75/10', {}, 'A/RES/75/10'],
		['a/res/75/10', {}, 'A/RES/75/10'],
		['A/RES/57/270B', {}, 'A/RES/57/270', ['B']],
		['A/RES/57/270 B', {}, 'A/RES/57/270', ['B']],
		['31/16 A', {}, 'A/RES/31/16', ['A']],
		['31/6 A and B', {}, 'A/RES/31/6', ['A', 'B']],
		['31/6 A et B', {}, 'A/RES/31/6', ['A', 'B']],
		['A/RES/31/6[A]', {}, 'A/RES/31/6', ['A']],
		['A/RES/75/254A-C', {}, 'A/RES/75/254', ['A', 'B', 'C']],
		['A/RES/33/116[B-IX]', {}, 'A/RES/33/116', ['B-IX']],
		['S-24/2', {}, 'A/RES/S-24/2'],
		['ES-11/1', {}, 'A/RES/ES-11/1'],
		['A/RES/ES-10/19', {}, 'A/RES/ES-10/19'],
		// GA, roman sessions before the 31st
		['217 A (III)', {}, 'A/RES/217(III)', ['A']],
		['A/RES/217(III)[A]', {}, 'A/RES/217(III)', ['A']],
		['A/RES/217 (III) A', {}, 'A/RES/217(III)', ['A']],
		['2 (I)', {}, 'A/RES/2(I)'],
		['A/RES/2758(XXVI)', {}, 'A/RES/2758(XXVI)'],
		['3379 (XXX)', {}, 'A/RES/3379(XXX)'],
		['A/RES/104(S-1)', {}, 'A/RES/104(S-I)'],
		['A/RES/997(ES-I)', {}, 'A/RES/997(ES-I)'],
		['A/RES/3200(S-VI)', {}, 'A/RES/3200(S-VI)'],
		// GA decisions
		['A/DEC/60/519', {}, 'A/DEC/60/519'],
		['decision 60/519', {}, 'A/DEC/60/519'],
		['60/519', { kind: 'decision' }, 'A/DEC/60/519'],
		['A/DEC/74/537 B', {}, 'A/DEC/74/537', ['B']],
		// Security Council: the key has no year
		['S/RES/2178 (2014)', {}, 'S/RES/2178'],
		['S/RES/2178(2014)', {}, 'S/RES/2178'],
		['2178 (2014)', {}, 'S/RES/2178'],
		['2178 (2015)', {}, 'S/RES/2178'],
		['S/RES/2178', {}, 'S/RES/2178'],
		// ECOSOC
		['E/RES/2019/19', {}, 'E/RES/2019/19'],
		['1980/67', {}, 'E/RES/1980/67'],
		['2019/19', { body: 'ECOSOC' }, 'E/RES/2019/19'],
		['E/DEC/2017/206', {}, 'E/DEC/2017/206'],
		['E/RES/155(VII)[C]', {}, 'E/RES/155(VII)', ['C']],
		['155 C (VII)', { body: 'ECOSOC' }, 'E/RES/155(VII)', ['C']],
		// Human Rights Council
		['A/HRC/RES/45/1', {}, 'A/HRC/RES/45/1'],
		['45/1', { body: 'HRC' }, 'A/HRC/RES/45/1'],
		['A/HRC/DEC/19/119', {}, 'A/HRC/DEC/19/119'],
		['19/119', { body: 'HRC', kind: 'decision' }, 'A/HRC/DEC/19/119'],
		['A/HRC/RES/S-1/1', {}, 'A/HRC/RES/S-1/1'],
		['A/HRC/DEC22/117', {}, 'A/HRC/DEC/22/117'],
		// not resolutions
		['A/75/L.20', {}, undefined],
		['A/CONF.192/15', {}, undefined],
		['S/2002/515', {}, undefined],
		['A/RES/79/XX', {}, undefined],
		['71/19', { body: 'SC' }, undefined],
		['hello', {}, undefined],
		['', {}, undefined],
	];
	for (const [text, hint, key, parts] of cases) {
		test(`${JSON.stringify(text)}${hint.body || hint.kind ? ` (${[hint.body, hint.kind].filter(Boolean).join(', ')})` : ''} → ${key ?? 'none'}`, () => {
			const parsed = parseSymbol(text, hint);
			assert.equal(parsed?.key, key);
			assert.deepEqual(parsed?.parts, parts);
		});
	}

	test('written fields are reported', () => {
		assert.deepEqual(parseSymbol('217 A (III)'), { key: 'A/RES/217(III)', body: 'GA', kind: 'resolution', session: 3, sessionKind: 'regular', number: 217, parts: ['A'] });
		assert.deepEqual(parseSymbol('2178 (2015)'), { key: 'S/RES/2178', body: 'SC', kind: 'resolution', year: 2015, number: 2178 });
		assert.deepEqual(parseSymbol('ES-11/1'), { key: 'A/RES/ES-11/1', body: 'GA', kind: 'resolution', session: 11, sessionKind: 'emergency', number: 1 });
	});

	test('catalogKey builds the key from a citation as the parser reports it', () => {
		assert.equal(catalogKey({ kind: 'resolution', body: 'GA', session: 71, number: 19 }), 'A/RES/71/19');
		assert.equal(catalogKey({ kind: 'resolution', body: 'GA', session: 3, sessionKind: 'regular', number: 217 }), 'A/RES/217(III)');
		assert.equal(catalogKey({ kind: 'resolution', body: 'GA', session: 10, sessionKind: 'emergency', number: 19 }), 'A/RES/ES-10/19');
		assert.equal(catalogKey({ kind: 'resolution', body: 'GA', session: 24, sessionKind: 'special', number: 2 }), 'A/RES/S-24/2');
		assert.equal(catalogKey({ kind: 'decision', body: 'GA', session: 60, number: 519 }), 'A/DEC/60/519');
		assert.equal(catalogKey({ kind: 'resolution', body: 'SC', year: 2015, number: 2178 }), 'S/RES/2178');
		assert.equal(catalogKey({ kind: 'resolution', body: 'ECOSOC', year: 2019, number: 19 }), 'E/RES/2019/19');
		assert.equal(catalogKey({ kind: 'resolution', body: 'HRC', session: 45, number: 1 }), 'A/HRC/RES/45/1');
		assert.equal(catalogKey({ kind: 'document', body: 'GA', session: 75, number: 20 }), undefined);
		assert.equal(catalogKey({ kind: 'resolution', body: 'GA', number: 19 }), undefined);
		assert.equal(catalogKey({ kind: 'decision', body: 'SC', year: 2014, number: 1 }), undefined);
	});

	test('every key reads back to itself', () => {
		fc.assert(fc.property(
			fc.constantFrom('GA', 'ECOSOC', 'HRC', 'SC' as const), fc.constantFrom('resolution', 'decision' as const),
			fc.integer({ min: 1, max: 80 }), fc.constantFrom('regular', 'special', 'emergency' as const), fc.integer({ min: 1946, max: 2030 }), fc.integer({ min: 1, max: 3000 }),
			(body, kind, session, sessionKind, year, number) => {
				const key = catalogKey({ body, kind, session: body === 'SC' ? undefined : session, sessionKind, year: body === 'SC' || body === 'ECOSOC' ? year : undefined, number });
				if (key !== undefined) {
					assert.equal(normalizeSymbol(key), key);
				}
			},
		));
	});

	test('roman numerals', () => {
		for (let n = 1; n <= 99; n++) {
			assert.equal(fromRoman(toRoman(n)), n);
		}
		assert.equal(fromRoman('IIII'), undefined);
		assert.equal(fromRoman('ABC'), undefined);
	});

	test('links', () => {
		assert.equal(undocsUrl('A/RES/71/19'), 'https://undocs.org/en/A/RES/71/19');
		assert.equal(undocsUrl('S/RES/2178', 'fr', 2014), 'https://undocs.org/fr/S/RES/2178(2014)');
	});
});
