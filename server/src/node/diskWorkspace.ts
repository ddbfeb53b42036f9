import { promises as fs, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'pathe';
import { skipFolder, UNRES_FILE, type Workspace } from '../service/workspace';

/**
 * The disk as the language service's workspace: the Node side of the server and the CLI. Paths are given in
 * pathe's normal form (forward slashes) so that the service compares them one way on every platform.
 */
export const DISK_WORKSPACE: Workspace = {
	readFile: (file) => fs.readFile(file, 'utf8'),
	stat: async (file) => {
		try {
			const st = await fs.stat(file);
			return { mtime: st.mtimeMs, size: st.size };
		} catch {
			return undefined;
		}
	},
	findDrafts,
	writeFile: async (file, text) => {
		await fs.mkdir(nodePath.dirname(file), { recursive: true });
		await fs.writeFile(file, text, 'utf8');
	},
	// Config files are small and read once per draft: synchronously.
	config: {
		isFile: (f) => {
			try {
				return statSync(f).isFile();
			} catch {
				return false;
			}
		},
		read: (f) => readFileSync(f, 'utf8'),
	},
	homedir: () => os.homedir(),
	uriToPath: (uri) => {
		try {
			return uri.startsWith('file:') ? path.normalize(fileURLToPath(uri)) : undefined;
		} catch {
			return undefined;
		}
	},
	pathToUri: (file) => pathToFileURL(file).href,
};

/**
 * The `unres` files under `root`, breadth first, at most `max` of them; hidden folders and build output are skipped.
 * A folder that cannot be read is passed over.
 */
export async function findDrafts(root: string, max = 5000): Promise<string[]> {
	const out: string[] = [];
	const queue = [root];
	while (queue.length > 0 && out.length < max) {
		const dir = queue.shift()!;
		let entries;
		try {
			entries = await fs.readdir(dir, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const entry of entries) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				if (!skipFolder(entry.name)) {
					queue.push(full);
				}
			} else if (entry.isFile() && UNRES_FILE.test(entry.name)) {
				out.push(full);
				if (out.length >= max) {
					break;
				}
			}
		}
	}
	return out.sort();
}
