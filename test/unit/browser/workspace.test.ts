import * as assert from 'node:assert/strict';
import * as path from 'pathe';
import { pathToUri, uriToPath } from '../../../server/src/browser/workspace';
import { nextTurn } from '../../../server/src/lsp/timers';

suite('browser workspace: URIs of any scheme as paths', () => {
	const uris = [
		'vscode-vfs://github/un-drafts/resolutions/drafts/A-80-L.1.unres.md',
		'vscode-remote://127.0.0.1:8080/tmp/unres-ws/A-RES-75-10.fr.unres.md',
		'vscode-test-web://mount/r%C3%A9solution%20fran%C3%A7aise.unres',
		'file:///home/user/draft.unres',
	];

	test('a URI and its path go back and forth unchanged', () => {
		for (const uri of uris) {
			const file = uriToPath(uri);
			assert.ok(file, uri);
			assert.equal(pathToUri(file), uri);
		}
	});

	test('the path keeps scheme and authority as its first folders, so a folder holds its files', () => {
		assert.equal(uriToPath(uris[0]!), '/vscode-vfs/github/un-drafts/resolutions/drafts/A-80-L.1.unres.md');
		assert.equal(uriToPath('file:///home/user/draft.unres'), '/file/-/home/user/draft.unres');
		const folder = uriToPath('vscode-vfs://github/un-drafts/resolutions')!;
		assert.equal(pathToUri(path.join(folder, 'unres.catalog.json')), 'vscode-vfs://github/un-drafts/resolutions/unres.catalog.json');
	});

	test('what is no URI has no path', () => {
		assert.equal(uriToPath('untitled:Untitled-1'), undefined);
		assert.equal(uriToPath('not a uri'), undefined);
		assert.equal(uriToPath('vscode-vfs://github/bad%E0%A4%A'), undefined);
	});
});

suite('lsp timers: the next turn', () => {
	test('runs once, after the current turn; a cancelled one never runs', async () => {
		const ran: string[] = [];
		nextTurn(() => ran.push('a'));
		nextTurn(() => ran.push('b')).cancel();
		ran.push('now');
		await new Promise((resolve) => setTimeout(resolve, 20));
		assert.deepEqual(ran, ['now', 'a']);
	});

	test('in a worker (no setImmediate): the same order through a MessageChannel', async () => {
		const saved = globalThis.setImmediate;
		const ran: string[] = [];
		try {
			(globalThis as { setImmediate?: unknown }).setImmediate = undefined;
			nextTurn(() => ran.push('a'));
			nextTurn(() => ran.push('b')).cancel();
			nextTurn(() => ran.push('c'));
			ran.push('now');
		} finally {
			globalThis.setImmediate = saved;
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
		assert.deepEqual(ran, ['now', 'a', 'c']);
	});
});
