import * as assert from 'node:assert/strict';
import { checkText } from '../../../server/src/check/check';
import { parse } from '../../../server/src/parser/parse';

/**
 * The Economic and Social Council's Spanish texts write their first ten meetings out (`Octava sesión plenaria`,
 * E/RES/2021/10; 30 official files): read as the closing line, not as a last paragraph without its full stop.
 */
const text = (meeting: string) => `**Coordinación de la Oficina de Asuntos Humanitarios**

El Consejo Económico y Social,

*Recordando* su resolución 2020/10, de 22 de junio de 2020,

1. *Solicita* al Secretario General que lo informe al respecto;

2. *Decide* seguir examinando la cuestión.

${meeting}
8 de junio de 2021
`;

suite('parser: Spanish meeting lines written out', () => {
	for (const [meeting, n] of [['Octava sesión plenaria', 8], ['Primera sesión plenaria', 1], ['Décima sesión plenaria', 10]] as const) {
		test(`“${meeting}” is the closing line of meeting ${n}`, () => {
			const md = text(meeting);
			const doc = parse(md);
			assert.equal(doc.closing?.meetingNumber, n);
			assert.equal(doc.closing?.date?.value, '2021-06-08');
			assert.deepEqual(checkText(md, { lang: 'es' }).results.filter((r) => r.rule.id === 'operative-punctuation').map((r) => r.finding.messageKey), []);
		});
	}
	test('a word that is no ordinal stays a paragraph', () => {
		const doc = parse(text('Otra sesión plenaria'));
		assert.equal(doc.closing?.meetingNumber, undefined);
	});
});
