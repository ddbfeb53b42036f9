import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogLike } from '../../../server/src/catalog/catalog';
import type { TextChange } from '../../../server/src/model/analysis';
import { loadBuiltinCatalog } from '../../../server/src/node/builtinCatalog';
import { splitCompilation } from '../../../server/src/parser/compilation';
import { LineMap } from '../../../server/src/parser/lines';
import { resplitCompilation } from '../../../server/src/parser/resplit';
import { spliceStats } from '../../../server/src/parser/splice';
import { reuseStats } from '../../../server/src/service/ruleReuse';
import { createLanguageService, InMemoryWorkspace, QUIET_HOST, type TextDocumentLike } from '../../../server/src/service/index';
import { CORPUS_EN, FIXTURES, requireShared, SAMPLE_FR } from '../../helpers/paths';
import { Rng } from '../../helpers/rng';
import { applyChange, randomEdit } from './edits';

/**
 * The language service, edit after edit, answers as a fresh one does on the same text (decisions 17, 20): a
 * compilation's split moved with an edit, its texts kept or reparsed from their last version, their findings,
 * outline, status bar and workspace summary put together again. Random edits (mostly typing inside a line, now
 * and then blocks, blank lines, markup); fixed seeds here, more under `npm run fuzz`.
 */
const LONG = process.env.UNRES_FUZZ === 'long';
const URI = 'file:///ws/c.unres.md';

let catalog: CatalogLike;
suiteSetup(() => {
	catalog = loadBuiltinCatalog();
});

/** One open document and the edit that made its current version, as the server's document store gives it. */
function serviceOver(text: string) {
	let doc: TextDocumentLike = { uri: URI, version: 1, getText: () => text };
	let last: { from: number; change: TextChange } | undefined;
	const service = createLanguageService({
		workspace: new InMemoryWorkspace({}),
		documents: {
			get: (u) => (u === URI ? doc : undefined),
			all: () => [doc],
			changeSince: (_u, from) => (last && last.from === from ? last.change : undefined),
		},
		builtinCatalog: () => catalog,
		settings: () => Promise.resolve({}),
		host: QUIET_HOST,
		now: () => new Date('2026-12-07T12:00:00Z'),
	});
	const edit = (change: TextChange) => {
		const next = applyChange(doc.getText(), change);
		last = { from: doc.version, change };
		doc = { uri: URI, version: doc.version + 1, getText: () => next };
	};
	return { service, edit };
}

async function answers(service: ReturnType<typeof serviceOver>['service']): Promise<string> {
	const diagnostics = (await service.getDiagnostics(URI))?.diagnostics;
	const info = (await service.getDocumentInfo(URI))?.info;
	const symbols = await service.getDocumentSymbols(URI);
	const folding = await service.getFoldingRanges(URI);
	const summary = service.index.get(URI);
	return JSON.stringify({ diagnostics, info, symbols, folding, summary });
}

/** `count` random edits through one service; every `every`-th version compared with a fresh service's answers. */
async function run(text: string, seed: number, count: number, every: number): Promise<{ kept: number }> {
	const rng = new Rng(seed);
	const { service, edit } = serviceOver(text);
	await answers(service);
	let current = text;
	let segments = splitCompilation(current);
	let kept = 0;
	for (let n = 1; n <= count; n++) {
		const change: TextChange = rng.chance(0.6) ? typing(current, rng) : randomEdit(current, rng);
		const next = applyChange(current, change);
		const resplit = resplitCompilation(segments, current, change, next);
		const full = splitCompilation(next);
		assert.deepEqual(resplit.segments, full, `seed ${seed}, edit ${n} ${JSON.stringify(change)}: the split`);
		kept += resplit.kept ? 1 : 0;
		segments = full;
		edit(change);
		current = next;
		const mine = await answers(service);
		if (n % every === 0 || n === count) {
			const fresh = await answers(serviceOver(current).service);
			assert.ok(mine === fresh, `seed ${seed}, edit ${n} ${JSON.stringify(change)}: the answers differ from a fresh service's: ${firstDifference(mine, fresh)}`);
		}
	}
	return { kept };
}

/** The first answer (diagnostic, symbol …) that differs, to read in a failure. */
function firstDifference(a: string, b: string): string {
	const x = JSON.parse(a) as Record<string, unknown[]>;
	const y = JSON.parse(b) as Record<string, unknown[]>;
	for (const k of Object.keys(y)) {
		const xs = Array.isArray(x[k]) ? x[k] : [x[k]];
		const ys = Array.isArray(y[k]) ? y[k] : [y[k]];
		for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
			if (JSON.stringify(xs[i]) !== JSON.stringify(ys[i])) {
				return `${k}[${i}]: ${JSON.stringify(xs[i])?.slice(0, 600)} instead of ${JSON.stringify(ys[i])?.slice(0, 600)}`;
			}
		}
	}
	return '';
}

