import { fixtureSuite } from './harness';

suite('rule preambular-punctuation', () => {
	fixtureSuite('preambular-punctuation');
});
