import type { Body } from '../../server/src/model/document';
import { Fact, KNOWN_BAD_CITED_DATES, KNOWN_BAD_TEXT_DATES, KNOWN_BAD_UNDL_DATES, KNOWN_BAD_UNDL_GA_DATES, SESSION_HEADING } from './facts';
import { Builder } from './builder';
import { cleanMeeting, cleanTitle, int, meetingsVote, scSubject, undlAgenda } from './cleaning';

// ---------- readers, one per source ----------

export function readUndl(b: Builder): void {
	const file = 'undl-voting-records-lefthand67/undl_voting_records.csv';
	for (const { row, line } of b.read(file)) {
		const body = row.body === 'SC' ? 'SC' : 'GA';
		const fact: Fact = { source: 'undl', where: `${file}:${line}`, date: row.date || undefined };
		const sc = body === 'SC';
		fact.title = sc ? scSubject(row.title) : cleanTitle(row.title);
		fact.titleRank = 2;
		fact.undlVoteId = int(row.undl_record_id);
		fact.meeting = cleanMeeting(row.meeting_record);
		fact.report = row.committee_report || undefined;
		if (!sc) {
			fact.agendaItem = undlAgenda(row.agenda);
		}
		if (row.vote_type === 'recorded' && row.yes !== '') {
			fact.vote = { kind: 'recorded', yes: int(row.yes) ?? 0, no: int(row.no) ?? 0, abstain: int(row.abstain) ?? 0, nonVoting: int(row.non_voting) ?? 0 };
		} else if (row.vote_type.startsWith('non-recorded')) {
			fact.vote = { kind: 'nonRecorded' };
		}
		const year = /\((\d{4})\)/.exec(row.symbol);
		if (year) {
			fact.symbolYear = Number(year[1]);
		}
		const rec = b.add(row.symbol, { body }, fact, file, line);
		if (rec && sc && KNOWN_BAD_UNDL_DATES.has(rec.key)) {
			fact.badDate = 'UNDL SC date listed as an error in mined-from-texts/SOURCE.md';
		} else if (rec && !sc && KNOWN_BAD_UNDL_GA_DATES[rec.key]) {
			fact.badDate = `UNDL GA date the official texts contradict: ${KNOWN_BAD_UNDL_GA_DATES[rec.key]}`;
		}
	}
}

export function readMeetingsTables(b: Builder): void {
	const file = 'unsc-meetings-tables-intreleng/unsc_resolutions_from_meetings_tables.csv';
	for (const { row, line } of b.read(file)) {
		const fact: Fact = { source: 'meetings', where: `${file}:${line}`, date: row.date || undefined };
		// The date is the table's day and month plus the year of the symbol; a few symbols carry a wrong year
		// (207 (1964) in the 1965 table; 770, 771 (1991) in the 1992 one). The yearly table a row sits in is its year.
		const tableYear = /scact(\d{4})/.exec(row.source_file)?.[1];
		if (fact.date && tableYear && !fact.date.startsWith(tableYear)) {
			const fixed = tableYear + fact.date.slice(4);
			b.conflict({
				key: `S/RES/${row.resolution_number}`, field: 'date', chosen: fixed, chosenFrom: 'UN meetings tables (year of its yearly table)',
				rejected: fact.date, rejectedFrom: 'UN meetings tables (year of the printed symbol)', why: `row sits in ${row.source_file}; the symbol's year is a typo`,
			});
			fact.date = fixed;
		}
		fact.symbolYear = int(row.year);
		fact.meeting = cleanMeeting(row.meeting);
		fact.agendaItem = row.topic || undefined;
		fact.vote = meetingsVote(row.vote);
		b.add(`S/RES/${row.resolution_number}`, { body: 'SC' }, fact, file, line);
	}
}

export function readRecordLinks(b: Builder): void {
	const file = 'cr-unsc-record-links/UNSC_Record-Table_2722.csv';
	for (const { row, line } of b.read(file)) {
		const id = /record\/(\d+)/.exec(row.url_record)?.[1];
		if (id) {
			b.add(`S/RES/${row.res_no}`, { body: 'SC' }, { source: 'undl', where: `${file}:${line}`, undlId: Number(id) }, file, line);
		}
	}
}

