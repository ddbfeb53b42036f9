import * as fc from 'fast-check';
import type { Locale } from '../../../server/src/l10n/messages';
import type { Lang } from '../../../server/src/model/document';
import { draftText, offsets, randomText, toOffsets } from './arbitraries';
import { params, STATS, TIMEOUT } from './fuzzConfig';
import { builtinCatalog, checkAnalysis, type AnalysisStats } from './invariants';

/**
 * Random text, from domain pieces and arbitrary code points (lone surrogates included), and random drafts:
 * the whole analysis of the language server (parse, every rule with the built-in catalogue, every feature,
 * at random offsets) throws nothing and answers spans, ranges and edits inside the text.
 */

const lang = fc.option(fc.constantFrom<Lang>('en', 'fr', 'es', 'ar', 'ru', 'zh'), { freq: 3, nil: undefined });
const locale = fc.constantFrom<Locale>('en', 'fr', 'es');

function tally(stats: AnalysisStats[]): string {
	const sum = (k: keyof AnalysisStats) => stats.reduce((n, s) => n + s[k], 0);
	return `${stats.length} runs: ${sum('findings')} findings (${stats.filter((s) => s.findings > 0).length} runs with some), ${sum('fixes')} fixes, ${sum('symbols')} symbols, ${sum('hovers')} hovers, ${sum('completions')} completions`;
}

suite('fuzz: random text through the whole analysis', function () {
	this.timeout(TIMEOUT);
	suiteSetup(() => {
		builtinCatalog();
	});

	test('random pieces and code points: no exception, every span, range and edit inside the text', () => {
		const stats: AnalysisStats[] = [];
		fc.assert(
			fc.property(randomText, lang, locale, offsets, (text, l, loc, at) => {
				stats.push(checkAnalysis(text, toOffsets(text, at), { ...(l ? { lang: l } : {}), locale: loc }));
			}),
			params(100),
		);
		if (STATS) {
			console.log(`      ${tally(stats)}`);
		}
	});

	test('random drafts (organ line, paragraphs, labels, citations, footnotes in any order): the same', () => {
		const stats: AnalysisStats[] = [];
		fc.assert(
			fc.property(draftText, locale, offsets, (text, loc, at) => {
				stats.push(checkAnalysis(text, toOffsets(text, at), { locale: loc }));
			}),
			params(100),
		);
		if (STATS) {
			console.log(`      ${tally(stats)}`);
		}
	});
});
