import * as assert from 'node:assert/strict';
import { quotedTitles } from '../../../scripts/catalog/titles';
import { readAkn } from '../../../scripts/catalog/unxml';

// A made-up AKN4UN file with the elements the builder reads (not a UN text).
const AKN = `<akomaNtoso><statement name="resolution"><meta><identification source="#DGACM">
<FRBRWork><FRBRdate date="2020-11-23" name="adoption"></FRBRdate></FRBRWork>
<FRBRExpression><FRBRlanguage language="fra"></FRBRlanguage></FRBRExpression></identification></meta>
<preface><docNumber refersTo="#symbol">A/RES/99/1</docNumber><docTitle>Résolution adoptée par l’Assemblée générale le 23 novembre 2020</docTitle>
<docTitle refersTo="#resolutionTitle">Titre&#160;d’essai<authorialNote><p>Une note.</p></authorialNote></docTitle></preface>
<preamble><p>Rappelant sa résolution <a href="https://undocs.org/fr/A/RES/70/1">70/1</a> du 25 septembre 2015, intitulée « Transformer notre monde : le Programme », et
ses résolutions <a href="https://undocs.org/fr/A/RES/71/1">71/1</a> et <a href="https://undocs.org/fr/A/RES/72/1">72/1</a>, intitulées « Une liste »,</p>
<p>Rappelant la résolution <a href="https://undocs.org/fr/A/RES/73/1">73/1</a>, annexe, intitulée « Le titre d’une annexe »,</p></preamble></statement></akomaNtoso>`;

suite('catalogue titles from the official XML (scripts/catalog)', () => {
	test('an AKN4UN file: language from FRBRlanguage, symbol, adoption date, the title without its footnote, links as symbols', () => {
		const doc = readAkn(AKN, 'made-up.xml');
		assert.equal(doc?.lang, 'fr');
		assert.equal(doc?.symbol, 'A/RES/99/1');
		assert.equal(doc?.adopted, '2020-11-23');
		assert.equal(doc?.title, 'Titre d’essai');
		assert.match(doc?.text ?? '', /résolution ⟦A\/RES\/70\/1⟧ du 25 septembre 2015/);
		assert.equal(readAkn(AKN.replace('fra', 'deu'), 'x.xml'), undefined, 'a language other than en/fr/es is skipped');
	});

	test('titles quoted after one linked citation; not after a list, not an annex’s', () => {
		const doc = readAkn(AKN, 'made-up.xml');
		assert.deepEqual(quotedTitles(doc?.text ?? ''), [{ symbol: 'A/RES/70/1', title: 'Transformer notre monde : le Programme' }]);
		assert.deepEqual(quotedTitles('recalling its resolution ⟦A/RES/66/288⟧ of 27 July 2012, entitled “The future we want”, in which'), [{ symbol: 'A/RES/66/288', title: 'The future we want' }]);
		assert.deepEqual(quotedTitles('su resolución ⟦A/RES/70/1⟧, de 25 de septiembre de 2015, titulada “Transformar nuestro mundo: la Agenda 2030”,'), [{ symbol: 'A/RES/70/1', title: 'Transformar nuestro mundo: la Agenda 2030' }]);
		assert.deepEqual(quotedTitles('the report ⟦A/75/982⟧ entitled “Our Common Agenda”'), []);
	});
});
