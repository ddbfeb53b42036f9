import { fixtureSuite } from './harness';

suite('rule organ-line', () => {
	fixtureSuite('organ-line');
});
