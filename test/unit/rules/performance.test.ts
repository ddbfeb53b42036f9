import * as assert from 'node:assert/strict';
import { runRules } from '../../../server/src/features/diagnostics';
import { planRenumber } from '../../../server/src/fixes/renumber';
import { parse } from '../../../server/src/parser/parse';
import { createContext } from '../../../server/src/rules/types';

const sup = (n: number) => String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
const HEAD = 'The General Assembly,\n\nNoting,\n\n';
const N = 4000;

/** Drafts built to make a careless rule quadratic: thousands of faults, references, notes, labels. */
const ADVERSARIAL: Record<string, () => string> = {
	'every paragraph numbered 1, each with a reference': () => HEAD + '1. Decides; see paragraph 3 above (a) x;\n\n'.repeat(N),
	'thousands of markers without text': () => HEAD + Array.from({ length: N }, (_, i) => `${i + 1}. Decides x${sup(i + 1)} y${sup(i + N + 1)};\n\n`).join('') + Array.from({ length: N }, (_, i) => `${sup(i + 1)} Note.\n`).join(''),
	'thousands of footnote texts without marker': () => `${HEAD}1. Decides;\n\n2. Requests.\n\n${Array.from({ length: N }, (_, i) => `[^${i + 1}]: Note.\n`).join('')}`,
	'a numbered list of thousands of items': () => `${HEAD}1. Decides:\n\n${Array.from({ length: N }, (_, i) => `${i + 1}. x;\n\n`).join('')}2. End.\n`,
	'numbers jumping back and forth': () => HEAD + Array.from({ length: N }, (_, i) => `${i % 2 ? 999 : 1}. x;\n\n`).join(''),
	'thousands of labels in one paragraph': () => `${HEAD}1. Decides:\n\n${Array.from({ length: N }, (_, i) => `(${'abcdefghijklmnopqrstuvwxyz'[i % 26]}) x;\n\n`).join('')}2. End.\n`,
};

suite('rules on adversarial drafts stay fast', () => {
	for (const [name, make] of Object.entries(ADVERSARIAL)) {
		test(name, () => {
			const text = make();
			const ctx = createContext(parse(text), text);
			const start = performance.now();
			runRules(ctx);
			planRenumber(ctx, { numbers: true, labels: true, footnotes: true });
			const ms = performance.now() - start;
			assert.ok(ms < 2000, `${Math.round(ms)} ms for ${text.length} characters`);
		});
	}
});
