import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { exportDocx } from '../../../server/src/export/docx/build';
import { readVersion, type Version } from '../../../server/src/versions/units';
import { readDocx } from '../../helpers/docx';
import { requireShared, SAMPLE_FR } from '../../helpers/paths';
import { params } from '../fuzz/fuzzConfig';
import { versionSets, VERSIONS } from '../versions/helpers';

/**
 * The Word export, read back: Accept All gives the draft and Reject All the base, paragraph for paragraph
 * (preamble, operative part, annex; operative numbers are tracked too and compared apart) and footnote for footnote.
 */

function bodyOf(v: Version): string[] {
	return [...v.preamble, ...v.operative, ...v.annex].map((u) => u.text);
}

function tail(paragraphs: readonly string[], v: Version, other: Version | undefined): { texts: string[]; numbers: string[] } {
	const annexHeading = v.annex.length > 0 || (other?.annex.length ?? 0) > 0 ? 1 : 0;
	const all = paragraphs.slice(paragraphs.length - (v.preamble.length + v.operative.length + v.annex.length + annexHeading));
	if (annexHeading) {
		all.splice(v.preamble.length + v.operative.length, 1);
	}
	const numbers: string[] = [];
	const texts = all.map((p, i) => {
		const m = /^(\d+)\.\t/.exec(p);
		if (i >= v.preamble.length && i < v.preamble.length + v.operative.length && m) {
			numbers.push(m[1]);
			return p.slice(m[0].length);
		}
		return p;
	});
	return { texts, numbers };
}

async function roundTrip(baseText: string, draftText: string, label: string): Promise<{ insertions: number; deletions: number }> {
	const bytes = await exportDocx(draftText, { base: baseText, author: 'Test', date: '2026-01-01T00:00:00Z' });
	const read = readDocx(bytes);
	const base = readVersion(baseText);
	const draft = readVersion(draftText);
	const accepted = tail(read.accept, draft, base);
	const rejected = tail(read.reject, base, draft);
	assert.deepEqual(accepted.texts, bodyOf(draft), `${label}: Accept All gives the draft`);
	assert.deepEqual(rejected.texts, bodyOf(base), `${label}: Reject All gives the base`);
	if (draft.operative.length > 1) {
		assert.deepEqual(accepted.numbers, draft.operative.map((u) => String(u.position)), `${label}: draft numbers`);
	}
	assert.deepEqual(read.footnotes.accept, draft.footnotes.map((u) => u.text).filter((t) => t), `${label}: footnotes accepted`);
	assert.deepEqual(read.footnotes.reject, base.footnotes.map((u) => u.text).filter((t) => t), `${label}: footnotes rejected`);
	return { insertions: read.insertions, deletions: read.deletions };
}

suite('export: Word with tracked changes', () => {
	test('a draft without a base: no tracked change, the text as it is, Times New Roman, real footnotes', async function () {
		requireShared(this, SAMPLE_FR);
		const fr = readFileSync(SAMPLE_FR, 'utf8');
		const read = readDocx(await exportDocx(fr));
		assert.equal(read.insertions + read.deletions, 0);
		const v = readVersion(fr);
		assert.deepEqual(tail(read.accept, v, undefined).texts, bodyOf(v));
		assert.deepEqual(read.footnotes.accept, v.footnotes.map((u) => u.text));
		assert.match(read.xml['word/styles.xml'], /Times New Roman/);
		assert.match(read.xml['word/document.xml'], /<w:footnoteReference w:id="1"\/>/);
		// Lead phrases in italics: `Rappelant` opens an italic run.
		assert.match(read.xml['word/document.xml'], /<w:i\/>(?:<w:iCs\/>)?[\s\S]{0,200}?<w:t xml:space="preserve">Rappelant/);
	});

	test('every version set: base → draft, and latest draft → adopted, round-trip', async function () {
		this.timeout(300_000);
		requireShared(this, VERSIONS);
		const sets = versionSets();
		assert.ok(sets.length >= 27);
		let pairs = 0;
		for (const set of sets) {
			const chain = ['base', 'draft', 'rev1', 'adopted'].filter((k) => set.files[k] !== undefined);
			for (let i = 0; i + 1 < chain.length; i++) {
				const r = await roundTrip(set.files[chain[i]], set.files[chain[i + 1]], `${set.name} ${chain[i]}→${chain[i + 1]}`);
				if (chain[i] === 'base') {
					assert.ok(r.insertions > 0 && r.deletions > 0, `${set.name}: a base and its draft differ`);
				}
				pairs++;
			}
		}
		assert.ok(pairs >= 50, `${pairs} pairs`);
	});

	test('the French reference with random paragraph and word mutations round-trips', async function () {
		this.timeout(120_000);
		requireShared(this, SAMPLE_FR);
		const fr = readFileSync(SAMPLE_FR, 'utf8');
		const blocks = fr.split(/\n\n/);
		const mutation = fc.array(fc.tuple(fc.constantFrom('delete', 'move', 'edit', 'insert'), fc.nat(500), fc.nat(500)), { minLength: 1, maxLength: 6 });
		await fc.assert(fc.asyncProperty(mutation, async (ops) => {
			const b = [...blocks];
			// Only blocks of the body move: the heading zone (up to the organ line) stays.
			const first = b.findIndex((x) => x.startsWith("L'Assemblée générale"));
			for (const [op, i, j] of ops) {
				const k = first + 1 + (i % (b.length - first - 1));
				if (op === 'delete' && b.length - first > 4) {
					b.splice(k, 1);
				} else if (op === 'move') {
					const [x] = b.splice(k, 1);
					b.splice(first + 1 + (j % (b.length - first)), 0, x);
				} else if (op === 'edit') {
					const words = b[k].split(' ');
					words[j % words.length] = `mot${j}`;
					b[k] = words.join(' ');
				} else {
					b.splice(k, 0, `Notant aussi nouveau${i} paragraphe${j} inséré,`);
				}
			}
			await roundTrip(fr, b.join('\n\n'), `mutations ${JSON.stringify(ops)}`);
		}), params(25));
	});
});
