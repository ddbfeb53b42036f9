import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { documentInfo } from '../../../server/src/features/documentInfo';
import { parse } from '../../../server/src/parser/parse';
import { FIXTURES } from '../../helpers/paths';

suite('status bar of a negotiation text', () => {
	test('the summary says `negotiation` and counts open brackets and agreed marks', () => {
		const text = readFileSync(path.join(FIXTURES, 'negotiation', 'en-all-patterns.unres.txt'), 'utf8');
		const info = documentInfo(parse(text));
		assert.equal(info.summary, 'EN · negotiation · 5 PP · 7 OP · 0 notes · 13 [ ] open · 2 agreed');
		assert.deepEqual(info.negotiation, { open: 13, agreed: 2, labels: 13, options: 1 });
	});

	test('an adopted resolution has no negotiation part', () => {
		const info = documentInfo(parse('The General Assembly,\n\nRecalling its resolution 68/163,\n\n1. Decides;\n\n2. Requests.\n'));
		assert.equal(info.negotiation, undefined);
		assert.ok(!info.summary.includes('negotiation'));
	});
});
