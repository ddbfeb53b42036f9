import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/check/check';
import { loadBuiltinCatalog } from '../../server/src/node/builtinCatalog';
import { toProblems } from '../../server/src/check/report';
import { LspClient } from '../helpers/lspClient';
import { requireShared, SHARED } from '../helpers/paths';

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

// Issue 7, acceptance 1: `unres check` and the language server give the same diagnostics on real documents.
suite('unres check and the language server agree (../shared)', function () {
	this.timeout(60_000);

	test('same rule, place, severity and message for the reference document and the corpus', async function () {
		requireShared(this, SHARED);
		const files = [path.join(SHARED, 'samples', 'fr', 'A-RES-75-10.fr.md'), ...readdirSync(path.join(SHARED, 'corpus', 'en')).sort().map((f) => path.join(SHARED, 'corpus', 'en', f))];
		const client = await LspClient.start();
		try {
			let compared = 0;
			for (const file of files) {
				const text = readFileSync(file, 'utf8');
				const uri = `file://${file}`;
				await client.open(uri, text);
				const published = await client.diagnostics(uri, (p) => p.version === 1);
				const fromServer = published.diagnostics
					.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 0]} ${String(d.code)} ${d.message}`)
					.sort();
				const { results, lines } = checkText(text, { catalog: loadBuiltinCatalog() });
				const fromCli = toProblems(results, lines, 'en').map((p) => `${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`).sort();
				assert.deepEqual(fromServer, fromCli, path.basename(file));
				compared += fromCli.length;
				await client.close(uri);
			}
			assert.ok(files.length === 35, `${files.length} files compared (${compared} diagnostics)`);
		} finally {
			await client.stop();
		}
	});
});
