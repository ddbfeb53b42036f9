// Headless Debian Chromium driven by playwright-core (never `playwright install`: no browser download).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

export async function launchBrowser({ headless = true } = {}) {
	if (!existsSync(chromiumPath)) {
		throw new Error(`Chromium not found at ${chromiumPath}: run \`bash scripts/e2e-setup.sh\``);
	}
	// Chromium's crash handler writes under $XDG_CONFIG_HOME whatever the profile: keep it in a per-run folder.
	const home = mkdtempSync(path.join(os.tmpdir(), 'unres-chromium-'));
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		headless,
		env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
			'--disable-crash-reporter',
		],
	}).catch((err) => {
		rmSync(home, { recursive: true, force: true });
		throw err;
	});
	browser.on('disconnected', () => rmSync(home, { recursive: true, force: true }));
	return browser;
}

/** A page sized like a laptop screen, so screenshots show the editor and a side bar. */
export async function newPage(browser) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
	return context.newPage();
}

/** Turns a workbench console message ("%c INFO color: #33f text") into plain text ("INFO text"). */
export function consoleText(msg) {
	return msg.text().replace(/^%c\s*([A-Z]+)\s+color: #[0-9a-f]+ /i, '$1 ');
}
