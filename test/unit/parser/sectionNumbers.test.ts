import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/parser/parse';
import { CORPUS_EN, requireShared } from '../../helpers/paths';

// A capital letter and a full stop before digits is a section number (`GC(69)/RES/9 A.2`), not a footnote marker.
suite('plain-text markers: section numbers are not notes', () => {
	test('`resolution GC(69)/RES/9 A.2, entitled …;2` has its note after the semicolon', () => {
		const text = [
			'The General Assembly,', '',
			'1. Takes note of resolution GC(69)/RES/9 A.2, entitled “Support”, and A.3, entitled “Zoonotic disease”, adopted in 2025;1 and of the statements;2', '',
			'__________________', '1 See A/80/348.', '2 See the records.', '',
		].join('\n');
		const doc = parse(text);
		assert.deepEqual(doc.footnoteMarkers.map((m) => text.slice(m.span.start - 5, m.span.end)), ['2025;1', 'ents;2']);
	});

	test('A/RES/80/7: the markers are after `2025;` and `Governors”;`', function () {
		const file = path.join(CORPUS_EN, 'A-RES-80-7.txt');
		requireShared(this, file);
		const text = readFileSync(file, 'utf8');
		const doc = parse(text);
		assert.deepEqual(doc.footnoteMarkers.map((m) => text.slice(m.span.start - 6, m.span.end)), [' 2024,1', ' 2025;2', 'nors”;3']);
	});
});
