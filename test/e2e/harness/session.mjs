// One UI session: the packaged extension installed in a fresh code-server, the workspace open in headless
// Chromium. Each UI suite opens its own (the suites stay independent) and closes it in its teardown.
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser, newPage } from './browser.mjs';
import { installExtension, startCodeServer, writeUserSettings } from './codeServer.mjs';
import { packageExtension } from './package.mjs';
import { prepareWorkspace } from './workspace.mjs';

/**
 * Opens the workbench on `options.workspace` (the caller's), else the prepared workspace (UNRES_E2E_WORKSPACE) or a
 * new one; `options.pack` packages the extension (default: the Node build's .vsix); `options.onPage` sees the page
 * before the workbench loads (console listeners). `close()` undoes what this opened.
 */
export async function openWorkbench(prefix, options = {}) {
	const ownWorkspace = !options.workspace && !process.env.UNRES_E2E_WORKSPACE;
	const scratch = mkdtempSync(path.join(os.tmpdir(), prefix));
	const workspace = options.workspace ?? process.env.UNRES_E2E_WORKSPACE ?? prepareWorkspace().dir;
	let server;
	let browser;
	const close = async () => {
		await browser?.close().catch(() => {});
		await server?.stop();
		rmSync(scratch, { recursive: true, force: true });
		if (ownWorkspace) rmSync(workspace, { recursive: true, force: true });
	};
	try {
		const vsix = await (options.pack ?? packageExtension)(scratch);
		const userDataDir = path.join(scratch, 'user-data');
		const extensionsDir = path.join(scratch, 'extensions');
		writeUserSettings(userDataDir);
		await installExtension({ vsix, userDataDir, extensionsDir });
		server = await startCodeServer({ userDataDir, extensionsDir });
		browser = await launchBrowser();
		const page = await newPage(browser);
		page.setDefaultTimeout(30_000);
		options.onPage?.(page);
		await page.goto(server.folderUrl(workspace));
		await page.locator('.monaco-workbench').waitFor();
		return { page, workspace, close };
	} catch (error) {
		await close();
		throw error;
	}
}
