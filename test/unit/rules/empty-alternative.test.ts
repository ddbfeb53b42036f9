import { fixtureSuite } from './harness';

suite('rule empty-alternative', () => {
	fixtureSuite('empty-alternative');
});
