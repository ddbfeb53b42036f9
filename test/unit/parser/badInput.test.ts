import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { SAMPLE_FR } from '../../helpers/paths';
import { assertLinearWork } from '../fuzz/work';

/**
 * Linear work: parsing 16× the input does at most 16 × 2 = 32× the counted work (a quadratic pass does 256×).
 * Counted, not timed, so the check holds on a loaded machine; `npm run bench` and `npm run fuzz` time it.
 */
function assertLinearParse(make: (n: number) => string, n: number): void {
	assertLinearWork(make, n, (text) => parse(text), { factor: 16, slack: 2 });
}

suite('bad input never hurts the parser', () => {
	test('empty text', () => {
		const doc = parse('');
		assert.equal(doc.preamble.length + doc.operativeParts.length, 0);
		assert.equal(doc.lang, 'en');
	});

	test('binary data: no structure is read into noise, and every span is inside the text', () => {
		const bytes = Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919) % 256));
		for (const text of [bytes.toString('latin1'), bytes.toString('utf8')]) {
			const doc = parse(text);
			assert.equal(doc.length, text.length);
			assert.equal(doc.organ, undefined);
			assert.equal(doc.closing, undefined);
			for (const s of [...doc.citations, ...doc.footnoteMarkers, ...doc.footnotes, ...doc.preamble].map((x) => x.span)) {
				assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end}`);
			}
		}
	});

	test('a 5 MB single line: read as one paragraph, every citation of it found', () => {
		const unit = 'Recalling its resolution 71/19 of 21 November 2016, (a) 1. A/75/L.20 ¹ [^1] ';
		const line = unit.repeat(70_000);
		assert.ok(line.length > 5_000_000);
		const doc = parse(line);
		// Two citations per unit (71/19 and A/75/L.20); no line break, so no second paragraph and no footnote text.
		assert.equal(doc.citations.length, 140_000);
		assert.equal(doc.footnotes.length, 0);
		assert.equal(doc.preamble.length + doc.operativeParts.flatMap((p) => p.paragraphs).length, 1);
	});

	test('2 MB of slashes, brackets and digits (regular expressions with bounded repetition)', () => {
		// A document-symbol pattern with an unbounded group once overflowed V8's regexp stack here.
		for (const text of ['A/'.repeat(1_000_000), 'S/RES/'.repeat(300_000), '('.repeat(2_000_000), '1/'.repeat(1_000_000), 'United Nations A/'.concat('1/'.repeat(500_000))]) {
			const doc = parse(text);
			// None of these is a symbol: a symbol needs a number after its last slash and no endless repetition.
			assert.deepEqual(doc.citations.filter((c) => c.span.end - c.span.start > 40).map((c) => c.symbol), [], text.slice(0, 20));
		}
	});

	test('CRLF, lone CR and mixed line endings give the same structure as LF', () => {
		const lf = 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides to act;\n\n2. Requests a report.\n';
		const base = parse(lf);
		for (const eol of ['\r\n', '\r']) {
			const doc = parse(lf.replace(/\n/g, eol));
			assert.equal(doc.preamble.length, base.preamble.length, JSON.stringify(eol));
			assert.deepEqual(doc.operativeParts[0].paragraphs.map((p) => p.lead?.value), ['Decides', 'Requests']);
		}
		const mixed = parse('The General Assembly,\r\n\nRecalling its resolution 71/19,\r\r1. Decides to act;\n\r\n2. Requests a report.');
		assert.equal(mixed.operativeParts[0].paragraphs.length, 2);
		const map = new LineMap('a\r\nb\rc\nd');
		assert.deepEqual(map.position(7), { line: 3, character: 0 });
	});

	test('a byte order mark', () => {
		const doc = parse('\ufeffThe Security Council,\n\n1. Decides to remain seized of the matter.');
		assert.equal(doc.body, 'SC');
		assert.equal(doc.organ?.span.start, 1);
	});

	test('Arabic, Russian and Chinese texts parse: numbering, footnotes, citations', () => {
		const ar = parse('إن الجمعية العامة،\n\n1. تقرر ما يلي¹؛\n\n2. تطلب تقريرا A/81/5.\n\n¹ انظر القرار.');
		assert.equal(ar.lang, 'ar');
		assert.equal(ar.operativeParts[0].paragraphs.length, 2);
		assert.equal(ar.footnoteMarkers[0].footnote, 0);
		assert.deepEqual(ar.citations.map((c) => c.symbol), ['A/81/5']);
		const ru = parse('Генеральная Ассамблея,\n\nссылаясь на свою резолюцию,\n\n1. постановляет продолжить;\n\n2. просит доклад.');
		assert.equal(ru.lang, 'ru');
		assert.equal(ru.operativeParts[0].paragraphs.length, 2);
		const zh = parse('大会，\n\n1. 决定继续处理；\n\n2. 请秘书长提交报告 A/81/5。');
		assert.equal(zh.lang, 'zh');
		assert.deepEqual(zh.operativeParts[0].paragraphs.map((p) => p.number?.value), [1, 2]);
	});

	test('property: any text parses without exception, and every span lies inside the text', () => {
		const pieces = fc.constantFrom(
			'The General Assembly,', '\n', '\n\n', '1. ', '12. ', '(a) ', 'a) ', '(ii) ', 'i. ', '¹', '²³', '[^1]', '[^1]: ', '__________', 'Recalling ',
			'resolution ', '71/19', ' of 21 November 2016', '2178 (2014)', 'A/RES/75/10', 'A/75/L.20', ' and ', ', ', '; ', ':', '*', '**', '[x](#)',
			'Annex', '30^e séance plénière', '\r\n', 'é', 'ـ', '中', '\u00a0', '\ufeff', ')', '(', '/', '.',
		);
		fc.assert(
			fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 120 }), (parts) => {
				const text = parts.join('');
				const doc = parse(text);
				const spans: { start: number; end: number }[] = [
					...doc.citations.map((c) => c.span), ...doc.footnoteMarkers.map((m) => m.span), ...doc.footnotes.map((f) => f.span),
					...doc.preamble.map((p) => p.span), ...doc.operativeParts.flatMap((p) => p.paragraphs.map((x) => x.span)),
				];
				for (const s of spans) {
					assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} in ${text.length}`);
				}
			}),
			{ seed: 20261123, numRuns: 300 },
		);
	});

	test('property: work is linear in the size, for generated and adversarial input', function () {
		this.timeout(120_000);
		const sample = existsSync(SAMPLE_FR) ? readFileSync(SAMPLE_FR, 'utf8') : 'The General Assembly,\n\nRecalling its resolution 71/19,\n\n1. Decides;\n';
		const generated = fc.sample(fc.array(fc.constantFrom('(a) ', '1. ', '¹', 'resolution 71/19 of ', '12 ', '/', '((((', 'A/', '\n', '\n\n', 'Decides ', ', and '), { minLength: 200, maxLength: 200 }), { seed: 7, numRuns: 1 })[0].join('');
		const adversarial: [string, (n: number) => string, number][] = [
			['real document repeated', (n) => sample.repeat(n), 4],
			['generated structure', (n) => generated.repeat(n * 20), 10],
			['runs of (a)', (n) => '1. Decides: '.concat('(a) '.repeat(n * 20_000)), 1],
			['digits', (n) => '9'.repeat(n * 100_000), 1],
			['superscripts', (n) => 'word¹²³⁴'.repeat(n * 20_000), 1],
			['slashes', (n) => 'A/'.repeat(n * 50_000) + '1', 1],
			['nested brackets', (n) => '('.repeat(n * 50_000) + ')'.repeat(n * 50_000), 1],
			['empty lines', (n) => '\n'.repeat(n * 100_000), 1],
			['resolution lists', (n) => 'resolutions '.concat('71/19 of 21 November 2016, '.repeat(n * 5_000)), 1],
		];
		for (const [name, make, n] of adversarial) {
			try {
				assertLinearParse(make, n);
			} catch (error) {
				throw new Error(`${name}: ${(error as Error).message}`);
			}
		}
	});
});
