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

	test('the reference document: 73/187 and 74/247 with their titles (French where the catalogue has it), dates, votes and links (../shared)', function () {
		requireShared(this, SAMPLE_FR);
		const text = readFileSync(SAMPLE_FR, 'utf8');
		const a = analysis(text);
		const h = citationHover(a, at(text, '73/187'), catalog, 'en');
		assert.equal(value(h), [
			'**General Assembly resolution 73/187** — `A/RES/73/187`',
			'',
			// No source has the French title of 73/187: the English one, said to be English.
			'*Countering the use of information and communications technologies for criminal purposes* (English title)',
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
		assert.match(fr, /\n\*Lutte contre l’utilisation des technologies de l’information et des communications à des fins criminelles\*\n/);
		assert.match(fr, /Adoptée le 27 décembre 2019 · session 74/);
		assert.match(fr, /Vote enregistré : 79 voix pour, 60 contre, 33 abstentions \(21 non votants\)/);
		assert.match(fr, /https:\/\/undocs\.org\/fr\/A\/RES\/74\/247/);
	});

	test('acceptance 4: 70/1 in the reference document hovers with its French title; 51/1 and 71/19, which no source titles, with what the text says of them (../shared)', function () {
		requireShared(this, SAMPLE_FR);
		const text = readFileSync(SAMPLE_FR, 'utf8');
		const a = analysis(text);
		// 70/1 is cited in note 4 (“Résolution 70/1.”): its title comes from the catalogue, in the text's language.
		assert.equal(value(citationHover(a, at(text, '70/1.'), catalog, 'fr')), [
			'**Résolution 70/1 de l’Assemblée générale** — `A/RES/70/1`',
			'',
			'*Transformer notre monde : le Programme de développement durable à l’horizon 2030*',
			'',
			'Adoptée le 25 septembre 2015 · session 70',
			'',
			'[Texte (undocs.org)](https://undocs.org/fr/A/RES/70/1)',
		].join('\n'));
		// The document's language decides the title, whatever the editor's.
		assert.match(value(citationHover(a, at(text, '70/1.'), catalog, 'en')), /\n\*Transformer notre monde : le Programme de développement durable à l’horizon 2030\*\n/);
		assert.equal(value(citationHover(a, at(text, '51/1'), catalog, 'fr')), [
			'**Résolution 51/1 de l’Assemblée générale** — `A/RES/51/1`',
			'',
			'Le catalogue n’a pas de titre pour ce texte.',
			'',
			'Ce document en dit : « dans laquelle elle a invité l\'Organisation internationale de police criminelle (INTERPOL) à participer à ses sessions et travaux en qualité d\'observateur »',
			'',
			'Adoptée le 15 octobre 1996 · session 51',
			'',
			'[Texte (undocs.org)](https://undocs.org/fr/A/RES/51/1)',
		].join('\n'));
		// 71/19 and 73/11 share one clause (“ses résolutions 71/19 du … et 73/11 du … concernant …”).
		const v = value(citationHover(a, at(text, '71/19'), catalog, 'fr'));
		assert.match(v, /\n\nLe catalogue n’a pas de titre pour ce texte\.\n\nCe document en dit : « concernant la coopération entre l'Organisation des Nations Unies et INTERPOL, dans lesquelles elle a demandé que l'Organisation des Nations Unies et INTERPOL renforcent leur coopération »\n\n/);
		assert.match(value(citationHover(a, at(text, '71/19'), catalog, 'en')), /The catalogue has no title for this text\.\n\nThis document says of it: “concernant la coopération entre/);
	});

	test('no title: the clause after the citation, its list and date skipped, cut before the next item; nothing when none follows', () => {
		const en = 'The General Assembly,\n\nRecalling its resolutions 51/1 of 15 October 1996 and 53/199 of 15 December 1998 on the proclamation of international years, and Economic and Social Council resolution 1980/67,\n\nRecalling also its resolution 51/1,\n\n1. Decides.\n';
		const first = value(citationHover(analysis(en), at(en, '51/1'), catalog, 'en'));
		assert.match(first, /The catalogue has no title for this text\.\n\nThis document says of it: “on the proclamation of international years”\n/);
		const second = value(citationHover(analysis(en), at(en, '51/1', 1), catalog, 'en'));
		assert.match(second, /The catalogue has no title for this text\.\n\nAdopted on 15 October 1996/);
		const es = 'La Asamblea General,\n\nRecordando su resolución 51/1, de 15 de octubre de 1996, en la que invitó a la Organización Internacional de Policía Criminal a participar en calidad de observadora; y sus resoluciones,\n\n1. Decide.\n';
		assert.match(value(citationHover(analysis(es), at(es, '51/1'), catalog, 'es')), /El catálogo no tiene título para este texto\.\n\nEste documento dice de ella: “en la que invitó a la Organización Internacional de Policía Criminal a participar en calidad de observadora”/);
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
