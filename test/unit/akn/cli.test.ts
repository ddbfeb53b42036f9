import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/run';

/** `unres export DRAFT --akn OUT.xml` and `unres import FILE.xml [--out FILE]` over a small draft of our own. */
const DRAFT = `United Nations A/RES/80/999

General Assembly

Resolution adopted by the General Assembly on 4 November 2025

80/999. Cooperation between the United Nations and the Test Organization

The General Assembly,

*Recalling* its resolution 79/1 of 22 September 2024,[^1]

[^1]: See also resolution 78/1.

1. *Welcomes* the cooperation;

2. *Requests* the Secretary-General:

(a) To report on it;

(b) To continue it.

28th plenary meeting
4 November 2025
`;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
	return { code, out, err };
}

suite('cli: unres export --akn and unres import', () => {
	let dir: string;
	setup(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'unres-akn-cli-'));
	});
	teardown(() => rmSync(dir, { recursive: true, force: true }));

	test('export writes AKN4UN XML and import gives the draft back with the same paragraphs', async () => {
		const draft = path.join(dir, 'draft.unres.md');
		const xml = path.join(dir, 'draft.xml');
		writeFileSync(draft, DRAFT);
		const exported = await run(['export', draft, '--akn', xml]);
		assert.equal(exported.code, 0, exported.err);
		const text = readFileSync(xml, 'utf8');
		assert.match(text, /<statement name="resolution">/);
		assert.match(text, /<FRBRthis value="\/akn\/un\/statement\/deliberation\/unga\/2025-11-04\/80-999\/!main\/"\/>/);
		assert.match(text, /<container name="Recalling" eId="container_\d+">\s*<p><span class="italic">Recalling<\/span> its resolution 79\/1 of 22 September 2024,<authorialNote marker="1"/);
		assert.match(text, /<point eId="[^"]+">\s*<num>\(b\)<\/num>/);
		const imported = await run(['import', xml]);
		assert.equal(imported.code, 0, imported.err);
		assert.match(imported.out, /^1\. \*Welcomes\* the cooperation;$/m);
		assert.match(imported.out, /^\(b\) To continue it\.$/m);
		assert.match(imported.out, /^\[\^1\]: See also resolution 78\/1\.$/m);
		const out = path.join(dir, 'back.unres.md');
		assert.equal((await run(['import', xml, '--out', out])).code, 0);
		assert.equal(readFileSync(out, 'utf8'), imported.out);
	});

	test('usage errors and a file that is not AKN4UN', async () => {
		assert.equal((await run(['export'])).code, 2);
		assert.equal((await run(['export', 'x.md'])).code, 2);
		assert.equal((await run(['import'])).code, 2);
		const notXml = path.join(dir, 'plain.xml');
		writeFileSync(notXml, '<html><body>no</body></html>');
		const r = await run(['import', notXml]);
		assert.equal(r.code, 1);
		assert.match(r.err, /not an Akoma Ntoso document/);
		writeFileSync(notXml, '<akomaNtoso><statement><mainBody><paragraph><num>1.</num><content><p>unclosed');
		assert.notEqual((await run(['import', notXml])).code, 2);
	});
});
