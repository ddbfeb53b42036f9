import * as assert from 'node:assert/strict';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';

const DRAFT = [
	"L'Assemblée générale,",
	'',
	'*Rappelant* la Convention relative aux droits de l’enfant¹,',
	'',
	'___________________',
	'',
	'¹ Nations Unies, *Recueil des Traités*, vol. 1577, n° 27531 ; voir [le texte](https://undocs.org/A/RES/44/25).',
	'',
	'*Notant* le rapport²,',
	'',
	'1. *Décide* de rester saisie de la question ;',
	'',
	'2. *Prie* le Secrétaire général de lui faire rapport.',
	'',
	'___________________',
	'',
	'² A/75/100.',
	'',
].join('\n');

suite('outline (document symbols)', () => {
	const doc = parse(DRAFT);
	const symbols = documentSymbols(doc, DRAFT, new LineMap(DRAFT));
	const byPosition = [...symbols].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

	test('notes at a page foot inside the preamble: "Notes" still comes last in an outline sorted by position', () => {
		assert.deepEqual(byPosition.map((s) => s.name), ['Préambule', 'Dispositif', 'Notes']);
		const notes = symbols.find((s) => s.name === 'Notes')!;
		assert.deepEqual(notes.children?.map((c) => c.range.start.line), [6, 16], 'each note keeps its own place');
	});

	test('note labels show the text as read, without Markdown', () => {
		const notes = symbols.find((s) => s.name === 'Notes')!;
		assert.deepEqual(notes.children?.map((c) => c.name), [
			'1 Nations Unies, Recueil des Traités, vol. 1577, n° 27531 ; voir le texte.',
			'2 A/75/100.',
		]);
	});
});
