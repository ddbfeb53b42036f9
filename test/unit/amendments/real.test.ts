import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyAmendment } from '../../../server/src/amendments/apply';
import { writeAmendments } from '../../../server/src/amendments/write';
import { requireShared, SHARED } from '../../helpers/paths';
import { versionSets } from '../versions/helpers';
import { differences, numbers, paragraphs } from './helpers';

const AMENDMENTS = path.join(SHARED, 'samples', 'amendments');

function sample(symbol: string): { draft: string; amendment: string; adopted: string } {
	const dir = path.join(AMENDMENTS, symbol);
	const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
	return { draft: read('draft.txt'), amendment: read('amendment.txt'), adopted: read('adopted.txt') };
}

/** Real Third Committee amendments (GA 80), each applied to the draft it amends (checked by reading them). */
suite('amendments: real L-documents', () => {
	test('A/C.3/80/L.56 (adopted): a new operative paragraph 4, as in A/RES/80/192; the rest renumbered', function () {
		requireShared(this, path.join(AMENDMENTS, 'A_C.3_80_L.56'));
		const s = sample('A_C.3_80_L.56');
		const r = applyAmendment(s.draft, s.amendment);
		assert.deepEqual(r.results.map((x) => x.applied), [true]);
		const before = paragraphs(s.draft);
		const after = paragraphs(r.text);
		assert.equal(after.operative.length, before.operative.length + 1);
		assert.match(after.operative[3], /^Notes with alarm that the Russian Federation .* genuine attempts to combat neo-Nazism;$/);
		// The adopted text breaks `neo- Nazism` at a line end: mended here.
		assert.equal(after.operative[3], paragraphs(s.adopted).operative[3].replace('neo- Nazism', 'neo-Nazism'), 'the adopted OP4 is the amendment word for word');
		assert.equal(after.operative.length - 4, before.operative.length - 3);
		// The internal references follow (as in the adopted text): "paragraphs 5, 12 … above" → "6, 13 …".
		const refs = (t: string) => /attention to paragraphs ([\d, and]+) above.*recalled in paragraph (\d+)/.exec(t)?.slice(1);
		assert.deepEqual(refs(after.operative.find((t) => t.includes('specific attention')) ?? ''), ['6, 13, 15, 16, 17, 21, 29, 30, 31, 49 and 51', '67']);
		// Every number after 3 goes up by one (the parser does not see OP25 and OP26 of this PDF text: their numbers are its).
		const old = numbers(s.draft).filter((x): x is number => x !== undefined);
		assert.deepEqual(numbers(r.text).filter((x) => x !== undefined), [1, 2, 3, 4, ...old.slice(3).map((x) => x + 1)]);
	});

	test('A/C.3/80/L.58 (rejected): the Rome Statute clause leaves the twenty-eighth preambular paragraph, footnote call included', function () {
		requireShared(this, path.join(AMENDMENTS, 'A_C.3_80_L.58'));
		const s = sample('A_C.3_80_L.58');
		const r = applyAmendment(s.draft, s.amendment);
		assert.deepEqual(r.results.map((x) => x.applied), [true]);
		const pp28 = paragraphs(r.text).preamble[27];
		assert.equal(pp28, 'Deploring practices of forced displacement and their negative consequences for the enjoyment of human rights and fundamental freedoms by large groups of populations,');
		// Rejected: the adopted text still has the clause.
		assert.match(paragraphs(s.adopted).preamble[27], /Rome Statute/);
	});

	test('A/C.3/80/L.65 (partly adopted): the third preambular paragraph and operative paragraph 2 deleted; OP1 ends the text', function () {
		requireShared(this, path.join(AMENDMENTS, 'A_C.3_80_L.65'));
		const s = sample('A_C.3_80_L.65');
		const r = applyAmendment(s.draft, s.amendment);
		assert.deepEqual(r.results.map((x) => x.applied), [true]);
		const before = paragraphs(s.draft);
		const after = paragraphs(r.text);
		assert.deepEqual(after.preamble, [...before.preamble.slice(0, 2), ...before.preamble.slice(3)]);
		assert.equal(after.operative.length, 1);
		assert.ok(after.operative[0].endsWith('.'), 'the last paragraph ends with a full stop');
		// A/RES/80/189 lost OP2 but kept PP3 (separate votes): the operative part is the amended one.
		assert.deepEqual(paragraphs(s.adopted).operative, after.operative);
	});

	test('A/C.3/80/L.62 on the nearest version (L.20 for L.20/Rev.1): the new paragraph goes after the fourteenth', function () {
		requireShared(this, path.join(AMENDMENTS, 'A_C.3_80_L.62'));
		const s = sample('A_C.3_80_L.62');
		const r = applyAmendment(s.draft, s.amendment);
		assert.deepEqual(r.results.map((x) => x.applied), [true]);
		assert.match(paragraphs(r.text).preamble[14], /^Reaffirming that, in accordance with article 5 of the Convention, States Parties shall respect/);
	});

	test('A/C.3/80/L.63 (adopted) on the nearest version: the thirteenth preambular paragraph reads as in A/RES/80/190', function () {
		requireShared(this, path.join(AMENDMENTS, 'A_C.3_80_L.63'));
		const s = sample('A_C.3_80_L.63');
		const r = applyAmendment(s.draft, s.amendment);
		assert.deepEqual(r.results.map((x) => x.applied), [true]);
		const pp13 = paragraphs(r.text).preamble[12];
		assert.match(pp13, /the fifth Global Conference on the Elimination of Child Labour, held in Durban, South Africa, from 15 to 20 May 2022/);
		assert.doesNotMatch(pp13, /Buenos Aires/);
		assert.ok(paragraphs(s.adopted).preamble.some((t) => t.includes('held in Durban, South Africa, from 15 to 20 May 2022')));
	});

	// Amendments to a revision that is not in the corpus: words that the original draft does not have are reported.
	const NEAREST: Record<string, string[]> = {
		'A_C.3_80_L.57': ['notFound', 'notFound'],
		'A_C.3_80_L.61': ['notFound', 'applied'],
		'A_C.3_80_L.64': ['applied', 'notFound', 'notFound'],
	};
	for (const [symbol, expected] of Object.entries(NEAREST)) {
		test(`${symbol.replace(/_/g, '/')} on the nearest version: absent words reported, not guessed`, function () {
			requireShared(this, path.join(AMENDMENTS, symbol));
			const s = sample(symbol);
			const r = applyAmendment(s.draft, s.amendment);
			assert.deepEqual(r.results.map((x) => x.problem?.kind ?? 'applied'), expected);
			for (const x of r.results.filter((y) => !y.applied)) {
				assert.ok(x.instruction.span.end > x.instruction.span.start && s.amendment.slice(x.instruction.span.start, x.instruction.span.end).length > 10, 'the diagnostic points at the instruction');
			}
		});
	}
});

