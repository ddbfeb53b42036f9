import { fixtureSuite } from './harness';

suite('rule negotiation-leftover', () => {
	fixtureSuite('negotiation-leftover');
});
