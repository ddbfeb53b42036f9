import { fixtureSuite } from './harness';

suite('rule rollover-review', () => {
	fixtureSuite('rollover-review');
});
