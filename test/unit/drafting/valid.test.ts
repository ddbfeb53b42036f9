import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from '../../helpers/paths';
import { check, describe } from '../rules/harness';

const DIR = path.join(FIXTURES, 'drafting', 'valid');

suite('drafts laid out as real resolutions give no finding', () => {
	for (const file of readdirSync(DIR).filter((f) => /\.unres(?:\.md|\.txt)?$/.test(f)).sort()) {
		test(file, () => {
			const { results, lines } = check(readFileSync(path.join(DIR, file), 'utf8'));
			assert.deepEqual(describe(results, lines), []);
		});
	}
});
