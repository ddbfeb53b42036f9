// Headless Debian Chromium driven by playwright-core (never `playwright install`: no browser download).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './paths.mjs';

export async function launchBrowser({ headless = true } = {}) {
	if (!existsSync(chromiumPath)) {
		throw new Error(`Chromium not found at ${chromiumPath}: run \`bash scripts/e2e-setup.sh\``);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		headless,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
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