/**
 * The core property on every version set: the instructions written from one version, applied to it, give the next
 * one, paragraph by paragraph (note calls aside, see helpers.differences), in the three languages, in the amendment
 * form and in the oral form.
 */
suite('amendments: round trip on the version sets', () => {
	const sets = versionSets();
	test('the version sets are there', function () {
		requireShared(this, path.join(SHARED, 'samples', 'versions'));
		assert.ok(sets.length >= 20);
	});
	for (const set of sets) {
		const order = ['base', 'draft', 'rev1', 'adopted'].filter((f) => set.files[f] !== undefined);
		for (let i = 0; i + 1 < order.length; i++) {
			test(`${set.name} ${order[i]}→${order[i + 1]}`, () => {
				const from = set.files[order[i]];
				const to = set.files[order[i + 1]];
				for (const lang of ['en', 'fr', 'es'] as const) {
					for (const style of ['amendment', 'oral'] as const) {
						const w = writeAmendments(from, to, { lang, style });
						const r = applyAmendment(from, w.text);
						assert.deepEqual(r.results.filter((x) => !x.applied).map((x) => x.instruction.text), [], `${lang} ${style}: every instruction applies`);
						assert.deepEqual(differences(r.text, to), [], `${lang} ${style}: amend(FROM, amendments(FROM, TO)) = TO`);
					}
				}
			});
		}
	}
});
