import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../server/src/parser/parse';
import { FIXTURES } from '../../helpers/paths';
import { check, describe } from './harness';

const KINDS = path.join(FIXTURES, 'kinds');
const VALID = path.join(FIXTURES, 'rules', 'valid');

const faults = (text: string) => {
	const { results, lines } = check(text);
	return describe(results, lines).filter((d) => d.severity === 'error' || d.severity === 'warning');
};

suite('documents that are no GA resolution: treaty-body decisions, declarations, appended note lists', () => {
	for (const lang of ['en', 'fr', 'es']) {
		test(`${lang}: a declaration in the first person has no organ line and ends each paragraph with a full stop`, () => {
			const text = readFileSync(path.join(KINDS, `${lang}-declaration.unres.txt`), 'utf8');
			assert.deepEqual(faults(text), []);
			// The same paragraphs without the first person are a resolution's: then the organ line is missing.
			const resolution = text.replace(/^1\. [^,]+,/m, '1. Decides,');
			assert.ok(faults(resolution).some((d) => d.rule === 'organ-line'), 'organ line expected once the text is no declaration');
		});

		test(`${lang}: a treaty body's organ line opens its decision; the appended note list's calls are its glued digits`, () => {
			const text = readFileSync(path.join(VALID, `${lang}-treaty-decision-notes.unres.txt`), 'utf8');
			assert.deepEqual(faults(text), []);
			// Without the list's heading, `[^1] …` is a call with no text: the heading is what makes the list.
			const noHeading = text.replace(/^--- .*---$/m, '');
			assert.ok(faults(noHeading).some((d) => d.rule === 'footnote-missing-text'));
			// An organ that is no treaty body's and no UN organ's known line is still reported.
			const otherOrgan = text.replace(/^(?:The Conference|La Conférence|La Conferencia)[^\n]*$/m, 'Recalling also its decisions,');
			assert.ok(faults(otherOrgan).some((d) => d.rule === 'organ-line'));
		});
	}

	for (const lang of ['en', 'fr', 'es']) {
		test(`${lang}: paragraphs that lost their numbers (Word's automatic numbering) leave their references unchecked`, () => {
			const text = readFileSync(path.join(KINDS, `${lang}-unnumbered.unres.txt`), 'utf8');
			const { results } = check(text);
			assert.deepEqual(results.filter((r) => r.rule.id === 'paragraph-reference'), []);
			// Numbered, the same reference to a paragraph 3 that is not there is reported.
			let n = 0;
			const numbered = text.replace(/^(D[ée]cid|Requests|Prie|Pide)/gmu, (w) => `${++n}. ${w}`).replace(/ 1 (above|ci-dessus|supra)/, ' 3 $1');
			assert.equal(n, 2);
			assert.ok(check(numbered).results.some((r) => r.rule.id === 'paragraph-reference'));
		});
	}

	for (const lang of ['en', 'fr', 'es']) {
		test(`${lang}: a reference in the text a paragraph recalls from another decision is that decision's`, () => {
			const text = readFileSync(path.join(VALID, `${lang}-recalled-decision.unres.txt`), 'utf8');
			assert.deepEqual(faults(text), []);
			// Said by this decision, the same reference to its paragraph 17 is reported.
			const own = text.replace(/^1\. [^,]+, [^,]+, [^,]+, (?:that|que) /m, '1. Decides that ');
			assert.notEqual(own, text);
			assert.ok(faults(own).some((d) => d.rule === 'paragraph-reference'));
		});
	}

	test('`Article 6.2` is no call of note 2; `concertée1;`, `concertées2`, `nécessaires3` are, each paired with its entry', () => {
		const text = readFileSync(path.join(VALID, 'fr-treaty-decision-notes.unres.txt'), 'utf8');
		const doc = parse(text);
		assert.deepEqual(doc.footnoteMarkers.map((m) => [m.label, text.slice(m.span.start - 4, m.span.end), m.footnote]), [
			['1', 'rtée1', 0], ['2', 'tées2', 1], ['3', 'ires3', 2],
		]);
		assert.deepEqual(doc.footnotes.map((f) => text.slice(f.textSpan.start, f.textSpan.end)), [
			'Décision 2/CMA.3, par. 14 et 15.', "Disponible à l'adresse https://unfccc.int/documents/634354.", 'Voir le document FCCC/TP/2023/1.',
		]);
	});
});
