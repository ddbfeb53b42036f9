/**
 * A forgiving CSV reader (RFC 4180 quoting) for user files: every record keeps the line it starts on, and an
 * unclosed quote costs only its own row — reading resumes on the next line — instead of the rest of the file.
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

export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
	const records: CsvRecord[] = [];
	const problems: CsvProblem[] = [];
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let i = 0;
	let line = 1;
	while (i < src.length) {
		const start = i;
		const startLine = line;
		const fields: string[] = [];
		let field = '';
		let broken = false;
		let endOfRecord = false;
		while (!endOfRecord) {
			if (i >= src.length) {
				fields.push(field);
				break;
			}
			const c = src[i];
			if (c === '"' && field === '') {
				// Quoted field: runs to the next lone quote, across lines.
				let j = i + 1;
				let value = '';
				let closed = false;
				while (j < src.length) {
					if (src[j] === '"') {
						if (src[j + 1] === '"') {
							value += '"';
							j += 2;
							continue;
						}
						closed = true;
						j++;
						break;
					}
					if (src[j] === '\n') {
						line++;
					}
					value += src[j];
					j++;
				}
				if (!closed) {
					broken = true;
					break;
				}
				field = value;
				i = j;
				// Text between the closing quote and the delimiter is kept, as most readers do.
				while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
					field += src[i++];
				}
				continue;
			}
			if (c === ',') {
				fields.push(field);
				field = '';
				i++;
			} else if (c === '\r' || c === '\n') {
				fields.push(field);
				i += c === '\r' && src[i + 1] === '\n' ? 2 : 1;
				line++;
				endOfRecord = true;
			} else {
				field += c;
				i++;
			}
		}
		if (broken) {
			problems.push({ line: startLine, message: 'unclosed quote: the row is skipped' });
			const next = src.indexOf('\n', start);
			i = next < 0 ? src.length : next + 1;
			line = startLine + 1;
			continue;
		}
		if (!(fields.length === 1 && fields[0].trim() === '')) {
			records.push({ fields, line: startLine });
		}
	}
	return { records, problems };
}
