import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { applyAmendment } from '../../../server/src/amendments/apply';
import { writeAmendments } from '../../../server/src/amendments/write';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../../helpers/paths';
import { params } from '../fuzz/fuzzConfig';
import { paragraphs } from './helpers';

/**
 * Round trip on generated edits: words replaced, inserted and deleted, paragraphs rewritten, inserted and deleted,
 * in both parts of the French reference and of English corpus texts; the instructions are written in a random
 * language and style and applied to the first version: the paragraphs are those of the second.
 */
const edit = fc.record({
	part: fc.constantFrom('preamble', 'operative'),
	kind: fc.constantFrom('replace', 'insertWords', 'deleteWords', 'rewrite', 'newParagraph', 'deleteParagraph'),
	at: fc.nat(10_000),
	word: fc.nat(10_000),
	size: fc.integer({ min: 1, max: 3 }),
});
const edits = fc.array(edit, { minLength: 1, maxLength: 5 });
const lang = fc.constantFrom('en', 'fr', 'es');
const style = fc.constantFrom('amendment', 'oral');

type Parts = { preamble: string[]; operative: string[] };
let fresh = 0;

/**
 * A new word never seen before, in letters only: digits glued to a word in lower case (`word45`) are what a
 * footnote call looks like in PDF text, and amendments leave calls aside (amendments/calls.ts).
 */
function novelWord(prefix: string): string {
	let n = fresh++;
	let s = '';
	do {
		s = String.fromCharCode(97 + (n % 26)) + s;
		n = Math.floor(n / 26);
	} while (n > 0);
	return `${prefix}${s}`;
}

function mutate(base: Parts, es: readonly { part: 'preamble' | 'operative'; kind: string; at: number; word: number; size: number }[], lead: Parts): Parts {
	const out: Parts = { preamble: [...base.preamble], operative: [...base.operative] };
	for (const e of es) {
		const list = out[e.part];
		if (list.length < 3) {
			continue;
		}
		const i = e.at % list.length;
		const words = list[i].split(' ');
		const k = words.length > 6 ? 1 + (e.word % (words.length - 3)) : 1;
		const novel = Array.from({ length: e.size }, () => novelWord('zqv'));
		switch (e.kind) {
			case 'replace':
				words.splice(k, e.size, ...novel);
				list[i] = words.join(' ');
				break;
			case 'insertWords':
				words.splice(k, 0, ...novel);
				list[i] = words.join(' ');
				break;
			case 'deleteWords':
				if (words.length > 8) {
					words.splice(k, e.size);
					list[i] = words.join(' ');
				}
				break;
			case 'rewrite':
				list[i] = `${words.slice(0, 2).join(' ')} ${novel.join(' ')} ${Array.from({ length: 8 }, () => novelWord('xyw')).join(' ')}${list[i].slice(-1)}`;
				break;
			case 'newParagraph':
				list.splice(i, 0, `${lead[e.part][0]} ${novel.join(' ')} ${Array.from({ length: 6 }, () => novelWord('nwp')).join(' ')}${e.part === 'preamble' ? ',' : ';'}`);
				break;
			case 'deleteParagraph':
				list.splice(i, 1);
				break;
		}
	}
	// As editors leave it: the last operative paragraph ends with a full stop (amend does the same when it deletes the last one).
	const last = out.operative.length - 1;
	if (last >= 0 && base.operative[base.operative.length - 1].endsWith('.')) {
		out.operative[last] = out.operative[last].replace(/[;,]$/, '.');
	}
	return out;
}

/** "paragraphs 16, 25 and 26 below" → "paragraphs #, # and # below". */
function refNumbersAside(t: string): string {
	return t.replace(/\b(paragraphs?|paragraphes?) ((?:\d{1,3}(?: \([a-z]+\))*(?:, | and | to | et | à )?)+)/g, (_m, w: string, list: string) => `${w} ${list.replace(/\d{1,3}/g, '#')}`);
}

function draftOf(p: Parts, opening: string): string {
	return [opening, ...p.preamble, ...p.operative.map((t, k) => `${k + 1}. ${t}`)].join('\n\n') + '\n';
}

function property(base: Parts, opening: string, lead: Parts, runs: number): void {
	const from = draftOf(base, opening);
	fc.assert(fc.property(edits, lang, style, (es, l, s) => {
		const target = mutate(base, es as { part: 'preamble' | 'operative'; kind: string; at: number; word: number; size: number }[], lead);
		const to = draftOf(target, opening);
		const w = writeAmendments(from, to, { lang: l, style: s });
		const r = applyAmendment(from, w.text);
		assert.deepEqual(r.results.filter((x) => !x.applied).map((x) => x.instruction.text), []);
		// A paragraph inserted or deleted in the operative part renumbers the references to those after it ("paragraph
		// 26 below"), as `unres amend` must (tests in apply.test.ts and on L.56); the generated version does not.
		const moved = es.some((e) => e.part === 'operative' && (e.kind === 'newParagraph' || e.kind === 'deleteParagraph'));
		const key = (p: Parts): Parts => (moved ? { preamble: p.preamble, operative: p.operative.map(refNumbersAside) } : p);
		assert.deepEqual(key(paragraphs(r.text)), key(paragraphs(to)));
	}), params(runs));
}

suite('amendments: round trip on generated edits', () => {
	test('the French reference text (A/RES/75/10)', function () {
		requireShared(this, SAMPLE_FR);
		const p = paragraphs(readFileSync(SAMPLE_FR, 'utf8'));
		assert.equal(p.preamble.length, 21);
		// Plain paragraphs: the reference's Markdown decoration is not part of what is compared.
		property(p, 'L’Assemblée générale,', { preamble: ['Notant'], operative: ['Prie'] }, 40);
	});

	test('English corpus texts', function () {
		requireShared(this, CORPUS_EN);
		const files = existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort() : [];
		let used = 0;
		for (const f of files) {
			const p = paragraphs(readFileSync(path.join(CORPUS_EN, f), 'utf8'));
			if (p.preamble.length < 3 || p.operative.length < 3) {
				continue;
			}
			used++;
			property(p, 'The General Assembly,', { preamble: ['Noting'], operative: ['Requests'] }, 6);
		}
		assert.ok(used >= 3, `corpus texts used: ${used}`);
	});
});
