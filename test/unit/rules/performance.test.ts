import { runRules } from '../../../server/src/features/diagnostics';
import { planRenumber } from '../../../server/src/fixes/renumber';
import { parse } from '../../../server/src/parser/parse';
import { createContext } from '../../../server/src/rules/types';
import { assertLinearWork } from '../fuzz/work';

const sup = (n: number) => String(n).replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
const HEAD = 'The General Assembly,\n\nNoting,\n\n';
const N = 4000;

/** Drafts built to make a careless rule quadratic: thousands of faults, references, notes, labels (N of each). */
const ADVERSARIAL: Record<string, (N: number) => string> = {
	'every paragraph numbered 1, each with a reference': (N) => HEAD + '1. Decides; see paragraph 3 above (a) x;\n\n'.repeat(N),
	'thousands of markers without text': (N) => HEAD + Array.from({ length: N }, (_, i) => `${i + 1}. Decides x${sup(i + 1)} y${sup(i + N + 1)};\n\n`).join('') + Array.from({ length: N }, (_, i) => `${sup(i + 1)} Note.\n`).join(''),
	'thousands of footnote texts without marker': (N) => `${HEAD}1. Decides;\n\n2. Requests.\n\n${Array.from({ length: N }, (_, i) => `[^${i + 1}]: Note.\n`).join('')}`,
	'a numbered list of thousands of items': (N) => `${HEAD}1. Decides:\n\n${Array.from({ length: N }, (_, i) => `${i + 1}. x;\n\n`).join('')}2. End.\n`,
	'numbers jumping back and forth': (N) => HEAD + Array.from({ length: N }, (_, i) => `${i % 2 ? 999 : 1}. x;\n\n`).join(''),
	'thousands of labels in one paragraph': (N) => `${HEAD}1. Decides:\n\n${Array.from({ length: N }, (_, i) => `(${'abcdefghijklmnopqrstuvwxyz'[i % 26]}) x;\n\n`).join('')}2. End.\n`,
};

/** Every rule and the whole renumbering plan, on an already parsed draft. */
function rulesAndPlan(text: string): number {
	const ctx = createContext(parse(text), text);
	const found = runRules(ctx, undefined, (rule, error) => {
		throw new Error(`rule ${rule.id} threw: ${String(error)}`);
	}).length;
	planRenumber(ctx, { numbers: true, labels: true, footnotes: true });
	return found;
}

suite('rules on adversarial drafts do work linear in their size', () => {
	for (const [name, make] of Object.entries(ADVERSARIAL)) {
		test(name, function () {
			this.timeout(60_000);
			// Counted work, not time: 8× the faults may cost at most 16× (quadratic would be 64×).
			assertLinearWork(make, N / 8, rulesAndPlan);
			// And the full size finishes, every rule running (a rule that throws fails the test).
			rulesAndPlan(make(N));
		});
	}
});
