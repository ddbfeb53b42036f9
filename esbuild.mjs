// Bundles the client, the server and the CLI into dist/. One build for the editor and for CI.
import { rmSync } from 'node:fs';
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

if (watch) {
	for (const options of builds) {
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
	await Promise.all(builds.map((options) => esbuild.build(options)));
}
