import type { CatalogEntry } from '../../server/src/catalog/entry';
import { Conflict, DATE_RANK, DATE_SOURCE, Fact, Rec, SOURCE_NAME, Source } from './facts';
import { Builder } from './builder';
import { meetingNumber, sameText, sameVote, voteText } from './cleaning';

// ---------- resolving ----------

export interface Pick<T> {
	value?: T;
	from?: Fact;
}

/** The best value by rank; every different value from another source is reported as a conflict. */
export function pick<T>(
	b: Builder, rec: Rec, field: Conflict['field'], facts: readonly Fact[],
	get: (f: Fact) => T | undefined, rank: (f: Fact) => number, same: (a: T, b: T) => boolean, show: (v: T) => string,
	why: (winner: Fact, loser: Fact) => string,
): Pick<T> {
	const candidates = facts.filter((f) => get(f) !== undefined).sort((x, y) => rank(x) - rank(y));
	const winner = candidates[0];
	if (!winner) {
		return {};
	}
	const value = get(winner) as T;
	const reported = new Set<string>();
	for (const f of candidates.slice(1)) {
		const v = get(f) as T;
		const tag = `${f.source}:${show(v)}`;
		if (!same(value, v) && !reported.has(tag)) {
			reported.add(tag);
			b.conflict({ key: rec.key, field, chosen: show(value), chosenFrom: SOURCE_NAME[winner.source], rejected: show(v), rejectedFrom: SOURCE_NAME[f.source], why: why(winner, f) });
		}
	}
	return { value, from: winner };
}

export function precedence(w: Fact, l: Fact): string {
	return `precedence: ${SOURCE_NAME[w.source]} before ${SOURCE_NAME[l.source]}`;
}

/** Ranks per field and body; dates follow spec §6, the rest trust the source closest to the adopted record. */
export function resolve(b: Builder, rec: Rec): CatalogEntry {
	const body = rec.sym.body;
	const facts = rec.facts;
	const e: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = {
		key: rec.key, symbol: rec.key, body, kind: rec.sym.kind, session: rec.sym.session, sessionKind: rec.sym.sessionKind, year: rec.sym.year, number: rec.sym.number,
	};

	const date = pick(b, rec, 'date', facts, (f) => (f.badDate ? undefined : f.date), (f) => DATE_RANK[f.source], (x, y) => x === y, (v) => v, precedence);
	for (const f of facts) {
		if (f.badDate && f.date && f.date !== date.value) {
			b.conflict({ key: rec.key, field: 'date', chosen: date.value ?? '(none)', chosenFrom: date.from ? SOURCE_NAME[date.from.source] : '-', rejected: f.date, rejectedFrom: SOURCE_NAME[f.source], why: `known error (${f.badDate})` });
		}
	}
	if (date.value && date.from) {
		e.date = date.value;
		e.dateSource = DATE_SOURCE[date.from.source];
	}

	const title = pick(b, rec, 'title', facts, (f) => f.title, (f) => f.titleRank ?? 9, sameText, (v) => v, (w, l) =>
		w.titleRank === 0 ? 'own full text before the library catalogue'
			: l.titleRank === 3 ? 'signals card title had a session heading glued on'
				: w.source === 'text' ? 'own text (signals card) before the library catalogue' : precedence(w, l));
	if (title.value) {
		e.title = title.value.replace(/\s+/g, ' ');
	}
	// French and Spanish titles: kept only where they differ from the English one.
	for (const k of ['titleFr', 'titleEs'] as const) {
		const t = pick(b, rec, 'title', facts, (f) => f[k], (f) => f.titleRank ?? 9, sameText, (v) => v, precedence);
		if (t.value && t.value !== e.title) {
			e[k] = t.value.replace(/\s+/g, ' ');
		}
	}

	const voteRank: Partial<Record<Source, number>> = body === 'SC' ? { meetings: 0, undl: 1 } : { undl: 0, ohchr: 0 };
	const vote = pick(b, rec, 'vote', facts, (f) => f.vote, (f) => voteRank[f.source] ?? 9, sameVote, voteText, (w, l) =>
		body === 'SC' && w.source === 'meetings' ? 'the UN meetings tables give the official tally (UNDL counts non-participation as abstention)' : precedence(w, l));
	if (vote.value) {
		let v = vote.value;
		// The meetings tables give no non-voting count, and "unanimous" no tally: take them from UNDL when it agrees.
		const undl = facts.find((f) => f.source === 'undl' && f.vote?.yes !== undefined)?.vote;
		if (undl && v.kind === 'recorded' && v.yes !== undefined && sameVote(v, undl) && v.nonVoting === undefined) {
			v = { ...v, nonVoting: undl.nonVoting };
		} else if (undl && v.kind === 'unanimous' && undl.no === 0 && undl.abstain === 0) {
			v = { kind: 'unanimous', yes: undl.yes, no: 0, abstain: 0 };
		}
		e.vote = v;
	}

	const meetingRank: Partial<Record<Source, number>> = body === 'SC' ? { meetings: 0, undl: 1, text: 2 } : { text: 0, undl: 1, ohchr: 1 };
	const meeting = pick(b, rec, 'meeting', facts, (f) => f.meeting, (f) => meetingRank[f.source] ?? 9,
		(x, y) => (meetingNumber(x) ?? x) === (meetingNumber(y) ?? y), (v) => v, (w, l) =>
			body === 'SC' && l.source === 'text' ? 'SC gold texts are OCR, kept as a cross-check only (SOURCE.md)' : precedence(w, l));
	if (meeting.value) {
		// Same meeting from the record: keep its fuller form (`A/75/PV.48 (Resumption 1)`).
		const fuller = facts.find((f) => f.source === 'undl' && f.meeting && meetingNumber(f.meeting) === meetingNumber(meeting.value) && f.meeting.length > (meeting.value?.length ?? 0));
		e.meeting = fuller?.meeting ?? meeting.value;
	}

	const first = <K extends keyof Fact>(k: K, order: Source[]): Fact[K] | undefined => {
		for (const s of order) {
			const f = facts.find((x) => x.source === s && x[k] !== undefined);
			if (f) {
				return f[k];
			}
		}
		return undefined;
	};
	e.draft = first('draft', ['text', 'ohchr', 'dgacm']);
	e.committeeReport = first('report', ['text', 'undl', 'dgacm']);
	e.agendaItem = agenda(first('agendaItem', ['text']), first('agendaItem', ['meetings', 'undl', 'ohchr', 'dgacm']));
	e.undlId = first('undlId', ['undl']);
	e.undlVoteId = first('undlVoteId', ['undl']);
	e.ohchrId = first('ohchrId', ['ohchr']);
	if (rec.part) {
		e.part = rec.part;
		e.symbol = rec.key;
	}
	for (const k of Object.keys(e) as (keyof CatalogEntry)[]) {
		if (e[k] === undefined) {
			delete e[k];
		}
	}
	return e;
}

