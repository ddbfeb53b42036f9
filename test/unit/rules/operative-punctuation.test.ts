import { fixtureSuite } from './harness';

suite('rule operative-punctuation', () => {
	fixtureSuite('operative-punctuation');
});
