import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadBuiltinCatalog } from '../node/builtinCatalog';
import { rollover } from '../versions/rollover';
import { readVersion } from '../versions/units';
import { readText } from './readText';
import type { Output } from './run';

export const ROLLOVER_USAGE = `Usage: unres rollover BASE [--session N] [--out FILE]

Makes next session's draft from an adopted resolution: masthead of the new session, Distr.: Limited, sponsors
placeholder, the base recalled in the preamble ("Recalling its resolution 79/123 of 17 December 2024"), the
operative part kept. The draft names its base (<!-- unres-base: BASE -->), so 'unres compare DRAFT' works at once.
Without --out the draft goes to standard output.
`;

/** The base's date of adoption from the built-in catalogue, when its text does not give it. */
function catalogDate(symbol: string | undefined): string | undefined {
	try {
		return symbol ? loadBuiltinCatalog().get(symbol)?.date : undefined;
	} catch {
		return undefined;
	}
}

export function runRollover(argv: readonly string[], io: Output): number {
	let session: number | undefined;
	let out: string | undefined;
	const files: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			io.out(ROLLOVER_USAGE);
			return 0;
		} else if (arg === '--session') {
			session = Number(argv[++i]);
			if (!Number.isInteger(session) || session < 1 || session > 999) {
				io.err('unres: --session takes a session number (81)\n');
				return 2;
			}
		} else if (arg === '--out') {
			out = argv[++i];
			if (!out) {
				io.err('unres: --out takes a file\n');
				return 2;
			}
		} else if (arg.startsWith('-')) {
			io.err(`unres: unknown option '${arg}'\n${ROLLOVER_USAGE}`);
			return 2;
		} else {
			files.push(arg);
		}
	}
	if (files.length !== 1) {
		io.err(`unres: rollover takes one BASE file\n${ROLLOVER_USAGE}`);
		return 2;
	}
	const base = readText(files[0], io);
	if (base === undefined) {
		return 2;
	}
	const basePath = out ? path.relative(path.dirname(path.resolve(out)), path.resolve(files[0])) : files[0];
	const date = catalogDate(readVersion(base).symbol);
	const result = rollover(base, { ...(session ? { session } : {}), ...(date ? { date } : {}), basePath: basePath.split(path.sep).join('/') });
	if (out) {
		try {
			writeFileSync(out, result.text);
		} catch (error) {
			io.err(`unres: ${out}: ${error instanceof Error ? error.message : String(error)}\n`);
			return 2;
		}
		io.err(`unres: ${out}: draft for session ${result.session ?? '?'}${result.recalled ? `, recalls ${result.recalled}${result.date ? ` of ${result.date}` : ''} (${result.recall})` : ''}\n`);
	} else {
		io.out(result.text);
	}
	return 0;
}
