import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MESSAGES } from '../../../server/src/l10n/messages';
import { RULES } from '../../../server/src/rules/index';
import { SEVERITIES } from '../../../server/src/rules/types';
import { ROOT } from '../../helpers/paths';
import { loadFixtures, RULE_FIXTURES } from './harness';

interface Manifest {
	contributes: {
		commands: { command: string; title: string; category: string }[];
		configuration: { properties: Record<string, { type: string; properties?: Record<string, { enum: string[]; default: string; description: string }> }> };
	};
}

suite('rule registry', () => {
	const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

	test('ids are unique, kebab-case, with a default severity and a description', () => {
		const ids = RULES.map((r) => r.id);
		assert.equal(new Set(ids).size, ids.length);
		for (const rule of RULES) {
			assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
			assert.ok(SEVERITIES.includes(rule.defaultSeverity), `${rule.id} severity`);
			assert.ok(rule.description.length > 20, `${rule.id} description`);
			assert.ok(`rule.${rule.id}` in MESSAGES, `${rule.id} has a translated description`);
		}
	});

	test('every rule has a fixture folder with a test file, and every folder is a rule', () => {
		const folders = readdirSync(RULE_FIXTURES).filter((f) => f !== 'valid');
		assert.deepEqual([...folders].sort(), RULES.map((r) => r.id).sort());
		for (const rule of RULES) {
			assert.ok(loadFixtures(rule.id).length >= 9, `${rule.id} has fixtures`);
			assert.ok(existsSync(path.join(ROOT, 'test', 'unit', 'rules', `${rule.id}.test.ts`)), `test/unit/rules/${rule.id}.test.ts`);
		}
	});

	test('package.json `unres.rules` lists every rule with its default severity and description', () => {
		const setting = manifest.contributes.configuration.properties['unres.rules'];
		assert.equal(setting.type, 'object');
		const properties = setting.properties ?? {};
		assert.deepEqual(Object.keys(properties).sort(), RULES.map((r) => r.id).sort());
		for (const rule of RULES) {
			const p = properties[rule.id];
			assert.deepEqual(p.enum, ['off', ...SEVERITIES]);
			assert.equal(p.default, rule.defaultSeverity, `${rule.id} default`);
			// Shown in VS Code's language: package.nls*.json, generated from the rule's translated description.
			assert.equal(p.description, `%setting.rules.${rule.id}%`, `${rule.id} description`);
		}
	});

	test('package.json contributes the renumber command', () => {
		const command = manifest.contributes.commands.find((c) => c.command === 'unres.renumber');
		assert.deepEqual(command, { command: 'unres.renumber', title: '%command.renumber%', category: 'unres' });
	});
});
