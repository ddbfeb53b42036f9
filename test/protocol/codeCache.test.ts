import * as assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from '../helpers/lspClient';

const DRAFT = 'The General Assembly,\n\nRecalling its resolution 71/19 of 21 November 2016,\n\n1. Decides to act;\n\n3. Requests a report.\n';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * dist/server.js loads the server bundle through V8's code cache (server/src/node/loader.ts): written once the server
 * is idle after its first analysis, read by the next start; a cache that is missing, damaged or cannot be written
 * never stops the server.
 */
suite('server start through the V8 code cache (dist/server.js → dist/server.bundle.js)', function () {
	this.timeout(60_000);
	let dir: string;

	setup(() => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'unres-codecache-'));
	});
	teardown(() => {
		chmodSync(dir, 0o700);
		rmSync(dir, { recursive: true, force: true });
	});

	/** Starts a server with its cache in `cacheDir`, analyses a draft, waits for its idle turn; what the loader logged. */
	async function run(cacheDir: string): Promise<string> {
		process.env.UNRES_CODE_CACHE = cacheDir;
		process.env.UNRES_CODE_CACHE_LOG = '1';
		let client: LspClient;
		try {
			client = await LspClient.start();
		} finally {
			delete process.env.UNRES_CODE_CACHE;
			delete process.env.UNRES_CODE_CACHE_LOG;
		}
		try {
			const uri = 'file:///cache/draft.unres';
			await client.open(uri, DRAFT);
			const published = await client.diagnostics(uri, (p) => p.version === 1);
			// The draft's numbering fault: the server analysed it.
			assert.ok(published.diagnostics.some((d) => d.code === 'operative-numbering'), JSON.stringify(published.diagnostics));
			// The idle turn comes a second after the diagnostics; a cache that was read is not written again.
			for (let t = 0; t < 60 && !/unres code cache: (?:written|not written|read) /.test(client.stderr); t++) {
				await sleep(100);
			}
			return client.stderr.split('\n').filter((l) => l.startsWith('unres code cache:')).map((l) => l.split(' ').slice(3, -1).join(' ')).join(', ');
		} finally {
			await client.stop();
		}
	}

	test('the first start writes the cache, the next reads it, and a damaged cache is replaced', async () => {
		assert.equal(await run(dir), 'none, written');
		const files = readdirSync(dir);
		assert.equal(files.length, 1, files.join(', '));
		assert.match(files[0], /^server\.[0-9a-f]{16}\.codecache$/);
		assert.equal(await run(dir), 'read');
		writeFileSync(path.join(dir, files[0]), Buffer.alloc(4096, 7));
		assert.equal(await run(dir), 'rejected, written');
		assert.equal(await run(dir), 'read');
	});

	test('a place that cannot be written: the server starts and analyses as before', async function () {
		if (process.getuid?.() === 0) {
			// root writes anywhere: a path under a file cannot be a folder for anyone.
			writeFileSync(path.join(dir, 'file'), '');
			assert.equal(await run(path.join(dir, 'file', 'cache')), 'none, not written');
			return;
		}
		chmodSync(dir, 0o500);
		assert.equal(await run(dir), 'none, not written');
	});
});
