import * as assert from 'node:assert/strict';
import { format, localeOf, LOCALES, MESSAGES, msg, type MessageKey } from '../../../server/src/l10n/messages';

const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort().join(',');

suite('messages in English, French and Spanish', () => {
	test('every key has the three languages, with the same arguments', () => {
		for (const [key, templates] of Object.entries(MESSAGES)) {
			for (const locale of LOCALES) {
				const t = (templates as Record<string, string>)[locale];
				assert.ok(typeof t === 'string' && t.trim().length > 0, `${key} has ${locale}`);
				assert.equal(placeholders(t), placeholders(templates.en), `${key} (${locale}) takes the same arguments as in English`);
			}
			assert.equal(Object.keys(templates).length, LOCALES.length, `${key} has no other language`);
		}
	});

	test('the locale comes from the client: fr-CA → fr, es-419 → es, anything else → en', () => {
		assert.equal(localeOf('fr-CA'), 'fr');
		assert.equal(localeOf('es-419'), 'es');
		assert.equal(localeOf('ES'), 'es');
		assert.equal(localeOf('de'), 'en');
		assert.equal(localeOf(undefined), 'en');
	});

	test('arguments are formatted in the same language, nested messages included, and the sentence starts with a capital', () => {
		const key: MessageKey = 'numbering.missing';
		assert.equal(format(key, [msg('noun.operative', 5), 4, 6], 'en'), 'Operative paragraph 5 is missing: 4 is followed by 6');
		assert.equal(format(key, [msg('noun.operative', 5), 4, 6], 'fr'), 'Il manque le paragraphe 5 du dispositif : le 4 est suivi du 6');
		assert.equal(format(key, [msg('noun.operative', 5), 4, 6], 'es'), 'Falta el párrafo 5 de la parte dispositiva: el 4 va seguido del 6');
		assert.equal(format('numbering.start', [msg('noun.numbering.annex'), 3, 1], 'en'), 'The numbering of the annex starts at 3: expected 1');
	});
});
