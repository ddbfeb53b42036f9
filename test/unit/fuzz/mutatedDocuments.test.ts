import * as fc from 'fast-check';
import type { Locale } from '../../../server/src/l10n/messages';
import { mutatedDocument, mutatedText, offsets, realDocuments, toOffsets } from './arbitraries';
import { params, STATS, TIMEOUT } from './fuzzConfig';
import { builtinCatalog, checkAnalysis, type AnalysisStats } from './invariants';

/**
 * Real documents (the French sample and the English corpus) with characters deleted, duplicated, swapped,
 * domain pieces inserted, digits changed, blank lines removed and line ends turned to CRLF or CR: the whole
 * analysis throws nothing and answers spans, ranges and edits inside the text.
 */

const docs = realDocuments();

suite('fuzz: mutated real documents through the whole analysis', function () {
	this.timeout(TIMEOUT);
	suiteSetup(function () {
		if (docs.length === 0) {
			console.warn('      (skipped: ../shared is absent: the shared documents are not beside this checkout)');
			this.skip();
		}
		builtinCatalog();
	});

	test('the real documents as they are', () => {
		for (const d of docs) {
			try {
				checkAnalysis(d.text, toOffsets(d.text, [0.1, 0.25, 0.5, 0.75, 0.9]));
			} catch (error) {
				throw new Error(`${d.name}: ${(error as Error).message}`, { cause: error });
			}
		}
	});

	test('character-level mutations: no exception, every span, range and edit inside the text', () => {
		const stats: AnalysisStats[] = [];
		fc.assert(
			fc.property(
				mutatedDocument(docs), fc.constantFrom<Locale>('en', 'fr', 'es'), offsets,
				(mutated, locale, at) => {
					const text = mutatedText(docs, mutated);
					stats.push(checkAnalysis(text, toOffsets(text, at), { locale }));
				},
			),
			params(80),
		);
		if (STATS) {
			const sum = (k: keyof AnalysisStats) => stats.reduce((n, s) => n + s[k], 0);
			console.log(`      ${stats.length} runs: ${sum('findings')} findings, ${sum('fixes')} fixes, ${sum('hovers')} hovers, ${sum('completions')} completions`);
		}
	});
});
