import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../model/document';
import { readText } from './readText';
import { exportAknFile } from './exportAkn';
import { exportDocxFile } from './exportDocx';
import type { Output } from './run';

export const EXPORT_USAGE = `Usage: unres export DRAFT (--docx OUT.docx | --akn OUT.xml) [options]

  --docx OUT.docx   Word, laid out as a UN draft resolution. With a base text (--base, or the draft's own
                    unres-base: FILE), every change against it is a tracked change, so that Word's Accept All
                    gives the draft and Reject All the base.
  --base BASE       the base text of the tracked changes (Word)
  --author NAME     the author of the tracked changes (Word)
  --akn OUT.xml     AKN4UN (Akoma Ntoso for the UN) XML, as the UN's conference-management department publishes it
                    (- writes it to standard output)
  --lang LANG       the language of the draft (en, fr, es, ar, ru, zh) when it cannot be told from the text
`;

/** `unres export`: one verb, one option per format (both may be given); resolves to the exit code. */
export async function runExport(argv: readonly string[], io: Output): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				docx: { type: 'string' }, akn: { type: 'string' }, base: { type: 'string' }, author: { type: 'string' },
				lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
			},
		});
	} catch (error) {
		io.err(`unres export: ${error instanceof Error ? error.message : String(error)}\n${EXPORT_USAGE}`);
		return 2;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		io.out(EXPORT_USAGE);
		return 0;
	}
	if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) {
		io.err(`unres export: --lang takes one of ${LANGS.join(', ')}\n`);
		return 2;
	}
	if (positionals.length !== 1 || (values.docx === undefined && values.akn === undefined)) {
		io.err(`unres export: ${positionals.length === 0 ? 'no draft given' : positionals.length > 1 ? 'one draft at a time' : 'no format given'}\n${EXPORT_USAGE}`);
		return 2;
	}
	const [draft] = positionals;
	const text = readText(draft, io);
	if (text === undefined) {
		return 2;
	}
	let status = 0;
	if (values.akn !== undefined) {
		status = Math.max(status, exportAknFile(text, draft, values.akn, io, values.lang ? { lang: values.lang as Lang } : {}));
	}
	if (values.docx !== undefined) {
		const options = { ...(values.base !== undefined ? { base: values.base } : {}), ...(values.author !== undefined ? { author: values.author } : {}) };
		status = Math.max(status, await exportDocxFile(text, draft, values.docx, io, options));
	}
	return status;
}
