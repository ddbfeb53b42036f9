import { readFileSync, statSync } from 'node:fs';
import type { ConfigFileSystem } from './configFile';

/** Config files from the disk, read synchronously: they are small and read once per draft. */
export const DISK_FILE_SYSTEM: ConfigFileSystem = {
	isFile: (f) => {
		try {
			return statSync(f).isFile();
		} catch {
			return false;
		}
	},
	read: (f) => readFileSync(f, 'utf8'),
};
