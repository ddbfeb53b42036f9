import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { aknStructure, documentStructure, exportAkn, importAkn, readAkn } from '../../../server/src/akn';
import { plainText, type AknParagraph, type AknResolution } from '../../../server/src/akn/model';
import { parse } from '../../../server/src/parser/parse';
import { archiveOf } from '../../helpers/conformance';
import { CORPUS_EN, requireShared, SAMPLE_FR } from '../../helpers/paths';

/** Words as a reader compares them: one kind of apostrophe and space, `nᵒ` however it is written. */
export function words(s: string): string {
	return s.replace(/[’‘]/g, "'").replace(/\u2011/g, '-').replace(/[\s\u00a0\u202f]+/g, ' ').replace(/\^o\b|°/g, 'o').trim();
}

function paragraphTexts(res: AknResolution): string[] {
	const one = (p: AknParagraph) => words(`${p.num ? `${p.num}. ` : ''}${p.lead ? `${p.lead} ` : ''}${plainText(p.text)} ${p.subParagraphs.map((s) => `${s.label} ${plainText(s.text)}`).join(' ')}`);
	return [...res.preamble, ...res.parts.flatMap((p) => [...(p.preamble ?? []), ...p.paragraphs])].map(one);
}

const OFFICIAL = '75session/French/75_10_F.xml';

/** Where the reference Markdown (from the PDF) and the XML differ in a word: paragraph number → [XML, Markdown]. */
const SPELLING: Record<number, [string, string]> = {
	6: ['règlementation', 'réglementation'],
};

suite('AKN4UN: the French reference text A/RES/75/10 (../shared)', () => {
	let official: string | undefined;
	suiteSetup(function () {
		this.timeout(120000);
		const archive = archiveOf('ga-resolutions');
		if (!existsSync(archive)) {
			return;
		}
		const dir = mkdtempSync(path.join(tmpdir(), 'unres-akn-ref-'));
		try {
			execFileSync('tar', ['-xJf', archive, '-C', dir, OFFICIAL], { stdio: 'ignore' });
			official = readFileSync(path.join(dir, OFFICIAL), 'utf8');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
	const needOfficial = (ctx: Mocha.Context) => {
		requireShared(ctx, archiveOf('ga-resolutions'));
		assert.ok(official, `${OFFICIAL} is in the archive`);
	};

	test('the official XML reads as 21 preambular paragraphs, 16 operative ones, 5 sub-paragraphs and 7 notes', function () {
		needOfficial(this);
		const res = readAkn(official!).resolution!;
		assert.deepEqual(aknStructure(res), {
			preambular: 21, operative: 16, subParagraphs: 5, footnotes: 7, symbol: 'A/RES/75/10',
			title: "Coopération entre l'Organisation des Nations Unies et l'Organisation internationale de police criminelle (INTERPOL)", date: '2020-11-23',
		});
		assert.equal(res.lang, 'fr');
		assert.equal(res.organLine, 'L’Assemblée générale');
		assert.equal(res.meeting, '30e séance plénière');
	});

	test('imported, it is a draft unres reads with the same structure, French labels and Markdown notes', function () {
		needOfficial(this);
		const imported = importAkn(official!);
		const md = imported.markdown!;
		const doc = parse(md);
		assert.equal(doc.lang, 'fr');
		assert.deepEqual(documentStructure(doc), aknStructure(imported.resolution!));
		assert.match(md, /^L’Assemblée générale,$/m);
		assert.match(md, /^\*Rappelant également\* l’Accord de coopération signé en 1997 entre l’Organisation des Nations Unies et INTERPOL\[\^1\], ainsi/m);
		assert.match(md, /^a\) Le système mondial de communication policière sécurisée/m);
		assert.match(md, /^\[\^4\]: Résolution 70\/1\.$/m);
		assert.match(md, /^1\. \*Demande\* que/m);
		assert.equal(doc.footnoteStyle, 'markdown');
		assert.equal(doc.closing?.date?.value, '2020-11-23');
	});

	test('the export of the reference Markdown matches the official XML paragraph by paragraph', function () {
		needOfficial(this);
		requireShared(this, SAMPLE_FR);
		const exported = readAkn(exportAkn(readFileSync(SAMPLE_FR, 'utf8'))).resolution!;
		const reference = readAkn(official!).resolution!;
		assert.deepEqual(aknStructure(exported), aknStructure(reference));
		const ours = paragraphTexts(exported);
		const theirs = paragraphTexts(reference);
		assert.equal(ours.length, 37);
		for (let i = 0; i < theirs.length; i++) {
			assert.equal(ours[i], theirs[i].replace(...(SPELLING[i + 1] ?? ['', ''])), `paragraph ${i + 1}`);
		}
		assert.deepEqual(exported.notes.map((n) => words(plainText(n.text))), reference.notes.map((n) => words(plainText(n.text))));
		assert.deepEqual(exported.preamble.map((p) => p.lead), reference.preamble.map((p) => p.lead?.trim()));
	});

	test('export then import of the official XML keeps its structure and its words', function () {
		needOfficial(this);
		const reference = readAkn(official!).resolution!;
		const again = readAkn(exportAkn(importAkn(official!).markdown!)).resolution!;
		assert.deepEqual(aknStructure(again), aknStructure(reference));
		assert.deepEqual(paragraphTexts(again), paragraphTexts(reference));
	});
});

suite('AKN4UN: import(export(draft)) gives the draft back (../shared)', () => {
	const files = [SAMPLE_FR, ...(existsSync(CORPUS_EN) ? readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(CORPUS_EN, f)) : [])];
	for (const file of files) {
		test(path.basename(file), function () {
			requireShared(this, file);
			const text = readFileSync(file, 'utf8');
			const doc = parse(text);
			const back = parse(importAkn(exportAkn(text)).markdown!, { lang: doc.lang });
			assert.deepEqual(documentStructure(back), documentStructure(doc));
			const leads = (d: typeof doc) => [...d.preamble, ...d.operativeParts.flatMap((p) => p.paragraphs)].map((p) => p.lead?.value);
			assert.deepEqual(leads(back), leads(doc));
			// Every note called in a paragraph is still called in the same paragraph.
			const calls = (d: typeof doc) => [...d.preamble, ...d.operativeParts.flatMap((p) => p.paragraphs)].map((p) => d.footnoteMarkers.filter((m) => m.span.start >= p.span.start && m.span.start <= p.span.end + 8).length);
			assert.deepEqual(calls(back), calls(doc));
			// Note texts move next to the paragraph that calls them, so citations are compared as a set of occurrences.
			// The citations of the paragraphs (note texts move beside the paragraph that calls them).
			const body = (d: typeof doc) => {
				const segments = [...d.preamble, ...d.operativeParts.flatMap((p) => p.paragraphs)].flatMap((p) => p.segments);
				return d.citations.filter((c) => segments.some((s) => s.start <= c.span.start && c.span.end <= s.end)).map((c) => c.symbol).sort();
			};
			assert.deepEqual(body(back), body(doc));
		});
	}
});