/** The item number from the text (`25 (b)`) with the title from a record when they name the same item. */
export function agenda(fromText: string | undefined, fromRecord: string | undefined): string | undefined {
	if (!fromText) {
		return fromRecord;
	}
	const item = fromText.replace(/\s*\(?([a-z]{1,3})\)\s*$/, ' ($1)').replace(/(\d)\(/, '$1 (');
	const match = fromRecord?.split('; ').find((r) => r.split(':')[0].replace(/\s/g, '') === item.replace(/\s/g, ''));
	return match ?? item;
}

/** A resolution known only through its parts takes their common facts; its date is the earliest part's. */
export function mergeParts(base: CatalogEntry, parts: CatalogEntry[]): CatalogEntry {
	const e: { -readonly [K in keyof CatalogEntry]: CatalogEntry[K] } = { ...base };
	const dated = parts.filter((p) => p.date).sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
	if (!e.date && dated[0]) {
		e.date = dated[0].date;
		e.dateSource = dated[0].dateSource;
	}
	const common = <K extends keyof CatalogEntry>(k: K): CatalogEntry[K] | undefined => {
		const values = parts.map((p) => p[k]).filter((v) => v !== undefined);
		const first = values[0];
		return first !== undefined && values.length === parts.length && values.every((v) => JSON.stringify(v) === JSON.stringify(first)) ? first : undefined;
	};
	if (!e.title) {
		// The title most parts share (parts A…K of one resolution usually repeat it).
		const counts = new Map<string, number>();
		parts.forEach((p) => p.title && counts.set(p.title, (counts.get(p.title) ?? 0) + 1));
		const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
		if (best) {
			e.title = best[0];
		}
	}
	for (const k of ['titleFr', 'titleEs'] as const) {
		const values = parts.map((p) => p[k]).filter((v): v is string => v !== undefined);
		if (!e[k] && values.length > 0 && values[0] !== e.title) {
			e[k] = values[0];
		}
	}
	e.vote ??= common('vote');
	e.meeting ??= common('meeting');
	e.agendaItem ??= common('agendaItem');
	e.committeeReport ??= common('committeeReport');
	for (const k of Object.keys(e) as (keyof CatalogEntry)[]) {
		if (e[k] === undefined) {
			delete e[k];
		}
	}
	return e;
}
