import picomatch from 'picomatch';
import * as path from 'pathe';
import type { UnresConfig } from './configFile';

/** Whether a config's `ignore` globs (each relative to its own config file's folder) exclude `file`. */
export function isIgnored(file: string, config: UnresConfig): boolean {
	const absolute = path.resolve(file);
	return (config.ignore ?? []).some(({ base, glob }) => {
		const relative = path.relative(base, absolute).split(path.sep).join('/');
		return !relative.startsWith('..') && picomatch(glob, { dot: true })(relative);
	});
}