/** A character typed or deleted inside a line that has text (the common keystroke). */
function typing(text: string, rng: Rng): TextChange {
	const at = rng.int(text.length);
	return rng.chance(0.6) ? { start: at, end: at, text: rng.pick(['a', 'e', ' ', ',', '.', '1', 's']) } : { start: at, end: Math.min(text.length, at + 1), text: '' };
}

suite('incremental service', () => {
	test('a line map moved by an edit equals one read from the new text (LF, CRLF, lone CR)', () => {
		const rng = new Rng(7);
		let text = 'The General Assembly,\r\n\r\nRecalling its resolution 71/19,\r\n\r\n1. Decides;\n2. Requests.\rEnd';
		let map = new LineMap(text);
		for (let n = 0; n < 2000; n++) {
			const change = rng.chance(0.5) ? typing(text, rng) : randomEdit(text, rng);
			const next = applyChange(text, change);
			map = LineMap.edited(map, change, next);
			const fresh = new LineMap(next);
			assert.equal(map.lineCount, fresh.lineCount, `edit ${n} ${JSON.stringify(change)}`);
			for (let at = 0; at <= next.length; at += 1 + rng.int(7)) {
				assert.deepEqual(map.position(at), fresh.position(at), `edit ${n} ${JSON.stringify(change)} at ${at}`);
			}
			text = next.length > 4000 ? next.slice(0, 2000) : next;
			if (text !== next) {
				map = new LineMap(text);
			}
		}
	});

	test('compilation fixtures: answers after each edit equal a fresh service', async function () {
		this.timeout(LONG ? 3_600_000 : 120_000);
		let kept = 0;
		const files = readdirSync(path.join(FIXTURES, 'compilation')).filter((f) => /\.unres\.(txt|md)$/.test(f)).sort();
		for (const [k, f] of files.entries()) {
			kept += (await run(readFileSync(path.join(FIXTURES, 'compilation', f), 'utf8'), 300 + k, LONG ? 600 : 40, LONG ? 1 : 4)).kept;
		}
		assert.ok(kept > 0, 'no edit kept the split');
	});

	test('real texts joined (the benchmark document): the same', async function () {
		requireShared(this, SAMPLE_FR);
		this.timeout(LONG ? 3_600_000 : 120_000);
		const corpus = readdirSync(CORPUS_EN).filter((f) => f.endsWith('.txt')).sort().slice(0, LONG ? 12 : 3);
		const text = [readFileSync(SAMPLE_FR, 'utf8'), ...corpus.map((f) => readFileSync(path.join(CORPUS_EN, f), 'utf8'))].join('\n\n');
		assert.ok(splitCompilation(text).length > 1, 'a compilation');
		const { kept } = await run(text, 400, LONG ? 1000 : 40, LONG ? 5 : 10);
		assert.ok(kept > 0, 'no edit kept the split');
	});

	test('a long single text (A/RES/79/1, 190 KB, one resolution): answers after each edit equal a fresh service, units spliced and findings reused', async function () {
		const file = path.join(CORPUS_EN, 'A-RES-79-1.txt');
		requireShared(this, file);
		this.timeout(LONG ? 3_600_000 : 180_000);
		const text = readFileSync(file, 'utf8');
		assert.equal(splitCompilation(text).length, 1, 'one text');
		const before = { spliced: spliceStats.spliced, reused: reuseStats.reused };
		for (const seed of LONG ? [500, 501, 502, 503] : [500]) {
			await run(text, seed, LONG ? 1500 : 60, LONG ? 1 : 2);
		}
		assert.ok(spliceStats.spliced > before.spliced, 'no edit spliced the units');
		assert.ok(reuseStats.reused > before.reused, 'no rule reused its findings');
	});

	test('found by a long run (A/RES/78/220, seed 710, edit 132): a bare-digit call deleted with the number expected after its line unchanged makes the footnote rules run', async function () {
		const file = path.join(CORPUS_EN, 'A-RES-78-220.txt');
		requireShared(this, file);
		this.timeout(120_000);
		let text = readFileSync(file, 'utf8');
		const rng = new Rng(710);
		const { service, edit } = serviceOver(text);
		await answers(service);
		for (let n = 1; n <= 132; n++) {
			const at = rng.int(text.length);
			const change: TextChange = rng.chance(0.6)
				? (rng.chance(0.6) ? { start: at, end: at, text: rng.pick(['a', 'e', ' ', ',', '.', '1', 's']) } : { start: at, end: Math.min(text.length, at + 1), text: '' })
				: randomEdit(text, rng);
			text = applyChange(text, change);
			edit(change);
			await answers(service);
		}
		assert.equal(await answers(service), await answers(serviceOver(text).service));
	});

	test('the fixes of findings a keystroke kept are those of a fresh check (made from the new version)', async function () {
		const file = path.join(CORPUS_EN, 'A-RES-79-1.txt');
		requireShared(this, file);
		this.timeout(120_000);
		const text = readFileSync(file, 'utf8');
		const { service, edit } = serviceOver(text);
		await answers(service);
		// Typed in the middle of a long paragraph, far from digits: most rules keep their findings.
		const line = text.split('\n').findIndex((l, i) => i > 200 && l.length > 400 && !/\d/.test(l));
		const at = text.split('\n').slice(0, line).join('\n').length + 1 + 200;
		// (The first check after opening adds the text's own symbol to the workspace catalogue: a new catalogue, all rules run.)
		edit({ start: at, end: at, text: 'y' });
		await answers(service);
		const reused = reuseStats.reused;
		edit({ start: at, end: at, text: 'x' });
		const current = text.slice(0, at) + 'xy' + text.slice(at);
		const support = { documentChanges: false, snippets: false };
		const all = async (s: typeof service) => {
			const diagnostics = (await s.getDiagnostics(URI))?.diagnostics ?? [];
			const range = { start: { line: 0, character: 0 }, end: { line: current.split('\n').length, character: 0 } };
			return JSON.stringify(await s.getCodeActions(URI, range, { diagnostics }, support));
		};
		const mine = await all(service);
		assert.ok(reuseStats.reused > reused, 'findings kept');
		assert.equal(mine, await all(serviceOver(current).service));
	});

	test('a long single text made of the French reference grown to 300 KB (one organ line): the same', async function () {
		requireShared(this, SAMPLE_FR);
		this.timeout(LONG ? 3_600_000 : 180_000);
		const sample = readFileSync(SAMPLE_FR, 'utf8');
		const body = sample.slice(sample.search(/^Rappelant/m));
		let text = sample;
		while (text.length < (LONG ? 300_000 : 120_000)) {
			text += `\n\n${body.replace(/^L['’]Assemblée générale,$/gm, 'Rappelant,')}`;
		}
		assert.equal(splitCompilation(text).length, 1, 'one text');
		await run(text, 600, LONG ? 800 : 30, LONG ? 2 : 5);
	});

	test('a text without an organ line: a council named in an annex changes the organ the rule proposes, reused findings or not', async () => {
		const text = [
			'Recalling its resolution 71/19 of 21 November 2016,', '', 'Noting with appreciation the work done so far,', '',
			'1. Decides to remain seized of the matter;', '', '2. Requests the Secretary-General to report on this question.', '', 'Annex', '',
			'The parties agree on the following points and on the way forward, as set out below in this annex.', '',
			'They will meet again and review the arrangements made under these points in due course.', '',
			'They will report on the outcome of these meetings to the members in due course.', '',
			'They will keep these arrangements under review as circumstances change over time.', '',
		].join('\n');
		const { service, edit } = serviceOver(text);
		await answers(service);
		const at = text.indexOf('review the arrangements') + 'review '.length;
		edit({ start: at, end: at, text: 'the Security Council and ' });
		const mine = await answers(service);
		const current = text.slice(0, at) + 'the Security Council and ' + text.slice(at);
		assert.equal(mine, await answers(serviceOver(current).service));
		assert.match(mine, /Security Council/, 'the organ the text names is proposed');
	});

	test('negotiation actions in a compilation come from the text that holds the range, at its lines', async () => {
		const volume = readFileSync(path.join(FIXTURES, 'compilation', 'en-volume.unres.txt'), 'utf8');
		const draft = readFileSync(path.join(FIXTURES, 'negotiation', 'en-all-patterns.unres.txt'), 'utf8');
		const own = draft.slice(draft.indexOf('The General Assembly,'));
		const text = `${volume}\n80/9. Safety of journalists\n\n${own}`;
		assert.equal(splitCompilation(text).length, 3);
		const lines = text.split('\n');
		const line = lines.findIndex((l) => l.startsWith('OP1bis'));
		const character = lines[line].indexOf('[release]') + 2;
		const { service } = serviceOver(text);
		const range = { start: { line, character }, end: { line, character } };
		const actions = await service.getNegotiationActions(URI, range, { diagnostics: [] });
		const alone = serviceOver(own).service;
		const ownLine = own.split('\n').findIndex((l) => l.startsWith('OP1bis'));
		const expected = await alone.getNegotiationActions(URI, { start: { line: ownLine, character }, end: { line: ownLine, character } }, { diagnostics: [] });
		assert.ok(expected.length > 1, 'actions on the text alone');
		assert.deepEqual(actions.map((a) => a.title), expected.map((a) => a.title));
		const editLines = (a: typeof actions) => a.flatMap((x) => (x.edit?.documentChanges ?? []).flatMap((d) => ('edits' in d ? d.edits.map((e) => e.range.start.line) : [])));
		assert.deepEqual(editLines(actions), editLines(expected).map((l) => l - ownLine + line));
	});
});
