import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isIgnored, loadConfigFor, parseConfig, type ConfigFileSystem } from '../../../server/src/config';
import { FIXTURES } from '../../helpers/paths';

const RULES = ['operative-numbering', 'subparagraph-labels', 'footnote-placement', 'footnote-unused'];
const DIR = path.join(FIXTURES, 'config');
const diskFs: ConfigFileSystem = {
	isFile: (f) => existsSync(f) && statSync(f).isFile(),
	read: (f) => readFileSync(f, 'utf8'),
};

suite('.unresrc.json configuration', () => {
	test('nearest config wins key by key; rules merge; paths resolve against their own file; root stops the search', () => {
		const file = path.join(DIR, 'team', 'drafts', 'sub', 'draft.unres');
		const { config, files, problems } = loadConfigFor(file, diskFs, RULES);
		assert.deepEqual(problems, []);
		assert.deepEqual(files.map((f) => path.relative(DIR, f)), [path.join('team', 'drafts', '.unresrc.json'), path.join('team', '.unresrc.jsonc')]);
		assert.equal(config.language, 'es');
		assert.deepEqual(config.rules, { 'footnote-placement': 'off', 'operative-numbering': 'warning', 'subparagraph-labels': 'hint' });
		assert.deepEqual(config.catalogFiles, [path.join(DIR, 'team', 'catalogue', 'team.json')]);
		assert.equal(isIgnored(path.join(DIR, 'team', 'archive', 'old.unres'), config), true);
		assert.equal(isIgnored(file, config), false);
	});

	test('a broken config: every fault named with file, line and key; the valid keys still apply', () => {
		const file = path.join(DIR, 'broken', '.unresrc.json');
		const { config, problems } = parseConfig(file, readFileSync(file, 'utf8'), RULES);
		const seen = problems.map((p) => `${p.line}:${p.key ?? ''}:${p.message}`);
		assert.deepEqual(seen, [
			'7::JSON syntax: CommaExpected',
			'2:language:"language" must be one of auto, en, fr, es, ar, ru, zh',
			'3:rules.no-such-rule:unknown rule "no-such-rule"',
			'3:rules.footnote-unused:"rules.footnote-unused" must be one of off, error, warning, information, hint',
			'4:catalog.files:each catalogue file must be a path',
			'5:colour:unknown key "colour"',
		]);
		assert.ok(problems.every((p) => p.file === file));
		assert.equal(config.language, undefined);
		assert.deepEqual(config.rules, {});
		assert.deepEqual(config.ignore?.map((i) => i.glob), ['old/**']);
		assert.equal(config.root, true, 'the parser recovers after the missing comma');
	});

	test('not an object, empty, or unreadable: one clear problem, defaults for the rest', () => {
		assert.match(parseConfig('x.json', '[1, 2]', RULES).problems[0].message, /must be a JSON object/);
		assert.deepEqual(parseConfig('x.json', '', RULES).config, {});
		const unreadable: ConfigFileSystem = { isFile: (f) => f.endsWith('.unresrc.json'), read: () => { throw new Error('EACCES: permission denied'); } };
		const r = loadConfigFor('/tmp/a/b/draft.unres', unreadable, RULES);
		assert.ok(r.problems.length > 0 && r.problems.every((p) => /cannot read: EACCES/.test(p.message)));
		assert.deepEqual(r.config.rules, {});
	});
});

suite('.unresrc.json schema (completion and validation in VS Code)', () => {
	const schema = JSON.parse(readFileSync(path.join(FIXTURES, '..', '..', 'schemas', 'unresrc.schema.json'), 'utf8')) as { properties: { rules: { propertyNames: { enum: string[] } } } };
	const manifest = JSON.parse(readFileSync(path.join(FIXTURES, '..', '..', 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string | string[]; url: string }[] } };

	test('lists every rule of the registry and is contributed for .unresrc.json(c)', () => {
		const { RULES } = require('../../../server/src/rules/index') as typeof import('../../../server/src/rules/index');
		assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), RULES.map((r) => r.id).sort());
		assert.ok(manifest.contributes.jsonValidation.some((j) => j.url === './schemas/unresrc.schema.json' && [j.fileMatch].flat().includes('.unresrc.json')));
	});
});
