import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { snippetFile, snippetToText } from '../../../server/src/features/templates';
import { ROOT } from '../../helpers/paths';
import { validate, type Schema } from './jsonSchema';

/** Acceptance 4: the grammar and the snippet file validate against their schemas (schemas/*.schema.json). */

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const GRAMMAR_SCHEMA = readJson('schemas/tmLanguage.schema.json') as Schema;
const SNIPPET_SCHEMA = readJson('schemas/snippets.schema.json') as Schema;
const SNIPPETS = 'snippets/unres.json';

interface Manifest {
	contributes: {
		grammars: { language: string; path: string }[];
		snippets: { language: string; path: string }[];
		commands: { command: string; title: string; category: string }[];
	};
}

/** Checks the `${…}` structure of a snippet body: fields closed, choices well formed, `$0` at most once. */
function snippetSyntax(body: string): string[] {
	const errors: string[] = [];
	let depth = 0;
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (c === '\\') {
			i++;
		} else if (c === '$' && body[i + 1] === '{') {
			if (!/^\$\{\d+(?::|\||\})/.test(body.slice(i, i + 6))) {
				errors.push(`field without a number at ${i}`);
			}
			if (/^\$\{\d+\|/.test(body.slice(i, i + 6)) && !/^\$\{\d+\|(?:[^|\\]|\\.)+\|\}/.test(body.slice(i))) {
				errors.push(`choice not closed by |} at ${i}`);
			}
			depth++;
			i++;
		} else if (c === '}' && depth > 0) {
			depth--;
		}
	}
	if (depth !== 0) {
		errors.push('a field is not closed');
	}
	if ((body.match(/\$0|\$\{0[:}]/g) ?? []).length > 1) {
		errors.push('$0 more than once');
	}
	return errors;
}

suite('grammar and snippets validate against their schemas', () => {
	const manifest = readJson('package.json') as Manifest;

	test('the TextMate grammar validates against schemas/tmLanguage.schema.json', () => {
		for (const g of manifest.contributes.grammars) {
			assert.deepEqual(validate(readJson(g.path), GRAMMAR_SCHEMA), [], g.path);
		}
	});

	test('the snippet file validates against schemas/snippets.schema.json, and every body is well formed', () => {
		assert.deepEqual(manifest.contributes.snippets, [{ language: 'unres', path: `./${SNIPPETS}` }]);
		const file = readJson(SNIPPETS) as Record<string, { body: string | string[] }>;
		assert.deepEqual(validate(file, SNIPPET_SCHEMA), []);
		for (const [name, s] of Object.entries(file)) {
			const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
			assert.deepEqual(snippetSyntax(body), [], name);
			assert.doesNotMatch(snippetToText(body), /\$\{|\$\d/, `${name}: every field has a default`);
		}
	});

	test('the schemas reject what VS Code would not read (the validator can fail)', () => {
		const rule = (r: Record<string, unknown>) => validate({ scopeName: 'text.x', patterns: [r] }, GRAMMAR_SCHEMA);
		assert.ok(rule({ matches: 'a', name: 'x' }).some((e) => e.includes('not allowed')), 'a misspelt key');
		assert.ok(rule({ begin: 'a', name: 'x' }).length > 0, 'begin without end');
		assert.ok(rule({ match: 'a', begin: 'b', end: 'c' }).length > 0, 'match with begin');
		assert.ok(rule({ match: 'a', name: 'bad scope!' }).length > 0, 'a scope name with punctuation');
		assert.ok(validate({ patterns: [] }, GRAMMAR_SCHEMA).some((e) => e.includes('missing scopeName')));
		assert.ok(validate({ x: { prefix: 'p', description: 'd' } }, SNIPPET_SCHEMA).some((e) => e.includes('missing body')));
		assert.ok(validate({ x: { prefix: [], body: 'b', description: 'd' } }, SNIPPET_SCHEMA).length > 0, 'an empty prefix list');
		assert.deepEqual(snippetSyntax('${1:open'), ['a field is not closed']);
		assert.deepEqual(snippetSyntax('${1|a,b}'), ['choice not closed by |} at 0']);
	});

	test('snippets/unres.json is generated from the templates and the lead-phrase table (UPDATE_SNIPPETS=1 rewrites it)', () => {
		const want = `${JSON.stringify(snippetFile(), null, '\t')}\n`;
		const file = path.join(ROOT, SNIPPETS);
		if (process.env.UPDATE_SNIPPETS === '1') {
			writeFileSync(file, want);
		}
		assert.ok(existsSync(file));
		assert.equal(readFileSync(file, 'utf8'), want, 'run the tests with UPDATE_SNIPPETS=1 to regenerate the snippet file');
	});

	test('package.json contributes the new-draft command', () => {
		const command = manifest.contributes.commands.find((c) => c.command === 'unres.newDraft');
		assert.deepEqual(command, { command: 'unres.newDraft', title: '%command.newDraft%', category: 'unres' });
	});
});
