import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/fixes/edits';
import { planRenumber } from '../../../server/src/fixes/renumber';
import { parse } from '../../../server/src/parser/parse';
import { createContext } from '../../../server/src/rules/types';
import { check, describe, findFix, fixtureSuite } from './harness';

const lines = (...l: string[]) => `${l.join('\n\n')}\n`;
const found = (text: string) => {
	const c = check(text);
	return describe(c.results.filter((r) => r.rule.id === 'paragraph-reference'), c.lines).map((d) => `${d.line}: ${d.message}`);
};

suite('rule paragraph-reference', () => {
	fixtureSuite('paragraph-reference');

	test('references to other texts are not ours', () => {
		assert.deepEqual(found(lines(
			'The General Assembly,', 'Noting article 12, paragraph 2, of the Rome Statute,',
			'1. Recalls paragraph 10 of its resolution 78/322 and paragraph 3 of the resolution;',
			'2. Notes paragraph 50 of the Final Document, Article 13, paragraph 1 (a), and paragraphs 29 to 34 of document S/2002/515.',
		)), []);
	});

	test('inside an annex, “above” reads the annex numbering; “of the present resolution” reads the resolution', () => {
		assert.deepEqual(found(lines(
			'The General Assembly,', 'Noting,', '1. Adopts the procedures annexed to the present resolution.',
			'Annex', '1. Applications are registered;', '2. Each application is reviewed as set out in paragraph 1 above;',
			'3. The procedures of paragraph 1 of the present resolution apply, and paragraph 2 of the present resolution.',
		)), ['13: “paragraph 2 of the present resolution” refers to a paragraph that does not exist: there is no operative paragraph 2']);
	});

	test('in a composite resolution, “above” reads the part it stands in', () => {
		assert.deepEqual(found(lines(
			'The Security Council,', 'Recalling,', 'A', '1. Decides;', '2. Requests;', '3. Calls;',
			'B', '1. Decides, pursuant to paragraph 2 above;', '2. Requests, pursuant to paragraph 1 above.',
		)), ['15: “paragraph 2 above”: operative paragraph 2 is below this reference, not above']);
	});

	test('a sub-paragraph of a sub-paragraph: paragraph 1 (a) (ii)', () => {
		const text = lines('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act:', '(i) First;', '(ii) Second;', '(b) To report;', '2. Requests, as in paragraph 1 (a) (ii) above and paragraph 1 (b) (i) above.');
		assert.deepEqual(found(text), ['15: “paragraph 1 (b) (i) above” refers to a sub-paragraph that does not exist: operative paragraph 1 has no sub-paragraph (i)']);
	});

	test('labels joined by “and” share the paragraph number, and are rewritten with it', () => {
		const text = lines('The General Assembly,', 'Noting,', '1. Decides:', '(a) To act:', '(i) First;', '(ii) Second;', '(b) To report;', '3. Requests, as in paragraph 1 (a) (i) and (ii) above and paragraph 1 (a) and (c) above.');
		assert.deepEqual(found(text), ['15: “paragraph 1 (a) and (c) above” refers to a sub-paragraph that does not exist: operative paragraph 1 has no sub-paragraph (c)']);
		const fr = "L'Assemblée générale,\n\nNotant,\n\n1. Décide :\n\na) D'agir ;\n\nc) De faire rapport ;\n\n3. Prie, comme aux alinéas a) et c) du paragraphe 1 et au paragraphe 1 a) et c) ci-dessus, de poursuivre.\n";
		const c = check(fr);
		const fix = findFix(c.results, 'fix.renumber');
		assert.ok(fix);
		const all = planRenumber(createContext(parse(fr), fr), { numbers: true, labels: true });
		assert.equal(applyEdits(fr, all.edits), fr.replace('c) De faire', 'b) De faire').replace('3. Prie', '2. Prie').replace('paragraphe 1 a) et c) ci-dessus', 'paragraphe 1 a) et b) ci-dessus'));
	});
});
