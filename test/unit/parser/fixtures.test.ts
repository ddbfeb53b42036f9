import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { operativeParagraphs, type ResolutionDocument, type SubParagraph } from '../../../server/src/model/document';
import { parse } from '../../../server/src/parser/parse';
import { FIXTURES } from '../../helpers/paths';

/** What a fixture's `<name>.expected.json` may say; only the fields present are checked. */
interface Expected {
	lang?: string;
	body?: string;
	ownSymbol?: string;
	footnoteStyle?: string;
	title?: string;
	adoptionDate?: string;
	masthead?: Record<string, string>;
	preambleLeads?: string[];
	preambleSegments?: number[];
	parts?: (string | null)[];
	operative?: { number: number | null; lead?: string; subs?: string[]; inline?: boolean; segments?: number }[];
	footnotes?: { label: string; markers: number }[];
	closing?: { meeting: number; date: string };
	annexes?: { heading: string; parts: string[]; numbers: number[] }[];
	citations?: string[];
}

const DIR = path.join(FIXTURES, 'parser');

const labels = (subs: readonly SubParagraph[]): string[] =>
	subs.map((s) => (s.children.length > 0 ? `${s.label.value}[${labels(s.children).join(' ')}]` : s.label.value));

function check(doc: ResolutionDocument, e: Expected): void {
	if (e.lang) assert.equal(doc.lang, e.lang, 'lang');
	if (e.body) assert.equal(doc.body, e.body, 'body');
	if (e.ownSymbol) assert.equal(doc.ownSymbol?.value, e.ownSymbol, 'own symbol');
	if (e.footnoteStyle) assert.equal(doc.footnoteStyle, e.footnoteStyle, 'footnote style');
	if (e.title) assert.equal(doc.title?.text, e.title, 'title');
	if (e.adoptionDate) assert.equal(doc.adoption?.date?.value, e.adoptionDate, 'adoption date');
	for (const [key, value] of Object.entries(e.masthead ?? {})) {
		assert.equal((doc.masthead as unknown as Record<string, { value: string } | undefined>)[key]?.value, value, `masthead ${key}`);
	}
	if (e.preambleLeads) assert.deepEqual(doc.preamble.map((p) => p.lead?.value), e.preambleLeads, 'preamble leads');
	if (e.preambleSegments) assert.deepEqual(doc.preamble.map((p) => p.segments.length), e.preambleSegments, 'paragraph segments');
	if (e.parts) assert.deepEqual(doc.operativeParts.map((p) => p.heading?.text ?? null), e.parts, 'operative parts');
	if (e.operative) {
		const ops = operativeParagraphs(doc);
		assert.deepEqual(ops.map((p) => p.number?.value ?? null), e.operative.map((o) => o.number), 'operative numbers');
		e.operative.forEach((o, i) => {
			if (o.lead) assert.equal(ops[i].lead?.value, o.lead, `lead of operative ${o.number}`);
			assert.deepEqual(labels(ops[i].subParagraphs), o.subs ?? [], `sub-paragraphs of operative ${o.number}`);
			if (o.inline !== undefined) assert.ok(ops[i].subParagraphs.every((s) => s.inline === o.inline), 'inline labels');
			// A paragraph a page break cuts has two segments; page furniture joined to it would add one.
			if (o.segments !== undefined) assert.equal(ops[i].segments.length, o.segments, `segments of operative ${o.number}`);
		});
	}
	if (e.footnotes) {
		assert.deepEqual(doc.footnotes.map((f) => ({ label: f.label, markers: f.markers.length })), e.footnotes, 'footnotes');
		assert.ok(doc.footnoteMarkers.every((m) => m.footnote !== undefined), 'every marker paired');
	}
	if (e.closing) assert.deepEqual({ meeting: doc.closing?.meetingNumber, date: doc.closing?.date?.value }, e.closing, 'closing');
	if (e.annexes) {
		assert.deepEqual(
			doc.annexes.map((a) => ({ heading: a.heading.value, parts: a.parts.map((p) => p.heading?.text ?? ''), numbers: a.parts.flatMap((p) => p.paragraphs.map((x) => x.number?.value)) })),
			e.annexes,
			'annexes',
		);
	}
	if (e.citations) assert.deepEqual(doc.citations.map((c) => (c.date ? `${c.symbol} ${c.date.value}` : c.symbol)), e.citations, 'citations');
	assert.deepEqual(doc.problems, [], 'no parse problems');
}

suite('parser fixtures (test/fixtures/parser: EN/FR/ES/AR/ZH × three input styles)', () => {
	const files = readdirSync(DIR).filter((f) => /\.unres(\.md|\.txt)?$/.test(f)).sort();

	test('there are fixtures in every input style and language', () => {
		assert.ok(files.length >= 9);
		const docs = files.map((f) => parse(readFileSync(path.join(DIR, f), 'utf8')));
		for (const style of ['superscript', 'markdown', 'plain']) {
			assert.ok(docs.some((d) => d.footnoteStyle === style), style);
		}
		for (const lang of ['en', 'fr', 'es', 'ar', 'zh']) {
			assert.ok(docs.some((d) => d.lang === lang), lang);
		}
	});

	for (const file of files) {
		test(file, () => {
			const text = readFileSync(path.join(DIR, file), 'utf8');
			const expected = JSON.parse(readFileSync(path.join(DIR, file.replace(/\.unres(\.md|\.txt)?$/, '.expected.json')), 'utf8')) as Expected;
			const doc = parse(text);
			check(doc, expected);
			for (const c of doc.citations) {
				assert.equal(text.slice(c.span.start, c.span.end), c.text, 'citation span is the token as written');
			}
		});
	}
});
