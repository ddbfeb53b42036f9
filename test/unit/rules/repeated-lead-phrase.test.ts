import { fixtureSuite } from './harness';

suite('rule repeated-lead-phrase', () => {
	fixtureSuite('repeated-lead-phrase');
});
