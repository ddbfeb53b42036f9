import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/run';
import { DRAFTS, paragraphs } from '../amendments/helpers';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
	return { code, out, err };
}

suite('cli: amend and amendments', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'unres-amend-'));
	const file = (name: string, text: string) => {
		const f = path.join(dir, name);
		writeFileSync(f, text, 'utf8');
		return f;
	};

	test('amend: the amended draft on stdout, two amendment files, exit 0', async () => {
		const draft = file('draft.txt', DRAFTS.en);
		const a = file('a.txt', 'Delete operative paragraph 1.\n');
		const b = file('b.txt', 'In operative paragraph 4, replace “remain” with “stay”.\n');
		const r = (await run(['amend', draft, a, b]));
		assert.equal(r.err, '');
		assert.equal(r.code, 0);
		assert.deepEqual(paragraphs(r.out).operative.map((t) => t.split(' ')[0]), ['Calls', 'Requests', 'Decides']);
		assert.match(r.out, /3\. Decides to stay seized/);
	});

	test('amend: an instruction that cannot apply on stderr with its line, exit 1; --write writes the rest back', async () => {
		const draft = file('draft2.txt', DRAFTS.en);
		const a = file('bad.txt', '1. In operative paragraph 1, replace “Urges” with “Invites”.\n2. In operative paragraph 1, delete “never”.\n');
		const r = (await run(['amend', draft, a, '--write']));
		assert.equal(r.code, 1);
		assert.equal(r.out, '');
		assert.match(r.err, /bad\.txt:2:1: not applied: “never” is not in OP1/);
		assert.match(readFileSync(draft, 'utf8'), /1\. Invites all States/);
	});

	test('amendments: the instructions on stdout, in the language asked; usage errors exit 2', async () => {
		const from = file('from.txt', DRAFTS.fr);
		const to = file('to.txt', DRAFTS.fr.replace('Exhorte tous', 'Invite tous'));
		const r = (await run(['amendments', from, to, '--locale', 'fr']));
		assert.equal(r.code, 0);
		assert.equal(r.out, '1. Au paragraphe 1 du dispositif, remplacer le mot «\u00a0Exhorte\u00a0» par le mot «\u00a0Invite\u00a0».\n');
		assert.equal((await run(['amendments', from])).code, 2);
		assert.equal((await run(['amendments', from, to, '--style', 'sung'])).code, 2);
		assert.equal((await run(['amend', from])).code, 2);
		assert.equal((await run(['amend', from, path.join(dir, 'missing.txt')])).code, 2);
	});
});
