import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { cleanText } from '../../../server/src/negotiation/clean';
import { parse } from '../../../server/src/parser/parse';
import { operativeParagraphs } from '../../../server/src/model/document';
import { negotiate } from '../../helpers/negotiate';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../../helpers/paths';

const clean = (t: string) => {
	const r = cleanText(t);
	assert.ok(r.ok, r.ok ? '' : `refused: ${r.remaining.map((x) => x.text).join(', ')}`);
	return r.text;
};

/** Real drafts in three languages: the French reference, the English corpus, the Spanish draft of the tests. */
function realDrafts(): { name: string; text: string }[] {
	const out: { name: string; text: string }[] = [];
	if (existsSync(SAMPLE_FR)) {
		out.push({ name: 'A-RES-75-10.fr.md', text: readFileSync(SAMPLE_FR, 'utf8') });
	}
	if (existsSync(CORPUS_EN)) {
		// S/RES/687 has the OCR residue `Apri]` in its heading: a real unmatched bracket, which stops the clean-up.
		for (const f of readdirSync(CORPUS_EN).filter((x) => x.endsWith('.txt') && x !== 'S-RES-687-1991.txt').sort()) {
			out.push({ name: f, text: readFileSync(path.join(CORPUS_EN, f), 'utf8') });
		}
	}
	return out;
}

suite('negotiation: clean-up for the L-document', () => {
	test('labels go, bis paragraphs take their place in sequence, references follow', () => {
		const text = [
			'The General Assembly,', '',
			'PP1 Recalling its resolution 75/10,', '',
			'PP1bis Noting the report, [Agreed ad ref]', '',
			'OP1 Decides to act;', '',
			'OP1bis Requests the Secretary-General to report on paragraph 2 above;', '',
			'OP2 Invites States to implement paragraphs 1 bis and 3 of the present resolution;', '',
			'OP3 Decides to remain seized of the matter.', '',
		].join('\n');
		assert.equal(clean(text), [
			'The General Assembly,', '',
			'Recalling its resolution 75/10,', '',
			'Noting the report,', '',
			'1. Decides to act;', '',
			'2. Requests the Secretary-General to report on paragraph 3 above;', '',
			'3. Invites States to implement paragraphs 2 and 4 of the present resolution;', '',
			'4. Decides to remain seized of the matter.', '',
		].join('\n'));
	});

	test('the numbered style: `2.bis`, `5 bis.`, plain numbers after them move on', () => {
		const text = '1. We agree. [Agreed ad ref]\n\n2. We act.\n\n2.bis We also act.\n\n2 ter. We act again, see paragraph 2 bis above.\n\n3. We end.\n';
		assert.equal(clean(text), '1. We agree.\n\n2. We act.\n\n3. We also act.\n\n4. We act again, see paragraph 3 above.\n\n5. We end.\n');
	});

	test('a status mark on its own line goes with its line break', () => {
		assert.equal(clean('1. We agree.\n[Agreed ad ref]\n\n2. We end.\n'), '1. We agree.\n\n2. We end.\n');
	});

	test('refuses while brackets, alternatives, options or attributions remain, each with its place', () => {
		const text = 'OP1 [Decides][Requests] to act;\n\nOP1alt Decides otherwise;\n\nOP2 Free humanity from [extreme - US; G77 delete] poverty [\n\nOption 1\nOP3 Text.\n';
		const r = cleanText(text);
		assert.ok(!r.ok);
		assert.deepEqual(r.remaining.map((x) => `${x.kind} ${x.span.start}`), [
			'bracket 4', 'bracket 13', 'alternative 33', 'bracket 83', 'unmatched 118', 'option 121',
		]);
	});

	test('a text with no negotiation layer comes back unchanged', () => {
		const text = 'The General Assembly,\n\nRecalling its resolution 75/10,\n\n1. Decides.\n';
		assert.equal(clean(text), text);
	});

	test('real drafts (FR reference, EN corpus): every negotiation version with settled brackets cleans back byte for byte', function () {
		requireShared(this, SAMPLE_FR);
		const drafts = realDrafts();
		let checked = 0;
		for (const d of drafts) {
			const doc = parse(d.text);
			assert.equal(doc.negotiation, undefined, `${d.name} is read as a negotiation text`);
			const ops = operativeParagraphs(doc).length;
			for (const style of ['op', 'spaced', 'dotted'] as const) {
				const inserted = new Set([2, 4, 5].filter((i) => i <= ops));
				const negotiated = negotiate(d.text, { inserted, style, preambleLabels: true, agreed: new Set([0, 2]) });
				assert.notEqual(negotiated, d.text, d.name);
				assert.equal(clean(negotiated), d.text, `${d.name} (${style})`);
				checked++;
			}
		}
		assert.ok(checked >= 3 * 34, `${checked} versions checked`);
	});

	test('property: clean after random bis insertions and settlement gives back the original (real drafts)', function () {
		requireShared(this, SAMPLE_FR);
		const drafts = realDrafts();
		fc.assert(fc.property(
			fc.integer({ min: 0, max: drafts.length - 1 }),
			fc.uniqueArray(fc.integer({ min: 2, max: 40 }), { maxLength: 8 }),
			fc.constantFrom('op' as const, 'spaced' as const, 'dotted' as const),
			fc.boolean(),
			fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 5 }),
			(i, inserted, style, preambleLabels, agreed) => {
				const d = drafts[i];
				const negotiated = negotiate(d.text, { inserted: new Set(inserted), style, preambleLabels, agreed: new Set(agreed) });
				assert.equal(clean(negotiated), d.text, d.name);
			},
		), { numRuns: 150 });
	});
});
