import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { operativeParagraphs, type ResolutionDocument } from '../../../server/src/model/document';
import { parse } from '../../../server/src/parser/parse';
import { requireShared, SAMPLE_FR } from '../../helpers/paths';

// Acceptance 2 of the foundation issue: GA resolution 75/10 in French, read by hand.
suite('reference document A/RES/75/10 (French, Markdown-flavoured)', () => {
	let text: string;
	let doc: ResolutionDocument;
	const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

	suiteSetup(function () {
		requireShared(this, SAMPLE_FR);
		text = readFileSync(SAMPLE_FR, 'utf8');
		doc = parse(text);
	});

	test('language, organ and own symbol', () => {
		assert.equal(doc.lang, 'fr');
		assert.equal(doc.langDetected, true);
		assert.equal(doc.body, 'GA');
		assert.equal(doc.organ?.body, 'GA');
		assert.equal(doc.organ?.hasComma, true);
		assert.equal(slice(doc.organ!.span), "L'Assemblée générale,");
		assert.equal(doc.ownSymbol?.value, 'A/RES/75/10');
		assert.equal(slice(doc.ownSymbol!.span), '75/10');
		assert.match(doc.title!.text, /^Coopération entre l'Organisation des Nations Unies et l'Organisation internationale de police criminelle \(INTERPOL\)$/);
	});

	test('masthead and adoption line', () => {
		assert.equal(doc.masthead.distribution?.value, 'Distr. générale');
		assert.equal(doc.masthead.session?.value, 'Soixante-quinzième session');
		assert.equal(doc.masthead.agendaItem?.value, "Point 130 y) de l'ordre du jour");
		assert.equal(doc.adoption?.date?.value, '2020-11-23');
		assert.match(doc.adoption!.reference!.value, /^\[sans renvoi à une grande commission/);
	});

	test('21 preambular paragraphs with their lead phrases', () => {
		assert.equal(doc.preamble.length, 21);
		assert.deepEqual(doc.preamble.slice(0, 3).map((p) => p.lead?.value), ['Rappelant', 'Rappelant également', 'Rappelant en outre']);
		assert.equal(doc.preamble[18].lead?.value, 'Préoccupée');
		assert.equal(doc.preamble[20].lead?.value, 'Convaincue');
	});

	test('a paragraph split by a footnote block is one paragraph', () => {
		const split = doc.preamble.find((p) => p.lead?.value === 'Prenant note' && p.segments.length === 2)!;
		assert.ok(split, 'the paragraph broken by footnotes 2 and 3 is whole');
		assert.match(slice(split.segments[1]), /^d'une police nationale/);
		const last = doc.preamble.find((p) => slice(p.segments[p.segments.length - 1]).startsWith("l'application de la loi, visant"));
		assert.ok(last, 'the paragraph broken by footnotes 4–6 is whole');
	});

	test('16 operative paragraphs numbered 1–16, with sub-paragraphs', () => {
		const ops = operativeParagraphs(doc);
		assert.equal(doc.operativeParts.length, 1);
		assert.deepEqual(ops.map((p) => p.number?.value), Array.from({ length: 16 }, (_, i) => i + 1));
		assert.equal(ops[12].lead?.value, 'Encourage');
		assert.equal(ops[6].lead?.value, 'Réaffirme également');
		const first = ops[0].subParagraphs;
		assert.deepEqual(first.map((s) => s.label.value), ['a)', 'b)']);
		assert.ok(first.every((s) => s.inline && s.level === 1 && s.labelStyle === 'close'));
		const thirteen = ops[12].subParagraphs;
		assert.deepEqual(thirteen.map((s) => s.label.value), ['a)', 'b)', 'c)', 'd)', 'e)']);
		assert.ok(thirteen.every((s) => !s.inline));
		// Paragraph 9 goes on after footnote 7's block.
		assert.equal(ops[8].segments.length, 2);
	});

	test('7 footnote markers, each paired with its text; ordinals are not footnotes', () => {
		assert.equal(doc.footnoteStyle, 'superscript');
		assert.equal(doc.footnotes.length, 7);
		assert.equal(doc.footnoteMarkers.length, 7);
		doc.footnoteMarkers.forEach((m, i) => {
			assert.equal(m.number, i + 1);
			assert.equal(m.footnote, i);
			assert.deepEqual(doc.footnotes[i].markers, [i]);
		});
		assert.equal(slice(doc.footnotes[0].textSpan), 'Nations Unies, *Recueil des Traités*, vol. 1996, n° 1200.');
		assert.ok(!doc.footnoteMarkers.some((m) => slice({ start: m.span.start - 3, end: m.span.end }).includes('^')));
	});

	test('closing meeting line', () => {
		assert.equal(doc.closing?.meeting.value, '30^e séance plénière');
		assert.equal(doc.closing?.meetingNumber, 30);
		assert.equal(doc.closing?.date?.value, '2020-11-23');
	});

	test('citations: resolutions, decisions and documents, with dates', () => {
		const got = doc.citations.map((c) => [c.kind, c.body ?? '-', c.text, c.date?.value ?? '-'].join(' '));
		assert.deepEqual(got, [
			'document - A/75/L.20 -',
			'document - A/75/L.20/Add.1 -',
			'resolution GA 51/1 1996-10-15',
			'resolution GA 71/19 2016-11-21',
			'resolution GA 73/11 2018-11-26',
			'resolution GA 60/288 -',
			'resolution GA 72/284 -',
			'resolution GA 73/187 2018-12-17',
			'resolution GA 74/247 2019-12-27',
			'resolution ECOSOC 2019/19 2019-07-23',
			'resolution ECOSOC 2019/20 2019-07-23',
			'resolution GA 70/1 -',
			'resolution GA 72/1 -',
			'decision GA 60/519 -',
			'document - A/60/88 -',
			'document - A/60/88/Corr.1 -',
			'document - A/60/88/Corr.2 -',
			'document - A/CONF.192/15 -',
		]);
		const bySymbol = new Map(doc.citations.map((c) => [c.symbol, c]));
		assert.equal(bySymbol.get('A/RES/71/19')?.session, 71);
		assert.equal(bySymbol.get('E/RES/2019/20')?.year, 2019);
		assert.equal(bySymbol.get('A/DEC/60/519')?.kind, 'decision');
		// Every citation span is the token as written.
		for (const c of doc.citations) {
			assert.equal(slice(c.span), c.text);
		}
		assert.ok(!doc.citations.some((c) => /1996|1200/.test(c.text)), 'the treaty reference is no citation');
	});
});
