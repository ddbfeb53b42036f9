// Packages the built extension (dist/) as a .vsix with the project's own vsce, offline, into a directory
// outside the repository. Uses the project's .vscodeignore (or package.json "files") when there is one;
// otherwise vsix.vscodeignore beside this file, which keeps only what the installed extension runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
