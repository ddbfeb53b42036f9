import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { draftView } from '../../../server/src/leadPhrases/paragraphs';
import { kindsOf } from '../../../server/src/leadPhrases/index';
import { parse } from '../../../server/src/parser/parse';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../../helpers/paths';
import { check, describe } from '../rules/harness';

/**
 * Acceptance 1 for the drafting rules: the reference document and the 34 English texts of ../shared give no
 * finding from them — information included — except the real faults listed here, each with its reason.
 */
export const DRAFTING_RULES = ['organ-line', 'unknown-lead-phrase', 'repeated-lead-phrase', 'lead-phrase-agreement', 'preambular-punctuation', 'operative-punctuation'];

export const KNOWN: Record<string, readonly { rule: string; line: number; severity: string; reason: string }[]> = {
	'S-RES-242-1967.txt': [
		{ rule: 'operative-punctuation', line: 32, severity: 'warning', reason: '“2. Affirms further the necessity” introduces (a) to (c) without a colon, as the 1967 text is printed.' },
		{ rule: 'repeated-lead-phrase', line: 52, severity: 'information', reason: 'Paragraphs 3 and 4 both open “Requests the Secretary-General to”: the 1967 text has no “also”.' },
	],
	'S-RES-687-1991.txt': [
		{ rule: 'preambular-punctuation', line: 16, severity: 'warning', reason: 'This transcription ends “Welcoming the restoration to Kuwait …” with a full stop; a preambular paragraph ends with a comma.' },
		{ rule: 'operative-punctuation', line: 443, severity: 'warning', reason: 'This transcription ends paragraph 31 (“… on or after 2 August 1990,”) with a comma.' },
		{ rule: 'operative-punctuation', line: 452, severity: 'warning', reason: 'This transcription ends paragraph 32 (“… practices of terrorism:”) with a colon, and no list follows.' },
	],
};

const files = [SAMPLE_FR, ...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : [])];

suite('drafting rules on real documents (../shared)', () => {
	for (const file of files) {
		const name = path.basename(file);
		test(`${name}: no finding${KNOWN[name] ? ` but the ${KNOWN[name].length} listed` : ''}`, function () {
			requireShared(this, file);
			const { results, lines } = check(readFileSync(file, 'utf8'));
			const mine = describe(results.filter((r) => DRAFTING_RULES.includes(r.rule.id)), lines).sort((a, b) => a.line - b.line);
			assert.deepEqual(
				mine.map((d) => ({ rule: d.rule, line: d.line, severity: d.severity })),
				[...(KNOWN[name] ?? [])].sort((a, b) => a.line - b.line).map((k) => ({ rule: k.rule, line: k.line, severity: k.severity })),
				JSON.stringify(mine, null, 1),
			);
		});
	}

	test('every paragraph of the reference document opens with a known lead phrase of its kind', function () {
		requireShared(this, SAMPLE_FR);
		const text = readFileSync(SAMPLE_FR, 'utf8');
		const view = draftView({ doc: parse(text), text });
		assert.equal(view.paragraphs.length, 37);
		for (const d of view.paragraphs) {
			assert.equal(d.role, 'paragraph');
			assert.ok(d.lead && kindsOf(d.lead).has(d.zone), `${d.lead ? text.slice(d.lead.span.start, d.lead.span.end) : '?'} as ${d.zone}`);
		}
		assert.equal(view.gender, 'f');
	});

	test('what the rules leave alone in the corpus: quotations, a sentence cut by a page break, a masthead note, an adopted Pact', function () {
		requireShared(this, CORPUS_EN);
		const roles = (f: string) => {
			const text = readFileSync(path.join(CORPUS_EN, f), 'utf8');
			const view = draftView({ doc: parse(text), text });
			return view.paragraphs.filter((d) => d.role !== 'paragraph').map((d) => `${d.role}: ${text.slice(d.textStart, d.textStart + 40).split(/\s+/).slice(0, 3).join(' ')}`);
		};
		assert.deepEqual(roles('A-RES-80-116.txt'), ['quote: What are the']);
		assert.deepEqual(roles('S-RES-827-1993.txt'), ['continuation: Committee of the']);
		assert.deepEqual(roles('A-80-L.24.txt'), ['note: Any changes to']);
		const pact = roles('A-RES-79-1.txt');
		assert.ok(pact.length > 80 && pact.every((r) => r.startsWith('declaration: ')), `${pact.length} paragraphs of the Pact`);
	});
});
