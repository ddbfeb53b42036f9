import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache } from '../../../server/src/analysis';
import { draftView } from '../../../server/src/leadPhrases/paragraphs';
import { viewOf } from '../../../server/src/leadPhrases/punctuation';
import { defineQuery } from '../../../server/src/model/analysis';
import { MASKED } from '../../../server/src/parser/mask';
import { createContext } from '../../../server/src/rules/types';

/** Parse once per version, derive once per version: the facts of a version are one object every reader shares. */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const TEXT = 'The General Assembly,\n\n*Recalling* its resolution 71/19,¹\n\n1. *Decides* to act.\n\n______\n¹ A note.\n';

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		return statSync(file).isDirectory() ? sources(file) : name.endsWith('.ts') ? [file] : [];
	});
}

suite('architecture: per-version facts', () => {
	test('one parse and one DocumentFacts per version; a new version gets new ones', () => {
		const cache = new AnalysisCache();
		const a = cache.get('file:///d.unres', 1, TEXT);
		assert.equal(cache.get('file:///d.unres', 1, TEXT), a);
		assert.equal(a.facts.doc, a.doc);
		const b = cache.get('file:///d.unres', 2, `${TEXT}\n`);
		assert.notEqual(b.facts, a.facts);
	});

	test('a query is computed once for every rule context and feature over the version', () => {
		const a = new AnalysisCache().get('file:///d.unres', 1, TEXT);
		let computed = 0;
		const COUNTED = defineQuery('test.counted', (doc) => {
			computed++;
			return doc.preamble.length;
		});
		const first = createContext(a.doc, a.text, a.lines, { facts: a.facts });
		const second = createContext(a.doc, a.text, a.lines, { facts: a.facts });
		assert.equal(first.facts.get(COUNTED), 1);
		assert.equal(second.facts.get(COUNTED), 1);
		assert.equal(computed, 1);
		// The lead-phrase view of the rules and of hover/completion is one object.
		assert.equal(viewOf(first), draftView(a));
		assert.equal(viewOf(second), draftView(a));
	});

	test("the parser's masked text is the version's MASKED fact: footnote markers blanked, same length", () => {
		const a = new AnalysisCache().get('file:///d.unres', 1, TEXT);
		const masked = a.facts.get(MASKED);
		assert.equal(masked.length, TEXT.length);
		assert.ok(!masked.includes('¹') && !masked.includes('*'));
	});

	test('no module keeps a cache keyed by a document (facts hold what a version derives)', () => {
		// Module level: a service instance may keep its own state per analysis; a module may not keep one for all.
		const offenders = sources(path.join(ROOT, 'server', 'src')).filter((file) =>
			/^(?:export )?(?:const|let) \w+ = new (?:Weak)?Map<\s*(?:ResolutionDocument|object|Analysis|DocumentFacts)\b/m.test(readFileSync(file, 'utf8')));
		assert.deepEqual(offenders.map((f) => path.relative(ROOT, f)), []);
	});
});
