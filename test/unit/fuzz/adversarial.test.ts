import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { fixAllOptions } from '../../../server/src/features/codeActions';
import { runRules } from '../../../server/src/features/diagnostics';
import { documentSymbols } from '../../../server/src/features/documentSymbols';
import { foldingRanges } from '../../../server/src/features/foldingRanges';
import { planRenumber } from '../../../server/src/fixes/renumber';
import type { ResolutionDocument, SubParagraph } from '../../../server/src/model/document';
import { LineMap } from '../../../server/src/parser/lines';
import { parse } from '../../../server/src/parser/parse';
import { createContext } from '../../../server/src/rules/types';
import { piece } from './arbitraries';
import { LONG, params, STATS, TIMEOUT } from './fuzzConfig';
import { assertDocumentSpans, builtinCatalog } from './invariants';
import { assertLinear } from './linear';
import { assertLinearWork } from './work';

/**
 * Adversarial input, built to make a careless regular expression backtrack or a careless pass go quadratic:
 * the analysis the server runs on every change (parse, every rule with the catalogue, outline, folding,
 * the fix-all plan) finishes at full size, and 8× the input does at most 16× the work (counted, so the check
 * is deterministic: see work.ts). `npm run fuzz` also times it: 8× the input in less than 32× the time.
 */

const NOW = new Date('2026-03-01T12:00:00Z');
/** Timings per size, the fastest kept: fewer in the normal run, where the bound's slack is ample. */
const RUNS = LONG ? 3 : 2;

/** What the server computes for a document version; a rule that throws fails. */
function analyse(text: string): ResolutionDocument {
	const doc = parse(text);
	const lines = new LineMap(text);
	const ctx = createContext(doc, text, lines, { catalog: builtinCatalog(), now: NOW });
	runRules(ctx, undefined, (rule, error) => {
		throw new Error(`rule ${rule.id} throws: ${(error as Error)?.stack ?? String(error)}`);
	});
	documentSymbols(doc, text, lines);
	foldingRanges(doc, lines);
	planRenumber(ctx, fixAllOptions(undefined));
	return doc;
}

/** a … z, aa … az, ba …: as many distinct labels as asked. */
function letters(i: number): string {
	let s = '';
	for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
	}
	return s;
}

const HEAD = 'The General Assembly,\n\nNoting,\n\n';

interface Pattern {
	/** The text at size n. */
	readonly make: (n: number) => string;
	/** The size the linear check starts from (it grows until the analysis takes ≥ 5 ms). */
	readonly n: number;
	/** The size that must finish, when the acceptance names one. */
	readonly full?: number;
	/** Checked in the long run only, to keep `npm test` quick. */
	readonly longOnly?: boolean;
}

