import { runCompare } from './compare';
import { runExport } from './export';
import { runRollover } from './rollover';
import type { Output } from './run';

/** The verbs of versions (issue 15), for the usage text of `unres`. */
export const VERSIONS_USAGE = `  compare BASE DRAFT [--format text|json]
           Compare a draft with its base text paragraph by paragraph.
  rollover BASE [--session N] [--out FILE]
           Make next session's draft from an adopted resolution.
  export DRAFT --docx OUT [--base BASE] [--author NAME]
           Write the draft as Word, with tracked changes against its base text.
`;

/** Runs `compare`, `rollover` or `export`; undefined when the verb is another one. */
export function runVersionsVerb(argv: readonly string[], io: Output): number | undefined {
	switch (argv[0]) {
		case 'compare':
			return runCompare(argv.slice(1), io);
		case 'rollover':
			return runRollover(argv.slice(1), io);
		case 'export':
			// Word is written asynchronously: the exit code follows when the file is written.
			void runExport(argv.slice(1), io).then((code) => {
				process.exitCode = code;
			});
			return 0;
		default:
			return undefined;
	}
}
