import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as tm from 'vscode-textmate';

// Compiled to out/test/grammar/, so the repository root is three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'unres.tmLanguage.json');
const FIXTURES = path.join(ROOT, 'test', 'grammar', 'fixtures');
const TOOL = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

interface RawRule {
	[key: string]: unknown;
}

// loadWASM may run only once per process.
let onigLoaded: Promise<void> | undefined;
function loadOniguruma(): Promise<void> {
	if (!onigLoaded) {
		const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
		onigLoaded = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
	}
	return onigLoaded;
}

async function loadGrammar(): Promise<tm.IGrammar> {
	await loadOniguruma();
	const registry = new tm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s: string) => new oniguruma.OnigString(s),
		}),
		loadGrammar: async (scopeName: string) =>
			scopeName === 'text.unres' ? tm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
	});
	const grammar = await registry.loadGrammar('text.unres');
	assert.ok(grammar, 'grammar text.unres did not load');
	return grammar;
}

function collectRegexes(node: unknown, where: string, out: Array<[string, string]>): void {
	if (Array.isArray(node)) {
		node.forEach((child, i) => collectRegexes(child, `${where}[${i}]`, out));
	} else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node as RawRule)) {
			if ((key === 'match' || key === 'begin' || key === 'end' || key === 'while') && typeof value === 'string') {
				out.push([`${where}.${key}`, value]);
			} else {
				collectRegexes(value, `${where}.${key}`, out);
			}
		}
	}
}

function collectIncludes(node: unknown, out: string[]): void {
	if (Array.isArray(node)) {
		node.forEach((child) => collectIncludes(child, out));
	} else if (node && typeof node === 'object') {
		for (const [key, value] of Object.entries(node as RawRule)) {
			if (key === 'include' && typeof value === 'string') {
				out.push(value);
			} else {
				collectIncludes(value, out);
			}
		}
	}
}

// The tool also reads package.json's grammars, which would shadow -g; an empty config makes -g the only source.
function runTool(fixtureGlob: string): { status: number | null; output: string } {
	const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'unres-grammar-')), 'config.json');
	fs.writeFileSync(config, '{}');
	const result = spawnSync(process.execPath, [TOOL, '--compact', '--config', config, '-g', GRAMMAR, fixtureGlob], {
		cwd: ROOT,
		encoding: 'utf8',
		// The tool's own assertion parser can backtrack for minutes on a malformed assertion line.
		timeout: 120_000,
	});
	fs.rmSync(path.dirname(config), { recursive: true, force: true });
	return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

