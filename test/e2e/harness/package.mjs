// Packages the built extension (dist/) as a .vsix with the project's own vsce, offline, into a directory
// outside the repository. Uses the project's .vscodeignore (or package.json "files") when there is one;
// otherwise vsix.vscodeignore beside this file, which keeps only what the installed extension runs.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertBuilt, repoRoot } from './paths.mjs';

const fallbackIgnore = path.join(path.dirname(fileURLToPath(import.meta.url)), 'vsix.vscodeignore');

export async function packageExtension(outDir) {
	assertBuilt();
	const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	const out = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
	const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
	const args = [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
	if (!existsSync(path.join(repoRoot, '.vscodeignore')) && !manifest.files) args.push('--ignoreFile', fallbackIgnore);
	const { code, output } = await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
	if (code !== 0 || !existsSync(out)) throw new Error(`vsce package failed (${code}):\n${output}`);
	return out;
}

/**
 * A web-only .vsix: the manifest without `main` (and `bin`), so that code-server runs the `browser` build in its
 * web worker extension host, as vscode.dev and github.dev do. Made from a staging copy of what the .vsix holds;
 * the repository's package.json is not touched.
 */
export async function packageWebExtension(outDir) {
	assertBuilt();
	const missing = ['dist/browser/extension.js', 'dist/browser/server.js'].filter((f) => !existsSync(path.join(repoRoot, f)));
	if (missing.length) throw new Error(`browser build missing (${missing.join(', ')}): run \`npm run build\``);
	const stage = mkdtempSync(path.join(outDir, 'web-'));
	const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
	delete manifest.main;
	delete manifest.bin;
	delete manifest.scripts;
	writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, '\t'));
	const keep = readdirSync(repoRoot).filter((f) => /^(?:package\.nls.*\.json|language-configuration\.json|README\.md|LICENSE.*)$/.test(f));
	for (const f of [...keep, 'dist/browser', 'server/data', 'syntaxes', 'snippets', 'schemas']) {
		if (existsSync(path.join(repoRoot, f))) cpSync(path.join(repoRoot, f), path.join(stage, f), { recursive: true });
	}
	rmSync(path.join(stage, 'dist', 'browser'), { recursive: true, force: true });
	mkdirSync(path.join(stage, 'dist', 'browser'), { recursive: true });
	for (const f of ['extension.js', 'server.js']) cpSync(path.join(repoRoot, 'dist', 'browser', f), path.join(stage, 'dist', 'browser', f));
	writeFileSync(path.join(stage, '.vscodeignore'), '**/*.map\n');
	const out = path.join(outDir, `${manifest.name}-${manifest.version}-web.vsix`);
	const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
	const args = [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
	const { code, output } = await new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: stage, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output }));
	});
	rmSync(stage, { recursive: true, force: true });
	if (code !== 0 || !existsSync(out)) throw new Error(`vsce package (web) failed (${code}):\n${output}`);
	return out;
}
