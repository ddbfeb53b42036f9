import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText, fixText } from '../../../server/src/check/check';
import { splitCompilation } from '../../../server/src/parser/compilation';
import { FIXTURES } from '../../helpers/paths';
import { assertLinearWork } from '../fuzz/work';

/** Where the splitter divides a file, and where it must not (decision 20). */
const lines = (text: string) => splitCompilation(text).map((s) => s.line);
const VOLUME = readFileSync(path.join(FIXTURES, 'compilation', 'en-volume.unres.txt'), 'utf8');

const TEXT = (n: number, end = `${n}th plenary meeting`) => `80/${n}. Title ${n}\n\nThe General Assembly,\n\nRecalling its resolution 79/${n},\n\n1. Decides to act;\n\n2. Requests a report.\n\n${end}\n`;

suite('compilations: the splitter', () => {
	test('segments cover the text, start at line starts, and keep every character', () => {
		const text = [TEXT(1), TEXT(2), TEXT(3)].join('\n');
		const segments = splitCompilation(text);
		assert.equal(segments.length, 3);
		assert.equal(segments.map((s) => text.slice(s.start, s.end)).join(''), text);
		for (const [i, s] of segments.entries()) {
			assert.ok(s.start === 0 || text[s.start - 1] === '\n');
			assert.equal(i + 1 < segments.length ? segments[i + 1].start : text.length, s.end);
			assert.ok(text.slice(s.start).startsWith(`80/${i + 1}.`));
		}
	});

	test('CRLF and CR line ends divide at the same lines', () => {
		assert.deepEqual(lines(VOLUME.replace(/\n/g, '\r\n')), lines(VOLUME));
		assert.deepEqual(lines(VOLUME.replace(/\n/g, '\r')), lines(VOLUME));
		assert.deepEqual(lines(VOLUME), [0, 20]);
	});

	test('one text is never divided: no heading, or a body that has not ended, or an annex between', () => {
		// Two organ lines and nothing between them that ends a text.
		assert.deepEqual(lines('The General Assembly,\n\nThe General Assembly,\n\n1. Decides;\n'), [0]);
		// A heading with no organ line after it.
		assert.deepEqual(lines(`${TEXT(1)}\n80/2. Title\n\n1. Decides to act.\n`), [0]);
		// A draft recommended for adoption by another organ, inside an operative paragraph (ECOSOC's way).
		assert.deepEqual(lines('The Economic and Social Council,\n\n1. Recommends to the General Assembly the adoption of the following draft resolution:\n\nDraft resolution\n\nThe General Assembly,\n\n1. Decides.\n'), [0]);
		// A resolution annexed whole, with its own heading.
		assert.deepEqual(lines(`${TEXT(1)}\nAnnex\n\nResolution 2334 (2016)\n\nThe Security Council,\n\n1. Decides.\n`), [0]);
		// An annex after the closing line.
		assert.deepEqual(lines(`${TEXT(1)}\nAnnex\n\nThe General Assembly,\n\nRecognizing the need,\n`), [0]);
		// The first text has no organ line of its own: what comes before the first organ line is its heading.
		assert.deepEqual(lines('Some preface.\n\n80/1. Title\n\nThe General Assembly,\n\n1. Decides.\n'), [0]);
		assert.deepEqual(lines(''), [0]);
		assert.deepEqual(lines('The General Assembly,'), [0]);
	});

	test('a heading zone with a note of its own, and an agenda title of 600 characters', () => {
		const long = `**${'Oceans and the law of the sea: sustainable fisheries, '.repeat(11)}**`;
		const second = ['United Nations A/RES/75/245 B', '', 'General Assembly', '', long, '', 'Resolution adopted by the General Assembly on 16 April 2021', '',
			'75/245. United Nations common system[^1]', '', '[^1]: Resolution 75/245, in section VI of the Official Records, becomes resolution 75/245 A.', '',
			'The General Assembly,', '', '1. Decides.', ''].join('\n');
		const text = `${TEXT(1)}\n${second}`;
		assert.deepEqual(lines(text), [0, text.split('\n').indexOf('United Nations A/RES/75/245 B')]);
	});

	test('a new text without heading after a closing meeting line and its date', () => {
		const text = `${TEXT(1)}1 October 2025\n\nThe General Assembly,\n\n1. Decides.\n`;
		assert.deepEqual(lines(text), [0, text.split('\n').indexOf('The General Assembly,', 3)]);
	});

	test('unres check --fix fixes each text on its own and loses nothing', () => {
		const broken = VOLUME.replace('2. Requests the Secretary-General to report', '3. Requests the Secretary-General to report');
		const { text } = fixText(broken);
		assert.equal(text, VOLUME.replace('3. Decides to include', '2. Decides to include'));
		assert.ok(!checkText(text).results.some((r) => r.rule.id === 'operative-numbering'));
	});

	test('work is linear: many texts, many organ lines, long runs of blank lines', () => {
		assertLinearWork((n) => Array.from({ length: n }, (_, i) => TEXT(i % 999)).join('\n'), 40, splitCompilation);
		assertLinearWork((n) => 'The General Assembly,\n\n'.repeat(n), 200, splitCompilation);
		assertLinearWork((n) => `${TEXT(1)}${'\n'.repeat(n)}80/2. T\n\nThe General Assembly,\n\n1. Decides.\n`.repeat(4), 500, splitCompilation);
		assertLinearWork((n) => `80/1. T\n${'United Nations A/RES/80/1\n'.repeat(n)}The General Assembly,\n`.repeat(3), 200, splitCompilation);
	});
});
