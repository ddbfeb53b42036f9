import { checkFixture, loadFixtures } from './harness';

suite('documents without a fault give no diagnostic', () => {
	for (const f of loadFixtures('valid')) {
		test(f.file, () => checkFixture(f));
	}
});