export function readSelfDescribed(b: Builder): void {
	const file = 'mined-from-texts/self_described.csv';
	for (const { row, line } of b.read(file)) {
		const fact: Fact = { source: 'text', where: `${file}:${line}`, date: row.date || undefined };
		const decision = row.body === 'GA-decision';
		const body: Body = row.body === 'SC' ? 'SC' : 'GA';
		const english = row.language.split('|')[0].trim() === 'en';
		if (row.title && english) {
			const card = row.source_kinds.startsWith('ga-res-signals-html');
			const heading = SESSION_HEADING.exec(row.title);
			const title = heading ? row.title.slice(heading[0].length).trim() : row.title;
			if (title) {
				fact.title = title;
				fact.titleRank = !card ? 0 : heading ? 3 : 1;
			}
		}
		const draft = row.draft_symbol.replace(/\s+et\s+/g, ' and ');
		if (/\/L\.\d/.test(draft)) {
			fact.draft = draft;
		}
		fact.report = row.committee_report || (!fact.draft && draft ? draft.replace(/,\s*para.*$/, '') : undefined);
		fact.agendaItem = row.agenda_item || undefined;
		const plenary = /^\d+$/.test(row.plenary_meeting) ? Number(row.plenary_meeting) : undefined;
		// `78/528 A | 78/528 B, C and D`: one decision adopted in several goes.
		const number = row.decision_number.replace(/\s*\|\s*\d+\/\d+\s*/g, ', ');
		const rec = b.add(
			decision ? number || row.symbol : row.symbol,
			{ body, kind: decision ? 'decision' : undefined },
			fact, file, line,
		);
		if (!rec) {
			continue;
		}
		if (plenary !== undefined && body === 'GA') {
			fact.meeting = rec.sym.session !== undefined && rec.sym.session >= 31 ? `A/${rec.sym.session}/PV.${plenary}` : `A/PV.${plenary}`;
		} else if (plenary !== undefined) {
			fact.meeting = `S/PV.${plenary}`;
		}
		const bad = KNOWN_BAD_TEXT_DATES[rec.key];
		if (bad) {
			fact.badDate = bad;
		}
	}
}

export function readCitedDates(b: Builder): void {
	const file = 'mined-from-texts/cited_dates.csv';
	const bodies: Record<string, [Body, 'resolution' | 'decision']> = {
		GA: ['GA', 'resolution'], 'GA-decision': ['GA', 'decision'], SC: ['SC', 'resolution'],
		ECOSOC: ['ECOSOC', 'resolution'], 'ECOSOC-decision': ['ECOSOC', 'decision'], HRC: ['HRC', 'resolution'], 'HRC-decision': ['HRC', 'decision'],
	};
	for (const { row, line } of b.read(file)) {
		const body = bodies[row.body];
		if (!body) {
			b.skipped[file] = (b.skipped[file] ?? 0) + 1;
			continue;
		}
		const fact: Fact = { source: 'citations', where: `${file}:${line}`, date: row.date || undefined };
		const rec = b.add(row.symbol, { body: body[0], kind: body[1] }, fact, file, line);
		if (rec && KNOWN_BAD_CITED_DATES.has(rec.key)) {
			fact.badDate = 'citation typo listed in mined-from-texts/SOURCE.md';
		}
	}
}

export function readOhchr(b: Builder): void {
	const file = 'ohchr-voting-lszoszk/resolutions.csv';
	for (const { row, line } of b.read(file)) {
		// Only Human Rights Council texts that were adopted; CHR, drafts, amendments and withdrawn texts are not ours.
		if (row.body !== 'Human Rights Council' || !/^A\/HRC\/(RES|DEC)\/?(S-)?\d+\/\d/.test(row.symbol) || !/RECORDED|WITHOUT VOTE/.test(row.vote_type)) {
			b.skipped[file] = (b.skipped[file] ?? 0) + 1;
			continue;
		}
		const fact: Fact = { source: 'ohchr', where: `${file}:${line}`, date: row.date || undefined };
		fact.title = row.title.replace(/\s*:\s*(resolution|decision)\s*\/?\s*$/i, '').replace(/\s+/g, ' ').trim() || undefined;
		fact.titleRank = 2;
		fact.vote = row.vote_type.includes('WITHOUT')
			? { kind: 'withoutVote' }
			: { kind: 'recorded', yes: int(row.yes) ?? 0, no: int(row.no) ?? 0, abstain: int(row.abstain) ?? 0, nonVoting: int(row.nonvoting) ?? 0 };
		fact.meeting = /at the (.+)$/i.exec(row.meeting)?.[1];
		const draft = /^Draft (?:resolution|decision)\s+(\S+(?:\s+as (?:orally )?(?:amended|revised))?)/i.exec(row.draft.trim());
		fact.draft = draft?.[1];
		const item = row.agenda_item_no.replace(/\.$/, '');
		const itemTitle = row.agenda_item_title.replace(/\s*-\s*$/, '').trim();
		fact.agendaItem = item ? (itemTitle ? `${item}: ${itemTitle}` : item) : undefined;
		fact.ohchrId = int(row.record_id);
		b.add(row.symbol, { body: 'HRC' }, fact, file, line);
	}
}
