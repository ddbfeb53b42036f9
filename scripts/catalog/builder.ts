import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type ParsedSymbol, parseSymbol, partKey, type SymbolHint } from '../../server/src/catalog/symbols';
import { BuildProblem, Conflict, Fact, Rec, Row } from './facts';

export class Builder {
	readonly records = new Map<string, Rec>();
	readonly parts = new Map<string, Set<string>>();
	readonly problems: BuildProblem[] = [];
	readonly conflicts: Conflict[] = [];
	readonly skipped: Record<string, number> = {};

	constructor(readonly rawDir: string) {}

	/** Rows of a CSV with the line each starts on; malformed rows become problems and are left out. */
	read(rel: string): { row: Row; line: number }[] {
		const file = path.join(this.rawDir, rel);
		if (!fs.existsSync(file)) {
			this.problems.push({ file: rel, message: 'file not found; its facts are missing from the catalogue' });
			return [];
		}
		const out: { row: Row; line: number }[] = [];
		let records: { record: string[]; info: { lines: number } }[];
		try {
			records = parse(fs.readFileSync(file, 'utf8'), {
				bom: true,
				info: true,
				relax_column_count: true,
				skip_empty_lines: true,
				skip_records_with_error: true,
				on_skip: (err) => {
					const line = typeof err?.lines === 'number' ? err.lines : undefined;
					this.problems.push({ file: rel, line, message: `unreadable row skipped: ${err?.message ?? 'parse error'}` });
					return undefined;
				},
			}) as unknown as { record: string[]; info: { lines: number } }[];
		} catch (err) {
			this.problems.push({ file: rel, message: `not readable as CSV: ${(err as Error).message}` });
			return [];
		}
		const header = records.shift()?.record ?? [];
		for (const { record, info } of records) {
			// info.lines is the line a record ends on; line breaks inside quoted fields move its start up.
			const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
			if (record.length !== header.length) {
				this.problems.push({ file: rel, line, message: `expected ${header.length} fields, found ${record.length}; row skipped` });
				continue;
			}
			const row: Row = {};
			header.forEach((h, i) => (row[h] = record[i].trim()));
			out.push({ row, line });
		}
		return out;
	}

	/** Attach a fact to the record a symbol names (a part's own record when it names one part). */
	add(symbol: string, hint: SymbolHint, fact: Fact, file: string, line: number): Rec | undefined {
		const sym = parseSymbol(symbol, hint);
		if (!sym) {
			this.skipped[file] = (this.skipped[file] ?? 0) + 1;
			this.problems.push({ file, line, message: `"${symbol}" is not a symbol the catalogue can key; row skipped` });
			return undefined;
		}
		if (fact.date && !/^\d{4}-\d{2}-\d{2}$/.test(fact.date)) {
			this.problems.push({ file, line, message: `bad date "${fact.date}" for ${symbol}; date ignored` });
			delete fact.date;
		}
		const base = this.record(sym.key, sym);
		const parts = sym.parts ?? [];
		if (parts.length > 0) {
			let set = this.parts.get(sym.key);
			if (!set) {
				set = new Set();
				this.parts.set(sym.key, set);
			}
			parts.forEach((p) => set.add(p));
		}
		const target = parts.length === 1 ? this.record(partKey(sym.key, parts[0]), sym, parts[0]) : base;
		target.facts.push(fact);
		return target;
	}

	record(key: string, sym: ParsedSymbol, part?: string): Rec {
		let rec = this.records.get(key);
		if (!rec) {
			rec = { key, sym, part, facts: [] };
			this.records.set(key, rec);
		}
		return rec;
	}

	conflict(c: Conflict): void {
		this.conflicts.push(c);
	}
}
