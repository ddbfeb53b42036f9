import { readFileSync, statSync } from 'node:fs';
import { LANGS, type Lang } from '../model/document';
import { exportAknFile } from './exportAkn';
import type { Output } from './run';

/**
 * `unres export DRAFT --akn OUT.xml` (and `--docx OUT.docx`, issue 15): one verb, one option per format. Each
 * format is a runner in its own file; this table is the only place that names them.
 */
export type ExportRunner = (text: string, draftPath: string, outPath: string, io: Output, options: { lang?: Lang }) => number;

export const EXPORTERS: Record<string, ExportRunner> = {
	akn: exportAknFile,
};

export const EXPORT_USAGE = `Usage: unres export DRAFT ${Object.keys(EXPORTERS).map((k) => `--${k} OUT`).join(' | ')} [--lang en|fr|es|ar|ru|zh]
  --akn OUT.xml   AKN4UN (Akoma Ntoso for the UN) XML, as the UN's conference-management department publishes it
`;

export function runExport(args: readonly string[], io: Output): number {
	let draft: string | undefined;
	let lang: Lang | undefined;
	const targets: [string, string][] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') {
			io.out(EXPORT_USAGE);
			return 0;
		}
		if (arg === '--lang') {
			const value = args[++i];
			if (!LANGS.includes(value as Lang)) {
				io.err(`unres export: --lang takes one of ${LANGS.join(', ')}\n`);
				return 2;
			}
			lang = value as Lang;
		} else if (arg.startsWith('--') && EXPORTERS[arg.slice(2)]) {
			const out = args[++i];
			if (!out) {
				io.err(`unres export: ${arg} needs an output file\n${EXPORT_USAGE}`);
				return 2;
			}
			targets.push([arg.slice(2), out]);
		} else if (arg.startsWith('-')) {
			io.err(`unres export: unknown option '${arg}'\n${EXPORT_USAGE}`);
			return 2;
		} else if (draft === undefined) {
			draft = arg;
		} else {
			io.err(`unres export: one draft at a time ('${arg}')\n`);
			return 2;
		}
	}
	if (!draft || targets.length === 0) {
		io.err(`unres export: ${draft ? 'no format given' : 'no draft given'}\n${EXPORT_USAGE}`);
		return 2;
	}
	let text: string;
	try {
		if (statSync(draft).isDirectory()) {
			throw new Error('is a directory');
		}
		text = readFileSync(draft, 'utf8');
	} catch (error) {
		io.err(`unres export: ${draft}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 2;
	}
	let status = 0;
	for (const [format, out] of targets) {
		status = Math.max(status, EXPORTERS[format](text, draft, out, io, { lang }));
	}
	return status;
}
