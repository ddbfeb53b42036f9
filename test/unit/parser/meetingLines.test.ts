import * as assert from 'node:assert/strict';
import { CLOSING, meetingNumberOf } from '../../../server/src/parser/meetingLines';

// The Economic and Social Council's Spanish texts write the meeting out (`Primera sesión plenaria`): a closing line.
suite('meeting lines written out in Spanish', () => {
	const cases: [string, number][] = [
		['Primera sesión plenaria', 1], ['Tercera sesión plenaria', 3], ['Octava sesión plenaria', 8], ['Décima sesión plenaria', 10],
		['Decimoctava sesión plenaria', 18], ['Vigésima tercera sesión plenaria', 23], ['Vigesimoprimera sesión plenaria', 21],
		['Quincuagésima sesión plenaria', 50], ['43a reunión plenaria', 43], ['Centésima segunda sesión plenaria', 102],
	];
	for (const [line, n] of cases) {
		test(`${line} → ${n}`, () => {
			const m = CLOSING.exec(line);
			assert.ok(m, line);
			assert.equal(meetingNumberOf(m[1]), n);
		});
	}
	test('an ordinal word that is no meeting line stays a paragraph', () => {
		assert.equal(CLOSING.exec('Primera reunión del Comité, celebrada en Ginebra'), null);
		assert.equal(CLOSING.exec('Segunda parte del período de sesiones'), null);
		assert.equal(meetingNumberOf('Primeramente'), undefined);
	});
});
