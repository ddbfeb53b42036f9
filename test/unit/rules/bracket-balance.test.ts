import { fixtureSuite } from './harness';

suite('rule bracket-balance', () => {
	fixtureSuite('bracket-balance');
});
