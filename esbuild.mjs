// Bundles the client, the server and the CLI into dist/. One build for the editor and for CI.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
	bundle: true,
	format: 'cjs',
	platform: 'node',
	target: 'node20',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	// Prefer ES modules: jsonc-parser's UMD build hides its requires from the bundler.
	mainFields: ['module', 'main'],
};

const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
	{ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
	{ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// The core (the language service and everything under it) must bundle for the browser: no Node built-ins outside
// the node entry points. Not shipped; building it is the check (esbuild fails on `fs`, `path`, `node:*`).
const browserCheck = {
	bundle: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	logLevel: 'warning',
	mainFields: ['browser', 'module', 'main'],
	entryPoints: ['server/src/service/index.ts'],
	outfile: 'out/browser/core.js',
	metafile: true,
};

if (watch) {
	for (const options of builds) {
		const ctx = await esbuild.context(options);
		await ctx.watch();
	}
} else {
	const [, , , browser] = await Promise.all([...builds, browserCheck].map((options) => esbuild.build(options)));
	const nodeInputs = Object.keys(browser.metafile.inputs).filter((file) => /^(?:node:|fs$|path$)/.test(file));
	if (nodeInputs.length > 0) {
		throw new Error(`the core imports Node built-ins: ${nodeInputs.join(', ')}`);
	}
}
