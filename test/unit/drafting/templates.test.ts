import * as assert from 'node:assert/strict';
import { draftTemplate, snippetToText, TEMPLATE_BODIES } from '../../../server/src/features/templates';
import { LEAD_LANGS } from '../../../server/src/leadPhrases/index';
import { parse } from '../../../server/src/parser/parse';
import { check, describe } from '../rules/harness';

suite('templates of a new draft', () => {
	for (const body of TEMPLATE_BODIES) {
		for (const lang of LEAD_LANGS) {
			test(`${body} in ${lang}: masthead, sponsors, title, organ line, one preambular and one operative paragraph, and no finding`, () => {
				const snippet = draftTemplate(body, lang);
				const text = snippetToText(snippet);
				const doc = parse(text);
				assert.equal(doc.lang, lang);
				assert.equal(doc.organ?.body, body);
				assert.equal(doc.organ?.hasComma, true);
				assert.ok(doc.masthead.symbol, 'a symbol');
				assert.ok(doc.masthead.sponsors, 'a sponsors line');
				assert.equal(doc.title === undefined, body === 'SC', 'a title, except for the Security Council');
				if (body !== 'SC') {
					assert.ok(doc.masthead.agendaItem, 'an agenda item');
				}
				assert.equal(doc.preamble.length, 1);
				assert.equal(doc.operativeParts.length, 1);
				assert.equal(doc.operativeParts[0].paragraphs.length, 1);
				assert.equal(doc.operativeParts[0].paragraphs[0].number, undefined, 'a single operative paragraph is not numbered');
				const { results, lines } = check(text);
				assert.deepEqual(describe(results, lines), []);
				// Every field is numbered and the cursor ends in the operative paragraph.
				assert.match(snippet, /\$\{0:[^}]*\}\.\n$/);
			});
		}
	}
});
