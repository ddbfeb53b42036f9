import * as assert from 'node:assert/strict';
import { leadByGrammar, normWord, type LeadKind, type LeadLang } from '../../../server/src/leadPhrases/index';

/** Lead phrases recognised by their grammar (issue 19): forms the table does not list, and nonsense that stays unknown. */
function reads(phrase: string, lang: LeadLang, kind: LeadKind): boolean {
	return leadByGrammar(phrase.split(/\s+/).map(normWord), lang, kind);
}

suite('lead phrases by grammar', () => {
	const valid: [LeadLang, LeadKind, string][] = [
		['en', 'preambular', 'Desirous of'], ['en', 'preambular', 'Sharing the'], ['en', 'preambular', 'Deeply disappointed at'],
		['en', 'preambular', 'Ever mindful of'], ['en', 'preambular', 'Re-emphasizing the'], ['en', 'preambular', 'Honouring the'],
		['en', 'preambular', 'Having considered the'], ['en', 'preambular', 'Being deeply concerned'], ['en', 'preambular', 'Firmly committed to'],
		['en', 'operative', 'Renews its call'], ['en', 'operative', 'Urgently calls upon'], ['en', 'operative', 'Also re-emphasizes'],
		['en', 'operative', 'Further clarifies'], ['en', 'operative', 'Strongly objects to'],
		['fr', 'preambular', 'Agissant dans'], ['fr', 'preambular', 'Priant instamment'], ['fr', 'preambular', 'Mettant l’accent'],
		['fr', 'preambular', 'Faisant valoir'], ['fr', 'preambular', 'Vivement préoccupée'], ['fr', 'preambular', 'Vivement préoccupés'],
		['fr', 'preambular', 'Désireuse de'], ['fr', 'preambular', 'Désireux de'], ['fr', 'preambular', 'S’inquiétant de'],
		['fr', 'preambular', 'Ayant examiné le'], ['fr', 'preambular', 'Profondément troublée par'],
		['fr', 'operative', 'Se déclare prêt'], ['fr', 'operative', 'Réitère'], ['fr', 'operative', 'Renouvelle'], ['fr', 'operative', 'Sait'],
		['fr', 'operative', 'S’élève contre'], ['fr', 'operative', 'Soutient'], ['fr', 'operative', 'Accueille'],
		['es', 'preambular', 'Guiada por'], ['es', 'preambular', 'Guiado por'], ['es', 'preambular', 'Guiados por'], ['es', 'preambular', 'Resaltando'],
		['es', 'preambular', 'Sumamente preocupada'], ['es', 'preambular', 'Conocedora de'], ['es', 'preambular', 'Habiendo examinado'],
		['es', 'preambular', 'Comprometiéndose nuevamente'],
		['es', 'operative', 'Renueva'], ['es', 'operative', 'Se opone enérgicamente'], ['es', 'operative', 'Hace suya'], ['es', 'operative', 'Continúa'],
	];
	for (const [lang, kind, phrase] of valid) {
		test(`${lang} ${kind}: “${phrase}” is a lead phrase by its grammar`, () => assert.equal(reads(phrase, lang, kind), true));
	}
	const invalid: [LeadLang, LeadKind, string][] = [
		['en', 'preambular', 'Blabla the'], ['en', 'operative', 'Frobnicates the'], ['en', 'preambular', 'Frobnicating the'],
		['en', 'operative', 'Deeply the'], ['en', 'preambular', 'Renews its call'], ['en', 'operative', 'Sharing the'],
		['fr', 'preambular', 'Blabla la'], ['fr', 'operative', 'Frobnique les'], ['fr', 'operative', 'Vivement préoccupée'],
		['es', 'preambular', 'Blabla la'], ['es', 'operative', 'Frobnica las'], ['es', 'preambular', 'Renueva'],
	];
	for (const [lang, kind, phrase] of invalid) {
		test(`${lang} ${kind}: “${phrase}” is not`, () => assert.equal(reads(phrase, lang, kind), false));
	}
});
