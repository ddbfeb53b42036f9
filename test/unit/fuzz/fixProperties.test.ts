import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { draftText, mutatedDocument, mutatedText, realDocuments } from './arbitraries';
import { params, REPLAY, STATS, TIMEOUT } from './fuzzConfig';
import { builtinCatalog, checkEachFix, checkFixAll } from './invariants';

/**
 * Fixes on mutated real documents and random drafts: every single fix of every finding changes the text only
 * inside its edits, a safe one writes no letter (but in a date), and once applied the rule offers no fix of
 * the same kind over what it wrote; `unres check --fix` (fix-all) is idempotent and leaves no safe fix behind.
 */

const docs = realDocuments();
/** Per text, the fixes checked one by one (each costs a new analysis). */
const FIXES_PER_TEXT = 12;

/** Where texts come from; the property keeps the generated value (an index and mutations) as the counterexample. */
interface Source {
	readonly name: string;
	readonly real: boolean;
	property(check: (text: string) => void): fc.IPropertyWithHooks<unknown[]>;
}

function source<T>(name: string, real: boolean, arb: fc.Arbitrary<T>, text: (value: T) => string): Source {
	return { name, real, property: (check) => fc.property(arb, (value) => check(text(value))) as unknown as fc.IPropertyWithHooks<unknown[]> };
}

const SOURCES: readonly Source[] = [
	source('mutated real documents', true, mutatedDocument(docs), (v) => mutatedText(docs, v)),
	source('random drafts', false, draftText, (v) => v),
];

suite('fuzz: fixes keep the text outside their edits and are idempotent', function () {
	this.timeout(TIMEOUT);
	suiteSetup(() => {
		builtinCatalog();
	});

	for (const { name, real, property } of SOURCES) {
		const needDocs = (ctx: Mocha.Context) => {
			if (real && docs.length === 0) {
				console.warn('      (skipped: ../shared is absent: the shared documents are not beside this checkout)');
				ctx.skip();
			}
		};

		test(`${name}: every single fix changes the text inside its edits only, and is not offered again once applied`, function () {
			needDocs(this);
			let runs = 0;
			let fixes = 0;
			let safe = 0;
			fc.assert(
				property((text) => {
					const done = checkEachFix(text, FIXES_PER_TEXT);
					runs++;
					fixes += done.fixes;
					safe += done.safe;
				}),
				params(real ? 30 : 50),
			);
			if (STATS) {
				console.log(`      ${runs} runs, ${fixes} fixes applied one by one, ${safe} of them safe`);
			}
			assert.ok(REPLAY || fixes > runs / 2, `not vacuous: ${fixes} fixes in ${runs} runs`);
		});

		test(`${name}: fix-all is idempotent and leaves no safe fix or renumbering behind`, function () {
			needDocs(this);
			let runs = 0;
			let changed = 0;
			fc.assert(
				property((text) => {
					runs++;
					changed += checkFixAll(text) ? 1 : 0;
				}),
				params(real ? 30 : 50),
			);
			if (STATS) {
				console.log(`      ${runs} runs, ${changed} changed by fix-all`);
			}
			assert.ok(REPLAY || changed > 0, 'not vacuous: fix-all changed some text');
		});
	}
});
