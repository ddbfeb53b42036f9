import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../../server/src/check/check';
import { splitCompilation } from '../../../server/src/parser/compilation';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { CORPUS_EN, requireShared, SAMPLE_FR, SHARED } from '../../helpers/paths';
import { describeDiagnostic, serviceWith, startLines } from './harness';

/**
 * Issue 19, acceptance 3: a compilation of the 34 corpus texts and the reference document gives, per resolution,
 * the diagnostics of the texts opened one by one; and no single text of ../shared is ever split.
 */
const SEPARATOR = '\n\n';

function corpus(): { name: string; text: string }[] {
	const names = readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort();
	return [...names.map((n) => ({ name: n, text: readFileSync(path.join(CORPUS_EN, n), 'utf8') })), { name: path.basename(SAMPLE_FR), text: readFileSync(SAMPLE_FR, 'utf8') }];
}

function textsUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const file = path.join(dir, n);
		return statSync(file).isDirectory() ? textsUnder(file) : /\.(?:txt|md)$/.test(n) ? [file] : [];
	});
}

suite('compilations: real texts (../shared)', () => {
	test('no single text of ../shared (corpus, samples, version sets) is split', function () {
		requireShared(this, CORPUS_EN);
		const files = [...textsUnder(CORPUS_EN), ...textsUnder(path.join(SHARED, 'samples'))];
		const split = files.filter((f) => splitCompilation(readFileSync(f, 'utf8')).length > 1).map((f) => path.relative(SHARED, f));
		console.log(`      ${files.length} texts read, ${split.length} wrongly split`);
		assert.ok(files.length >= 140, `${files.length} texts`);
		assert.deepEqual(split, []);
	});

	test('the 35 texts joined are read as 35 texts, each starting where it starts', function () {
		requireShared(this, CORPUS_EN);
		requireShared(this, SAMPLE_FR);
		const texts = corpus();
		const joined = texts.map((t) => t.text).join(SEPARATOR);
		const segments = splitCompilation(joined);
		const lines = startLines(texts.map((t) => t.text), SEPARATOR);
		// The reference document opens with blank lines: they stay with the text before it.
		const firstText = (t: string) => t.match(/^(?:[ \t]*(?:\r\n|\r|\n))*/)![0].split(/\r\n|\r|\n/).length - 1;
		assert.deepEqual(segments.map((s) => s.line), lines.map((l, i) => l + firstText(texts[i].text)));
	});

	test('the language service: the same diagnostics per resolution as the texts opened one by one', async function () {
		requireShared(this, CORPUS_EN);
		requireShared(this, SAMPLE_FR);
		this.timeout(120_000);
		const texts = corpus();
		const lines = startLines(texts.map((t) => t.text), SEPARATOR);
		const whole = serviceWith('compilation.unres', texts.map((t) => t.text).join(SEPARATOR));
		const got = (await whole.service.getDiagnostics(whole.uri))?.diagnostics ?? [];
		let count = 0;
		for (const [i, t] of texts.entries()) {
			const alone = serviceWith(t.name, t.text);
			const expected = ((await alone.service.getDiagnostics(alone.uri))?.diagnostics ?? []).map((d) => describeDiagnostic(d, lines[i]));
			const end = i + 1 < lines.length ? lines[i + 1] : Infinity;
			const mine = got.filter((d) => d.range.start.line >= lines[i] && d.range.start.line < end).map((d) => describeDiagnostic(d));
			assert.deepEqual(mine, expected, t.name);
			assert.deepEqual(alone.failures, []);
			count += expected.length;
		}
		assert.equal(got.length, count, 'no diagnostic outside the texts');
		assert.deepEqual(whole.failures, []);
		console.log(`      ${texts.length} texts, ${count} diagnostics, the same one by one and together`);
	});

	test('unres check: the same findings per resolution as the texts checked one by one', function () {
		requireShared(this, CORPUS_EN);
		requireShared(this, SAMPLE_FR);
		this.timeout(120_000);
		const texts = corpus();
		const catalog = loadBuiltinCatalog();
		const joined = texts.map((t) => t.text).join(SEPARATOR);
		let offset = 0;
		const expected: string[] = [];
		for (const t of texts) {
			expected.push(...checkText(t.text, { catalog }).results.map((r) => `${r.finding.span.start + offset} ${r.rule.id} ${r.finding.messageKey}`));
			offset += t.text.length + SEPARATOR.length;
		}
		const got = checkText(joined, { catalog }).results.map((r) => `${r.finding.span.start} ${r.rule.id} ${r.finding.messageKey}`);
		assert.deepEqual(got, expected);
	});
});
