import { parse, type CsvError } from 'csv-parse/sync';

/**
 * User CSV files read with csv-parse, the reader the catalogue build uses (RFC 4180 quoting, a byte order mark,
 * any line ending). Every record keeps the line it starts on; a malformed row is a problem with its line and
 * the rest loads. An unclosed quote would swallow the rest of the file: its row is taken out and the file
 * read again, so it costs only its own row.
 */

export interface CsvRecord {
	readonly fields: string[];
	/** 1-based line the record starts on. */
	readonly line: number;
}

export interface CsvProblem {
	readonly line: number;
	readonly message: string;
}

/** Unclosed quotes taken out before the file is given up as one problem. */
const MAX_UNCLOSED = 100;

export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
	const problems: CsvProblem[] = [];
	let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	for (let attempt = 0; attempt <= MAX_UNCLOSED; attempt++) {
		let lastEnd = 0;
		let unclosed = false;
		const rowProblems: CsvProblem[] = [];
		try {
			// With `info`, csv-parse hands `{ record, info }` to on_record, which its types do not say: options untyped.
			const options: Record<string, unknown> = {
				info: true,
				relax_column_count: true,
				relax_quotes: true,
				skip_empty_lines: true,
				skip_records_with_error: true,
				on_record: (record: unknown, context: { lines: number }) => {
					lastEnd = context.lines;
					return record;
				},
				on_skip: (err: CsvError | undefined) => {
					if (err?.code === 'CSV_QUOTE_NOT_CLOSED') {
						unclosed = true;
						return undefined;
					}
					rowProblems.push({ line: typeof err?.lines === 'number' ? err.lines : 0, message: `unreadable row skipped: ${err?.message ?? 'parse error'}` });
					return undefined;
				},
			};
			const rows = parse(src, options as never) as unknown as { record: string[]; info: { lines: number } }[];
			if (unclosed) {
				src = withoutUnclosedRow(src, lastEnd, problems);
				continue;
			}
			const records: CsvRecord[] = [];
			// info.lines is the line a record ends on, counting the \r and the \n of a CRLF inside a quoted field as
			// two lines: line breaks inside the record move its start up, CRLFs inside earlier records its count down.
			let extra = 0;
			for (const { record, info } of rows) {
				const breaks = record.reduce((n, f) => n + (f.match(/[\r\n]/g)?.length ?? 0), 0);
				const line = info.lines - breaks - extra;
				extra += record.reduce((n, f) => n + (f.match(/\r\n/g)?.length ?? 0), 0);
				// A line of blanks is no record.
				if (!(record.length === 1 && record[0].trim() === '')) {
					records.push({ fields: record, line });
				}
			}
			return { records, problems: [...problems, ...rowProblems].sort((a, b) => a.line - b.line) };
		} catch (err) {
			if ((err as CsvError).code !== 'CSV_QUOTE_NOT_CLOSED') {
				return { records: [], problems: [...problems, { line: 0, message: `not readable as CSV: ${(err as Error).message}` }] };
			}
			src = withoutUnclosedRow(src, lastEnd, problems);
		}
	}
	return { records: [], problems: [...problems, { line: 0, message: `more than ${MAX_UNCLOSED} unclosed quotes: not read` }] };
}

/**
 * The text without the line that opens an unclosed quote (its line break kept, so later lines keep their numbers):
 * the first line with text after the last record read. Its problem is added to `problems`.
 */
function withoutUnclosedRow(src: string, lastEnd: number, problems: CsvProblem[]): string {
	const starts = lineStarts(src);
	let line = lastEnd + 1;
	while (line < starts.length && src.slice(starts[line - 1], starts[line]).trim() === '') {
		line++;
	}
	problems.push({ line, message: 'unclosed quote: the row is skipped' });
	const from = starts[line - 1] ?? src.length;
	return src.slice(0, from) + src.slice(lineEndAt(src, from));
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (const m of text.matchAll(/\r\n|\r|\n/g)) {
		starts.push((m.index ?? 0) + m[0].length);
	}
	return starts;
}

/** The end of the line at `from`, without its line break (the break stays, so later lines keep their numbers). */
function lineEndAt(text: string, from: number): number {
	const m = /\r\n|\r|\n/g;
	m.lastIndex = from;
	const found = m.exec(text);
	return found ? found.index : text.length;
}
