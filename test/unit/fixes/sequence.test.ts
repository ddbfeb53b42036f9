import * as assert from 'node:assert/strict';
import { sequenceStep } from '../../../server/src/fixes/sequence';

suite('fixes: the one sequence checker', () => {
	const seen = (...n: number[]) => new Set(n);

	test('next, start, repeat, back', () => {
		assert.deepEqual(sequenceStep(1, 0, seen()), { kind: 'next' });
		assert.deepEqual(sequenceStep(4, 3, seen(1, 2, 3)), { kind: 'next' });
		assert.deepEqual(sequenceStep(3, 0, seen()), { kind: 'start' });
		assert.deepEqual(sequenceStep(2, 5, seen(1, 2, 5)), { kind: 'repeat' });
		assert.deepEqual(sequenceStep(3, 5, seen(1, 2, 5)), { kind: 'back' });
	});

	test('a gap names the first and last numbers used nowhere, however wide', () => {
		assert.deepEqual(sequenceStep(7, 3, seen(1, 2, 3)), { kind: 'gap', from: 4, to: 6 });
		// 4 and 6 came earlier (out of order): only 5 is missing.
		assert.deepEqual(sequenceStep(7, 3, seen(1, 2, 3, 4, 6)), { kind: 'gap', from: 5, to: 5 });
		// All skipped numbers used before: no gap to report.
		assert.deepEqual(sequenceStep(6, 3, seen(1, 2, 3, 4, 5)), { kind: 'next' });
		// The same answer for paragraphs, labels and footnotes alike, past the old caps of 100 and 1000.
		assert.deepEqual(sequenceStep(5000, 1, seen(1)), { kind: 'gap', from: 2, to: 4999 });
	});

	test('a first item that is not 1, when the caller says there is no item before', () => {
		assert.deepEqual(sequenceStep(3, 0, seen(), false), { kind: 'gap', from: 1, to: 2 });
		assert.deepEqual(sequenceStep(0, 0, seen()), { kind: 'back' });
	});
});