const PATTERNS: Readonly<Record<string, Pattern>> = {
	'a long run of (a)': { make: (n) => `${HEAD}1. Decides: ${'(a) '.repeat(n)}`, n: 2_000 },
	'a long run of digits': { make: (n) => '9'.repeat(n), n: 8_000 },
	'digits and dots': { make: (n) => '1.'.repeat(n), n: 10_000, longOnly: true },
	'a long run of superscripts': { make: (n) => '¹²³'.repeat(n), n: 5_000 },
	'words with superscripts': { make: (n) => `${HEAD}1. Decides ${'word¹²³ '.repeat(n)}.`, n: 300, longOnly: true },
	'a long run of A/': { make: (n) => `${'A/'.repeat(n)}1`, n: 5_000 },
	'symbols without end': { make: (n) => `resolution ${'S/RES/'.repeat(n)}`, n: 2_000, longOnly: true },
	'nested brackets': { make: (n) => '('.repeat(n) + ')'.repeat(n), n: 10_000 },
	'open brackets and labels': { make: (n) => `${HEAD}1. Decides ${'((a) '.repeat(n)}`, n: 2_000, longOnly: true },
	'a run of [^1]': { make: (n) => `${HEAD}1. Decides${'[^1]'.repeat(n)}.`, n: 1_000 },
	// A marker outside any paragraph gets its stub text after its line: a scan to the end of the line per marker was
	// quadratic. (These two start large: a quadratic term with a small constant only shows past a few thousand markers.)
	'markers without text on a long closing line': { make: (n) => `${HEAD}1. Decides.\n\n30th plenary meeting ${'x¹ '.repeat(n)}`, n: 4_000 },
	// The stub's line break was searched for in the whole text once per marker: slow on lone CRs.
	'markers without text on CR lines': { make: (n) => '[^note]\r'.repeat(n), n: 2_000 },
	'markers and footnote texts': { make: (n) => `${HEAD}1. Decides[^1].\n\n${'[^1]: Note.\n'.repeat(n)}`, n: 150 },
	'empty lines': { make: (n) => '\n'.repeat(n), n: 10_000, full: 100_000 },
	'empty CRLF lines around a draft': { make: (n) => `${'\r\n'.repeat(n)}${HEAD}1. Decides.${'\r\n'.repeat(n)}`, n: 5_000, longOnly: true },
	'a single line': { make: (n) => 'Recalling its resolution 71/19 of 21 November 2016, (a) 1. A/75/L.20 ¹ [^1] '.repeat(n), n: 80, full: 13_200 },
	'a paragraph with sub-paragraphs': {
		make: (n) => `${HEAD}1. Decides:\n\n${Array.from({ length: n }, (_, i) => `(${letters(i)}) item;\n\n`).join('')}2. Ends.\n`,
		n: 120,
		full: 10_000,
	},
	'alternating 1. and (a) lines': { make: (n) => HEAD + '1. Decides;\n(a) x;\n'.repeat(n), n: 50 },
	'alternating 1. and (a) paragraphs': { make: (n) => HEAD + '1. Decides;\n\n(a) x;\n\n'.repeat(n), n: 150 },
	'a list of citations': { make: (n) => `${HEAD}Recalling its resolutions ${'71/19 of 21 November 2016, '.repeat(n)}\n\n1. Decides.`, n: 300 },
	'references to paragraphs': { make: (n) => HEAD + Array.from({ length: n }, (_, i) => `${i + 1}. Decides, see paragraphs ${i} (a) and ${i + 2} above;\n\n`).join(''), n: 150, longOnly: true },
	'lead phrases without paragraphs': { make: (n) => HEAD + 'Recalling also Recalling further Decides '.repeat(n), n: 500, longOnly: true },
	'one preamble of thousands of paragraphs': { make: (n) => `${HEAD}${'Recalling also resolution 71/19,\n\n'.repeat(n)}1. Decides.`, n: 100, longOnly: true },
};

suite('fuzz: adversarial input finishes, with work linear in its size', function () {
	this.timeout(TIMEOUT);
	suiteSetup(() => {
		builtinCatalog();
	});

	test('the full sizes: 100 000 empty lines, a 1 MB single line, a paragraph with 10 000 sub-paragraphs', () => {
		for (const [name, p] of Object.entries(PATTERNS)) {
			if (p.full === undefined) {
				continue;
			}
			const text = p.make(p.full);
			const doc = analyse(text);
			assertDocumentSpans(doc, text);
			if (name === 'empty lines') {
				assert.equal(new LineMap(text).lineCount, 100_001);
			} else if (name === 'a single line') {
				assert.ok(text.length >= 1_000_000 && !/[\r\n]/.test(text), `${text.length} characters on one line`);
			} else {
				// Labels such as (iv) or (xi) read as roman numerals nest under the letter before them: count them all.
				const count = (subs: readonly SubParagraph[]): number => subs.reduce((n, sub) => n + 1 + count(sub.children), 0);
				assert.equal(count(doc.operativeParts[0].paragraphs[0].subParagraphs), 10_000);
			}
		}
	});

	for (const [name, p] of Object.entries(PATTERNS).filter(([, x]) => LONG || !x.longOnly)) {
		test(`linear: ${name}`, () => {
			const w = assertLinearWork(p.make, p.n, analyse);
			if (STATS) {
				console.log(`      work ${w.small} → ${w.large} (${(w.large / w.small).toFixed(1)}×)`);
			}
			if (LONG) {
				const t = assertLinear(p.make, p.n, analyse, { runs: RUNS });
				if (STATS) {
					console.log(`      ${t.small.toFixed(1)} ms → ${t.large.toFixed(1)} ms`);
				}
			}
		});
	}

	test('linear: repeated random units of the drafting language', () => {
		// Any short mix of pieces, repeated: what no list of patterns above thought of.
		const unit = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
		fc.assert(
			fc.property(unit, (u) => {
				const n = Math.max(1, Math.ceil(2_000 / u.length));
				assertLinearWork((k) => u.repeat(k), n, analyse);
				if (LONG) {
					assertLinear((k) => u.repeat(k), n, analyse, { runs: RUNS });
				}
			}),
			params(3),
		);
	});
});
