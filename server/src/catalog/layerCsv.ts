import { parseCsv } from './csv';
import type { CatalogEntry, Vote } from './entry';
import { baseEntry, type CatalogLayer, type CatalogProblem, fileProblem, type Mutable, readDate, set, voteFromWords } from './layerEntry';
import { parseSymbol } from './symbols';

// The UN Digital Library CSV of GA resolutions (record 4060945).

export function loadCsv(file: string, text: string): CatalogLayer {
	const { records, problems: csvProblems } = parseCsv(text);
	const problems: CatalogProblem[] = csvProblems.map((p) => ({ file, ...p }));
	const header = records.shift();
	const columns = header?.fields.map((h) => h.trim().toLowerCase()) ?? [];
	const col = (name: string): number => columns.indexOf(name);
	if (col('resolution') < 0) {
		return fileProblem(file, 'not the UN Digital Library CSV: the header has no "resolution" column', header?.line ?? 1);
	}
	const entries: CatalogEntry[] = [];
	for (const { fields, line } of records) {
		const problem = (message: string): void => {
			problems.push({ file, line, message });
		};
		if (fields.length !== columns.length) {
			problem(`expected ${columns.length} fields, found ${fields.length}; row skipped`);
			continue;
		}
		const get = (name: string): string => (col(name) >= 0 ? fields[col(name)].trim() : '');
		const sym = parseSymbol(get('resolution'), { body: 'GA' });
		if (!sym) {
			problem(`"${get('resolution')}" is not a GA resolution symbol; row skipped`);
			continue;
		}
		const e = baseEntry(sym);
		if (get('date')) {
			const date = readDate(get('date'));
			if (date) {
				e.date = date;
				e.dateSource = 'user';
			} else {
				problem(`unreadable date "${get('date')}"; date ignored`);
			}
		}
		set(e, 'title', get('title'));
		set(e, 'draft', get('draft'));
		set(e, 'committeeReport', get('committee_report'));
		set(e, 'meeting', get('meeting'));
		set(e, 'agendaItem', get('agenda_title'));
		const vote = csvVote(get('modality'), get('total_yes'), get('total_no'), get('total_abstentions'), get('total_non_voting'));
		if (vote) {
			e.vote = vote;
		}
		const id = /^\d+$/.test(get('undl_id')) ? Number(get('undl_id')) : Number(/record\/(\d+)/.exec(get('undl_link'))?.[1] ?? NaN);
		if (id > 0) {
			e.undlId = id;
		}
		entries.push(e);
	}
	problems.sort((a, b) => a.line - b.line);
	return { file, entries, completeSessions: [], problems };
}

function csvVote(modality: string, yes: string, no: string, abstain: string, nonVoting: string): Vote | undefined {
	const words = voteFromWords(modality);
	if (words && words.kind !== 'recorded') {
		return words;
	}
	if (/^\d+$/.test(yes)) {
		const n = (s: string): number => (/^\d+$/.test(s) ? Number(s) : 0);
		const vote: Mutable<Vote> = { kind: 'recorded', yes: Number(yes), no: n(no), abstain: n(abstain) };
		if (/^\d+$/.test(nonVoting)) {
			vote.nonVoting = Number(nonVoting);
		}
		return vote;
	}
	return words;
}

