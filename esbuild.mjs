// Bundles the client, the server and the CLI into dist/. One build for the editor and for CI.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
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

// The web extension (vscode.dev, github.dev): the client for the web worker extension host (CommonJS,
// `require('vscode')`), the server a classic Web Worker script. The built-in catalogue is not in it: the client reads
// server/data/catalog.json and sends it in `initialize`, so the .vsix holds it once.
const browserCommon = {
	bundle: true,
	platform: 'browser',
	target: 'es2022',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'warning',
	mainFields: ['browser', 'module', 'main'],
	// csv-parse's own browser build (it carries the Buffer it needs; the Node one finds none in a worker).
	alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
	metafile: true,
};
const browserBuilds = [
	{ ...browserCommon, format: 'cjs', entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/browser/extension.js', external: ['vscode'],
		define: { 'process.env.NODE_ENV': '"production"' } },
	{ ...browserCommon, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js',
		define: { 'process.env.NODE_ENV': '"production"' } },
];

const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
	// The server bundle, run by its loader (dist/server.js, below) through V8's code cache.
	{ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.bundle.js' },
	{ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	...browserBuilds,
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

// The loader names its code cache by the bundle's hash; without one (a watch build) it uses no cache.
const loader = (hash) => ({
	...common, sourcemap: false, entryPoints: ['server/src/node/loader.ts'], outfile: 'dist/server.js',
	define: { UNRES_BUNDLE_HASH: JSON.stringify(hash) },
});

if (watch) {
	for (const options of [...builds, loader('')]) {
		const ctx = await esbuild.context(options);
		await ctx.watch();
	}
} else {
	// A production build ships no source maps: remove those a development build left beside the bundles.
	if (production) {
		for (const { outfile } of builds) {
			rmSync(`${outfile}.map`, { force: true });
		}
	}
	// The loader has no source map (one left by an older build, when dist/server.js was the bundle, would mislead).
	rmSync('dist/server.js.map', { force: true });
	const results = await Promise.all([...builds, browserCheck].map((options) => esbuild.build(options)));
	await esbuild.build(loader(createHash('sha256').update(readFileSync('dist/server.bundle.js')).digest('hex')));
	// The core and both browser bundles: no Node built-in may reach them.
	for (const result of results.filter((r) => r.metafile)) {
		const nodeInputs = Object.keys(result.metafile.inputs).filter((file) => /^(?:node:|fs$|path$)/.test(file));
		if (nodeInputs.length > 0) {
			throw new Error(`a browser bundle imports Node built-ins: ${nodeInputs.join(', ')}`);
		}
	}
}
