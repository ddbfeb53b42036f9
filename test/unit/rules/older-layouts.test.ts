import * as assert from 'node:assert/strict';
import { operativeParagraphs } from '../../../server/src/model/document';
import { parse } from '../../../server/src/parser/parse';
import { checkFixture, loadFixtures } from './harness';

/**
 * Issue 19 item 2: older and irregular layouts (test/fixtures/older-layouts, EN/FR/ES). Beside each text, its
 * `.expected.json` gives the diagnostics (none, for the older layouts: the rules that assume a modern resolution stay
 * silent) and what the parser reads: the layout's kinds, the enacting sentence, the operative paragraphs (number,
 * lead) and the closing meeting line. `*-modern-control` keeps a modern text's faults reported.
 */
interface LayoutExpectation {
	readonly layout?: readonly string[];
	readonly enacting?: string;
	readonly preamble?: number;
	readonly operative?: readonly (readonly [number | null, string | null])[];
	readonly closing?: { readonly meeting: number; readonly date: string | null };
}

suite('older layouts: enacting sentences, unnumbered paragraphs, statutes, statements, meeting lines written out', () => {
	const fixtures = loadFixtures('../older-layouts');

	test('there is a fixture of every kind in English, French and Spanish', () => {
		for (const kind of ['enacting', 'unnumbered', 'statute', 'narrative']) {
			for (const lang of ['en', 'fr', 'es']) {
				assert.ok(fixtures.some((f) => f.name.startsWith(`${lang}-old-`) && ((f.expected as LayoutExpectation).layout ?? []).includes(kind)), `${lang} ${kind}`);
			}
		}
	});

	for (const f of fixtures) {
		test(`${f.file}: diagnostics`, () => checkFixture(f));
		test(`${f.file}: structure`, () => {
			const e = f.expected as LayoutExpectation;
			const doc = parse(f.text);
			assert.deepEqual(doc.layout?.kinds ?? [], e.layout ?? [], 'layout');
			assert.equal(doc.layout?.enacting?.value, e.enacting, 'enacting sentence');
			if (e.preamble !== undefined) {
				assert.equal(doc.preamble.length, e.preamble, 'preambular paragraphs');
			}
			if (e.operative) {
				assert.deepEqual(operativeParagraphs(doc).map((p) => [p.number?.value ?? null, p.lead?.value ?? null]), e.operative, 'operative paragraphs');
			}
			if (e.closing) {
				assert.deepEqual({ meeting: doc.closing?.meetingNumber, date: doc.closing?.date?.value ?? null }, e.closing, 'closing');
			}
			assert.deepEqual(doc.problems, [], 'no parse problems');
		});
	}
});
