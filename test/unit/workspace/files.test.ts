import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { addEntryChanges, newCatalogueText } from '../../../server/src/catalog/edit';
import { loadCatalogLayer } from '../../../server/src/catalog/layers';
import { findDrafts as findUnresFiles, DISK_WORKSPACE } from '../../../server/src/node/diskWorkspace';
import { CatalogFiles } from '../../../server/src/service/catalogFiles';
import { resolveCatalogPath as resolve } from '../../../server/src/service/workspace';

const resolveCatalogPath = (p: string, folder: string | undefined) => resolve(p, folder, homedir());

function apply(text: string, changes: ReturnType<typeof addEntryChanges>): string {
	assert.ok(Array.isArray(changes), JSON.stringify(changes));
	return [...changes].sort((a, b) => b.offset - a.offset).reduce((t, c) => t.slice(0, c.offset) + c.content + t.slice(c.offset + c.length), text);
}

suite('workspace files: catalogue paths, loading, editing; unres files', () => {
	let dir: string;
	setup(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'unres-ws-'));
	});
	teardown(() => rmSync(dir, { recursive: true, force: true }));

	test('catalogue paths: absolute, ~, ${workspaceFolder}, relative to the folder', () => {
		assert.equal(resolveCatalogPath('/data/team.json', '/ws'), path.normalize('/data/team.json'));
		assert.equal(resolveCatalogPath('~/cat.json', '/ws'), path.join(homedir(), 'cat.json'));
		assert.equal(resolveCatalogPath('${workspaceFolder}/cat/team.json', '/ws'), path.join('/ws', 'cat', 'team.json'));
		assert.equal(resolveCatalogPath('cat/team.json', '/ws'), path.join('/ws', 'cat', 'team.json'));
		assert.equal(resolveCatalogPath('cat/team.json', undefined), undefined);
		assert.equal(resolveCatalogPath('  ', '/ws'), undefined);
	});

	test('a bad or missing file is a layer with a clear problem; a file is read again only when it changes', async () => {
		const files = new CatalogFiles(DISK_WORKSPACE);
		const missing = await files.load(path.join(dir, 'none.json'));
		assert.deepEqual(missing?.problems.map((p) => [p.line, p.message]), [[0, 'cannot be read (ENOENT)']]);
		assert.equal(await files.load(path.join(dir, 'none.json'), true), undefined, 'optional files may be absent');
		const file = path.join(dir, 'team.json');
		writeFileSync(file, '{ "entries": [\n  { "symbol": "52/27", "date": "1997-12-04" },\n  { "symbol": "nonsense" }\n] }\n');
		const first = await files.load(file);
		assert.deepEqual(first?.entries.map((e) => e.key), ['A/RES/52/27']);
		assert.deepEqual(first?.problems.map((p) => [p.line, p.message]), [[3, '"nonsense" is not a resolution or decision symbol; entry skipped']]);
		assert.equal(await files.load(file), first, 'cached');
		writeFileSync(file, '{ "entries": [ { "symbol": "52/28" } ] }\n');
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		assert.deepEqual((await files.load(file))?.entries.map((e) => e.key), ['A/RES/52/28']);
	});

	test('adding an entry keeps the file’s layout, in an object or a bare array, and makes a new file', () => {
		const entry = { symbol: 'A/RES/52/27', date: '1997-12-04' };
		const object = '{\n\t"entries": [\n\t\t{ "symbol": "A/RES/71/19" }\n\t]\n}\n';
		const added = apply(object, addEntryChanges(object, entry));
		assert.deepEqual(loadCatalogLayer('x.json', added).entries.map((e) => e.key), ['A/RES/71/19', 'A/RES/52/27']);
		assert.match(added, /\n\t\t\{\n\t\t\t"symbol": "A\/RES\/52\/27",/);
		const array = '[\n  { "symbol": "71/19" }\n]\n';
		assert.deepEqual(loadCatalogLayer('x.json', apply(array, addEntryChanges(array, entry))).entries.map((e) => e.key), ['A/RES/71/19', 'A/RES/52/27']);
		const noEntries = '{ "completeSessions": [70] }';
		assert.deepEqual(loadCatalogLayer('x.json', apply(noEntries, addEntryChanges(noEntries, entry))).entries.map((e) => e.key), ['A/RES/52/27']);
		assert.deepEqual(addEntryChanges('"text"', entry), { error: 'not a catalogue file: expected an object with an "entries" array' });
		assert.deepEqual(loadCatalogLayer('x.json', newCatalogueText(entry)).entries.map((e) => [e.key, e.date]), [['A/RES/52/27', '1997-12-04']]);
	});

	test('unres files of a folder, build output and hidden folders skipped', async () => {
		mkdirSync(path.join(dir, 'drafts', 'fr'), { recursive: true });
		mkdirSync(path.join(dir, 'node_modules', 'x'), { recursive: true });
		mkdirSync(path.join(dir, '.git'), { recursive: true });
		for (const f of ['drafts/a.unres', 'drafts/fr/b.unres.md', 'drafts/c.unres.txt', 'drafts/notes.md', 'node_modules/x/d.unres', '.git/e.unres']) {
			writeFileSync(path.join(dir, f), 'The General Assembly,\n');
		}
		assert.deepEqual((await findUnresFiles(dir)).map((f) => path.relative(dir, f)), ['drafts/a.unres', 'drafts/c.unres.txt', 'drafts/fr/b.unres.md'].map((f) => path.normalize(f)));
	});
});
