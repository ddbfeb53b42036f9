import { fixtureSuite } from './harness';

suite('rule unknown-lead-phrase', () => {
	fixtureSuite('unknown-lead-phrase');
});