suite('TextMate grammar', () => {
	test('parses as JSON, is text.unres, and every #include resolves', () => {
		const raw = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8')) as { scopeName?: string; repository?: Record<string, unknown> };
		assert.strictEqual(raw.scopeName, 'text.unres');
		const repository = raw.repository ?? {};
		const includes: string[] = [];
		collectIncludes(raw, includes);
		assert.ok(includes.length > 0);
		for (const include of includes) {
			assert.ok(include.startsWith('#'), `unexpected external include ${include}`);
			assert.ok(include.slice(1) in repository, `#include ${include} has no repository entry`);
		}
	});

	test('every regex compiles with vscode-oniguruma', async () => {
		await loadOniguruma();
		const raw: unknown = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));
		const regexes: Array<[string, string]> = [];
		collectRegexes(raw, '', regexes);
		assert.ok(regexes.length > 20, `only ${regexes.length} regexes found`);
		const failures: string[] = [];
		for (const [where, source] of regexes) {
			try {
				new oniguruma.OnigScanner([source]).dispose();
			} catch (e) {
				failures.push(`${where}: ${(e as Error).message}\n  ${source}`);
			}
		}
		assert.deepStrictEqual(failures, []);
	});

	test('fixtures pass vscode-tmgrammar-test', function () {
		this.timeout(180_000);
		const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.unres'));
		assert.ok(fixtures.length >= 5, 'fixtures are missing');
		const { status, output } = runTool('test/grammar/fixtures/*.unres');
		assert.strictEqual(status, 0, `vscode-tmgrammar-test failed:\n${output}`);
		// A glob that matched nothing, or a fixture the tool skipped, must not pass silently.
		for (const fixture of fixtures) {
			assert.ok(output.includes(`${fixture} run successfuly`), `${fixture} was not reported as passing:\n${output}`);
		}
	});

	test('the harness fails on a wrong assertion', function () {
		this.timeout(180_000);
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-wrong-'));
		const fixture = path.join(dir, 'wrong.unres');
		fs.writeFileSync(
			fixture,
			[
				'// SYNTAX TEST "text.unres" "deliberately wrong"',
				'The General Assembly,',
				'// <-------------------- constant.numeric.paragraph-number.unres',
				'',
			].join('\n'),
		);
		try {
			const { status, output } = runTool(fixture);
			assert.notStrictEqual(status, 0, `the tool accepted a wrong assertion:\n${output}`);
			assert.match(output, /constant\.numeric\.paragraph-number\.unres/);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	test('tokenizes a 200 KB draft and pathological lines quickly', async function () {
		this.timeout(30_000);
		const grammar = await loadGrammar();
		const paragraphs = [
			'L\'Assemblée générale,',
			'*Rappelant* sa résolution [71/19](#) du 21 novembre 2016 et la résolution 2178 (2014)¹ ;',
			'Recalling also its resolutions 73/11 and 217 A (III), and document A/C.3/78/L.60/Rev.1,[^2]',
			'1. *Demande* aux États : a) de coopérer ; b) de rendre compte ; (ii) de suivre S/RES/2396 (2017) ;',
			'**2.** Solicita también al Secretario General que presente un informe (E/2013/99);',
			'¹ Nations Unies, *Recueil des Traités*, vol. 1996, n° 1200.',
			'__________________',
			'1 Resolution ES-11/1, annex; see also A/60/88/Corr.1.',
		];
		const lines: string[] = [];
		let size = 0;
		while (size < 200_000) {
			for (const p of paragraphs) {
				lines.push(p, '');
				size += p.length + 2;
			}
		}
		// Lines built to provoke backtracking if a regex nests quantifiers over overlapping classes.
		lines.push(
			'*'.repeat(20_000),
			'('.repeat(20_000),
			'A/'.repeat(10_000) + '1',
			'1/'.repeat(10_000),
			'x¹'.repeat(10_000),
			'Recalling also further '.repeat(1_000),
			': a) ; (b) '.repeat(2_000),
			'[' + 'x'.repeat(20_000),
			'[51/1](#)'.repeat(3_000),
			'1'.repeat(20_000) + ' (2014)',
			' '.repeat(20_000) + 'x',
		);
		let stack = tm.INITIAL;
		let citations = 0;
		const started = Date.now();
		for (const line of lines) {
			const result = grammar.tokenizeLine(line, stack);
			stack = result.ruleStack;
			citations += result.tokens.filter((t) => t.scopes.includes('markup.underline.link.citation.unres')).length;
		}
		const elapsed = Date.now() - started;
		assert.ok(citations > 1_000, `only ${citations} citation tokens`);
		// About 0.2 s on a laptop; the bound leaves room for slow CI machines.
		assert.ok(elapsed < 5_000, `tokenizing took ${elapsed} ms`);
	});

	test('citations and document symbols take no scope the default themes colour like a string or an error (red)', async () => {
		const grammar = await loadGrammar();
		// Dark+ colours `string` #CE9178, Light+ #A31515; `invalid`, `markup.deleted`, attribute names and tags are red in one of them.
		const RED = /^(?:string|invalid|markup\.deleted|entity\.other\.attribute-name|entity\.name\.tag|markup\.heading|markup\.inline\.raw|support\.type\.property-name)(?:\.|$)/;
		const text = [
			'Recalling [resolution 51/1](https://undocs.org/A/RES/51/1) and [A/75/L.20](https://undocs.org/A/75/L.20),',
			'Recalling its resolutions 71/19 of 21 November 2016 and S/RES/2396 (2017), and document A/75/100,',
		];
		let stack = tm.INITIAL;
		let checked = 0;
		for (const line of text) {
			const r = grammar.tokenizeLine(line, stack);
			stack = r.ruleStack;
			for (const t of r.tokens) {
				if (t.scopes.some((sc) => sc.startsWith('markup.underline.link.citation') || sc.startsWith('constant.other.document-symbol'))) {
					checked++;
					assert.deepEqual(t.scopes.filter((sc) => RED.test(sc)), [], `${line.slice(t.startIndex, t.endIndex)}: ${t.scopes.join(' ')}`);
				}
			}
		}
		assert.ok(checked >= 5, `${checked} citation tokens`);
	});
});

