import * as assert from 'node:assert/strict';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { leadCompletions } from '../../../server/src/features/completion';
import { leadPhraseHover } from '../../../server/src/features/leadPhraseHover';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';

/** A document with `|` where the cursor is. */
function at(withCursor: string): { src: { doc: ReturnType<typeof parse>; text: string; lines: LineMap }; offset: number } {
	const offset = withCursor.indexOf('|');
	const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
	return { src: { doc: parse(text), text, lines: new LineMap(text) }, offset };
}

function complete(withCursor: string, snippets = true): CompletionItem[] {
	const { src, offset } = at(withCursor);
	return leadCompletions(src, offset, { snippets }).items;
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (items: CompletionItem[], label: string) => (items.find((i) => i.label === label)?.textEdit as TextEdit | undefined)?.newText;

suite('completion of lead phrases', () => {
	test('a Council text in French gets the masculine forms; a text whose organ is unknown gets both', () => {
		const council = complete('Le Conseil de sécurité,\n\n|\n\n1. *Décide* de rester saisi de la question.\n');
		assert.ok(labels(council).includes('Préoccupé') && !labels(council).includes('Préoccupée'));
		assert.ok(labels(council).includes('Convaincu'));
		const unknown = complete('|\n');
		assert.ok(labels(unknown).includes('Préoccupée') || labels(unknown).includes('Concerned'));
		const es = complete('La Asamblea General,\n\n|\n');
		assert.ok(labels(es).includes('Convencida') && !labels(es).includes('Convencido'));
		assert.ok(labels(es).includes('Recordando'));
	});

	test('written the way the document writes its lead phrases: italics for the operative verbs of the reference style, plain in the preamble', () => {
		const draft = "L'Assemblée générale,\n\nRappelant sa résolution 73/11 du 26 novembre 2018,\n\n1. *Prie* le Secrétaire général de lui rendre compte ;\n\n|\n";
		const items = complete(draft);
		// After the operative paragraph 1: the number 2, italics, the French space before the semicolon the text uses.
		assert.equal(edit(items, 'Décide'), '2. *Décide* $0 ;');
		assert.equal(edit(items, 'Prie également'), '2. *Prie également* $0 ;');
		assert.equal(items.find((i) => i.preselect)?.label, 'Prie également');
		const pre = complete("L'Assemblée générale,\n\nRappelant sa résolution 73/11 du 26 novembre 2018,\n\n|\n\n1. *Prie* le Secrétaire général de lui rendre compte.\n");
		assert.equal(edit(pre, 'Notant'), 'Notant $0,');
	});

	test('typed words filter nothing on the server but must begin a phrase; a typed emphasis mark is kept', () => {
		const items = complete('The General Assembly,\n\n*Rec|\n');
		const recalling = items.find((i) => i.label === 'Recalling');
		assert.equal(recalling?.filterText, '*Recalling');
		assert.equal((recalling?.textEdit as TextEdit).newText, '*Recalling* $0,');
		assert.deepEqual(labels(complete('The General Assembly,\n\nRecalling its resolution |\n')), []);
		assert.ok(labels(complete('The General Assembly,\n\nTaking no|\n')).includes('Taking note of'));
	});

	test('the number follows the previous paragraph, and starts again at 1 under a new part heading', () => {
		const base = 'The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n2. Requests a report;\n\n';
		assert.equal(edit(complete(`${base}|\n`), 'Decides'), '3. Decides $0;');
		assert.equal(edit(complete(`${base}B\n\n|\n`), 'Decides'), '1. Decides $0;');
		// Plain text for a client without snippets.
		assert.equal(edit(complete(`${base}|\n`, false), 'Decides'), '3. Decides ');
	});

	test('no list in the heading, inside a sentence, or on a line that continues a paragraph', () => {
		assert.deepEqual(labels(complete('United Nations A/80/L.1\nGeneral |\n\nThe General Assembly,\n\nRecalling x,\n')), []);
		assert.deepEqual(labels(complete('The General Assembly,\n\nRecalling its resolution 71/19\n|\n')), []);
		assert.deepEqual(labels(complete('The General Assembly,\n\nRecalling its |resolution 71/19,\n')), []);
	});
});

suite('completion knows the organ and the sequence', () => {
	const CHAPTER_VII = /Chapter VII|Chapitre VII|Capítulo VII/;

	test('Security Council language only in a Security Council draft', () => {
		for (const draft of ['The General Assembly,\n\n|\n', "L'Assemblée générale,\n\n|\n", 'La Asamblea General,\n\n|\n', 'The Human Rights Council,\n\n|\n', 'The Economic and Social Council,\n\n|\n']) {
			assert.deepEqual(labels(complete(draft)).filter((l) => CHAPTER_VII.test(l)), [], draft);
		}
		assert.ok(labels(complete('The Security Council,\n\nRecalling its resolutions,\n\n|\n')).some((l) => CHAPTER_VII.test(l)));
		assert.ok(labels(complete('Le Conseil de sécurité,\n\n|\n')).some((l) => CHAPTER_VII.test(l)));
		// Mostly Security Council verbs come after the usual ones in a General Assembly draft.
		const ga = labels(complete('The General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n|\n'));
		assert.ok(ga.indexOf('Requires') > ga.indexOf('Urges'), ga.join(', '));
	});

	test('after “Rappelant en outre”, its further form first, never a step back to “également”', () => {
		const items = labels(complete("L'Assemblée générale,\n\nRappelant sa résolution 71/19,\n\nRappelant en outre sa résolution 73/11,\n\n|\n"));
		assert.equal(items[0], 'Rappelant en outre');
		assert.ok(items.indexOf('Rappelant également') > items.indexOf('Notant'), items.slice(0, 8).join(', '));
	});

	test('after a plain phrase, its also form, then its further form; the plain repeat after the others', () => {
		const items = labels(complete('The General Assembly,\n\nRecalling its resolution 71/19,\n\n|\n'));
		assert.deepEqual(items.slice(0, 2), ['Recalling also', 'Recalling further']);
		assert.ok(items.indexOf('Recalling') > items.indexOf('Noting'), 'a plain repeat is what repeated-lead-phrase reports');
		const further = labels(complete('The General Assembly,\n\nRecalling its resolution 71/19,\n\nRecalling also its resolution 73/11,\n\n|\n'));
		assert.equal(further[0], 'Recalling further');
		assert.ok(further.indexOf('Recalling also') > further.indexOf('Noting'));
	});

	test('the documentation says what the phrase is for, not where the research found it', () => {
		const item = complete("L'Assemblée générale,\n\n|\n").find((i) => i.label === 'Préoccupée')!;
		const doc = (item.documentation as MarkupContent).value;
		assert.match(doc, /^Preambular phrase/);
		assert.doesNotMatch(doc, /UNPC|not verified|refworld|A\/RES\//);
	});
});

suite('hover on lead phrases', () => {
	const hover = (withCursor: string) => {
		const { src, offset } = at(withCursor);
		const h = leadPhraseHover(src, offset);
		return h ? (h.contents as MarkupContent).value : undefined;
	};

	test('for the drafter: the use, the organ’s form, the equivalents in the other languages, the repeat forms; no research notes', () => {
		const v = hover("L'Assemblée générale,\n\nPréocc|upée par la montée de la criminalité,\n\n1. Décide de rester saisie de la question.\n")!;
		assert.match(v, /^\*\*Préoccupée\*\* — preambular phrase: it opens a paragraph of the preamble, which ends with a comma/);
		assert.match(v, /This draft’s organ, the General Assembly, takes \*Préoccupée\*/);
		assert.match(v, /EN \*Concerned\*/);
		assert.match(v, /ES \*Preocupada \/ Preocupado\*/);
		assert.match(v, /Agrees with the organ: \*Préoccupée\* for the General Assembly \(feminine\), \*Préoccupé\* for the Councils \(masculine\)/);
		assert.match(v, /Repeating the previous paragraph’s phrase: \*Préoccupée également\* · \*Préoccupée en outre\*/);
		assert.doesNotMatch(v, /not verified|not observed|source|UNPC|GA \d+\/\d+/i);
		const council = hover('Le Conseil de sécurité,\n\nPréocc|upé par la situation,\n\n1. Décide de rester saisi de la question.\n')!;
		assert.match(council, /This draft’s organ, the Security Council, takes \*Préoccupé\*/);
		const operative = hover('The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Dec|ides to act.\n')!;
		assert.match(operative, /operative verb: it opens a numbered paragraph of the operative part/);
		assert.match(operative, /FR \*Décide\*/);
		assert.match(operative, /\*Also decides\* · \*Further decides\*/);
		for (const entry of ['Recalling', 'Noting', 'Reaffirming', 'Welcoming']) {
			const h = hover(`The General Assembly,\n\n${entry.slice(0, 2)}|${entry.slice(2)} its resolution 71/19,\n\n1. Decides to act.\n`)!;
			assert.doesNotMatch(h, /not verified|not observed|research|EN: |FR, ES/i, entry);
		}
	});

	test('a phrase with also/further shows the equivalents with it', () => {
		const v = hover('La Asamblea General,\n\nRecordando su resolución 73/11,\n\n1. Decide incluir el tema;\n\n2. Decide tam|bién solicitar un informe.\n')!;
		assert.match(v, /EN \*Also decides\*/);
		assert.match(v, /FR \*Décide également\*/);
	});

	test('nothing off a lead phrase, or on an unknown one', () => {
		assert.equal(hover('The General Assembly,\n\nRecalling its resol|ution 71/19,\n\n1. Decides.\n'), undefined);
		assert.equal(hover('The General Assembly,\n\nFoo|bar its resolution 71/19,\n\n1. Decides.\n'), undefined);
	});
});
