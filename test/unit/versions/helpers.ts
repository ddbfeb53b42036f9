import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PARTS, type ChangeEntry, type Comparison } from '../../../server/src/versions/compare';
import { entryLine } from '../../../server/src/versions/report';
import { SHARED } from '../../helpers/paths';

export const VERSIONS = path.join(SHARED, 'samples', 'versions');

/** The version sets of ../shared/samples/versions with the files each holds. */
export function versionSets(): { name: string; files: Record<string, string> }[] {
	if (!existsSync(VERSIONS)) {
		return [];
	}
	return readdirSync(VERSIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort().map((name) => {
		const files: Record<string, string> = {};
		for (const f of ['base', 'draft', 'rev1', 'adopted']) {
			const file = path.join(VERSIONS, name, `${f}.txt`);
			if (existsSync(file)) {
				files[f] = readFileSync(file, 'utf8');
			}
		}
		return { name, files };
	});
}

/** A comparison told in short lines: `PP9 (was PP8) changed: -78 +79`; only the words that changed, never whole texts. */
export function digest(c: Comparison): { summary: Comparison['summary']; changes: string[] } {
	const all: ChangeEntry[] = [...(c.title ? [c.title] : []), ...PARTS.flatMap((p) => c[p])];
	const changes = all.filter((e) => e.status !== 'unchanged').map((e) => {
		const words = e.status === 'changed' || e.changed
			? `: ${e.diff.filter(([op]) => op !== 0).map(([op, t]) => `${op < 0 ? '-' : '+'}${t.trim().split(/\s+/).slice(0, 4).join(' ')}`).join(' ')}`
			: '';
		return `${entryLine(e)}${words}`;
	});
	return { summary: c.summary, changes };
}
