import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { MarkupContent } from 'vscode-languageserver-types';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { citationAt, citationHover } from '../../../server/src/features/citationHover';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { requireShared, SAMPLE_FR } from '../../helpers/paths';

const analysis = (text: string) => ({ text, doc: parse(text), lines: new LineMap(text) });
const at = (text: string, token: string, nth = 0) => {
	let i = -1;
	for (let k = 0; k <= nth; k++) {
		i = text.indexOf(token, i + 1);
	}
	return i + 1;
};
const value = (h: ReturnType<typeof citationHover>) => (h?.contents as MarkupContent | undefined)?.value ?? '';

suite('hover on a cited resolution', () => {
	const catalog = loadBuiltinCatalog();

	test('the reference document: 73/187 and 74/247 with their titles, dates, votes and links (../shared)', function () {
		requireShared(this, SAMPLE_FR);
		const text = readFileSync(SAMPLE_FR, 'utf8');
		const a = analysis(text);
		const h = citationHover(a, at(text, '73/187'), catalog, 'en');
		assert.equal(value(h), [
			'**General Assembly resolution 73/187** — `A/RES/73/187`',
			'',
			'*Countering the use of information and communications technologies for criminal purposes*',
			'',
			'Adopted on 17 December 2018 · session 73 · meeting A/73/PV.56  ',
			'Recorded vote: 94 in favour, 59 against, 33 abstentions (7 not voting)  ',
			'Agenda item 109: Crime prevention and criminal justice  ',
			'Report: A/73/590',
			'',
			'[Text (undocs.org)](https://undocs.org/fr/A/RES/73/187) · [Voting record](https://digitallibrary.un.org/record/1656199)',
		].join('\n'));
		assert.deepEqual(h?.range, a.lines.range(a.doc.citations.find((c) => c.text === '73/187')!.span));
		const fr = value(citationHover(a, at(text, '74/247'), catalog, 'fr'));
		assert.match(fr, /^\*\*Résolution 74\/247 de l’Assemblée générale\*\* — `A\/RES\/74\/247`/);
		assert.match(fr, /\*Countering the use of information and communications technologies for criminal purposes\*/);
		assert.match(fr, /Adoptée le 27 décembre 2019 · session 74/);
		assert.match(fr, /Vote enregistré : 79 voix pour, 60 contre, 33 abstentions \(21 non votants\)/);
		assert.match(fr, /https:\/\/undocs\.org\/fr\/A\/RES\/74\/247/);
	});

	test('a text the catalogue does not know: said plainly, with the date the document gives and the link', () => {
		const text = 'L’Assemblée générale,\n\nRappelant sa décision 60/519 du 23 décembre 2005,\n\n1. Décide.\n';
		const v = value(citationHover(analysis(text), at(text, '60/519'), catalog, 'fr'));
		assert.equal(v, [
			'**Décision 60/519 de l’Assemblée générale** — `A/DEC/60/519`',
			'',
			'Absente du catalogue hors ligne : elle peut fort bien exister, mais son titre, sa date et son vote sont inconnus ici.',
			'',
			'Ce document la cite comme datée du 23 décembre 2005.',
			'',
			'[Texte (undocs.org)](https://undocs.org/fr/A/DEC/60/519)',
		].join('\n'));
	});

	test('Security Council: the year of adoption in the symbol, the subject line, the year the text wrongly gives', () => {
		const text = 'The Security Council,\n\nRecalling its resolution 2178 (2015),\n\n1. Decides.\n';
		const v = value(citationHover(analysis(text), at(text, '2178'), catalog, 'en'));
		assert.match(v, /^\*\*Security Council resolution 2178 \(2015\)\*\* — `S\/RES\/2178 \(2014\)`/);
		assert.match(v, /Adopted on 24 September 2014/);
		assert.match(v, /This document gives the year 2015\./);
		assert.match(v, /https:\/\/undocs\.org\/en\/S\/RES\/2178\(2014\)/);
	});

	test('documents link to their text; no hover away from a citation', () => {
		const text = 'The General Assembly,\n\nTaking note of the report of the Secretary-General (A/75/L.20/Add.1),\n\n1. Decides.\n';
		assert.equal(value(citationHover(analysis(text), at(text, 'A/75'), catalog, 'en')), '**Document A/75/L.20/Add.1**\n\n[Text (undocs.org)](https://undocs.org/en/A/75/L.20/Add.1)');
		assert.equal(citationHover(analysis(text), at(text, 'report'), catalog, 'en'), undefined);
	});

	test('citationAt finds the token under the cursor, its end included', () => {
		const text = 'The General Assembly,\n\nRecalling its resolutions 71/19 and 73/11,\n\n1. Decides.\n';
		const doc = parse(text);
		assert.equal(citationAt(doc, text.indexOf('71/19'))?.text, '71/19');
		assert.equal(citationAt(doc, text.indexOf('71/19') + 5)?.text, '71/19');
		assert.equal(citationAt(doc, text.indexOf(' and ') + 2), undefined);
		assert.equal(citationAt(doc, text.indexOf('73/11') + 2)?.text, '73/11');
	});
});
