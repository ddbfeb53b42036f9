// Serves the extension, packaged and installed into code-server, with the sample drafts open.
// Started by scripts/demo.sh after the build; Ctrl+C (or SIGTERM) stops code-server's process group and
// removes the temporary folders, so nothing is left running or listening.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { installExtension, startCodeServer, writeUserSettings } from '../test/e2e/harness/codeServer.mjs';
import { packageExtension } from '../test/e2e/harness/package.mjs';
import { referenceFileName } from '../test/e2e/harness/paths.mjs';
import { prepareWorkspace } from '../test/e2e/harness/workspace.mjs';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'unres-demo-'));
let server;
let stopping;

function stop(code) {
	stopping ??= (async () => {
		await server?.stop();
		rmSync(scratch, { recursive: true, force: true });
		process.exit(code);
	})();
	return stopping;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {
	console.log('\nunres demo: stopping');
	stop(0);
});

try {
	const drafts = path.join(scratch, 'drafts');
	mkdirSync(drafts);
	const workspace = prepareWorkspace({ dir: drafts });
	const vsix = await packageExtension(scratch);
	const userDataDir = path.join(scratch, 'user-data');
	const extensionsDir = path.join(scratch, 'extensions');
	writeUserSettings(userDataDir);
	await installExtension({ vsix, userDataDir, extensionsDir });
	server = await startCodeServer({
		userDataDir,
		extensionsDir,
		port: Number(process.env.UNRES_DEMO_PORT ?? 0),
	});
	server.exited.then(({ code, signal }) => {
		if (stopping) return;
		console.error(`unres demo: code-server exited (${code ?? signal})`);
		stop(1);
	});
	const first = existsSync(path.join(drafts, referenceFileName)) ? referenceFileName : 'projet-cooperation.fr.unres.md';
	const url = server.folderUrl(drafts, [['openFile', server.remoteUri(path.join(drafts, first))]]);
	console.log(`
unres demo: VS Code (code-server) with the unres extension and these drafts:
  ${workspace.files.join('\n  ')}
${workspace.reference ? '' : '  (../shared/samples not found: the repository\'s own drafts only)\n'}
  Open:  ${url}
  (short: ${server.url}/?folder=${drafts})

Try: the Outline view (Explorer side bar), folding in the gutter, the status bar item at the bottom right,
and the "unres:" commands in the Command Palette (F1). Ctrl+C stops everything.
`);
} catch (err) {
	console.error(`unres demo: ${err instanceof Error ? err.message : err}`);
	await stop(1);
}
