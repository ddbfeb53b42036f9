/**
 * Lists of citations: the items one keyword opens (`its resolutions 71/19 of … and 73/11 of …`), their order in
 * time, and the edit that sorts them. Pure.
 */
import type { CatalogLike } from '../catalog/index';
import type { Edit } from '../model/edit';
import type { Citation, Span } from '../model/document';
import { resolveCitation } from './resolve';

/** Resolutions and decisions opened by one keyword, in text order; lists of one item are left out. */
export function citationLists(citations: readonly Citation[]): Citation[][] {
	const byKeyword = new Map<number, Citation[]>();
	for (const c of citations) {
		if (c.kind === 'document' || !c.keywordSpan) {
			continue;
		}
		const list = byKeyword.get(c.keywordSpan.start);
		if (list) {
			list.push(c);
		} else {
			byKeyword.set(c.keywordSpan.start, [c]);
		}
	}
	return [...byKeyword.values()].filter((l) => l.length > 1);
}

/** When an item was adopted, as far as the catalogue or the text says; and a numbering order within one series. */
export interface TimeKey {
	readonly date?: string;
	/** Series (`GA`, `SC` …) and position in it, comparable only within the same series. */
	readonly series?: string;
	readonly rank?: number;
}

export function timeKey(c: Citation, catalog: CatalogLike | undefined): TimeKey {
	const entry = resolveCitation(c, catalog).entry;
	const date = entry?.date ?? c.date?.value;
	let series: string | undefined;
	let rank: number | undefined;
	const n = c.number ?? 0;
	if (c.body === 'SC') {
		series = 'SC';
		rank = n;
	} else if (c.body === 'ECOSOC' && c.year !== undefined) {
		series = `ECOSOC/${c.kind}`;
		rank = c.year * 10_000 + n;
	} else if ((c.body === 'GA' || c.body === 'HRC') && c.session !== undefined && c.sessionKind === 'regular') {
		// Old GA resolutions are numbered straight through the sessions; from the 31st, per session.
		const old = c.body === 'GA' && c.text.includes('(');
		series = `${c.body}/${c.kind}/${old ? 'old' : 'new'}`;
		rank = old ? n : c.session * 10_000 + n;
	}
	return { ...(date ? { date } : {}), ...(series ? { series, rank } : {}) };
}

/** Negative when `a` is earlier than `b`; undefined when the two cannot be compared. */
export function compareTime(a: TimeKey, b: TimeKey): number | undefined {
	if (a.date && b.date) {
		return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
	}
	if (a.series !== undefined && a.series === b.series && a.rank !== undefined && b.rank !== undefined) {
		return a.rank - b.rank;
	}
	return undefined;
}

/** An item cited after a later one: `item` comes after `after` in the text but is older. */
export interface OrderFault {
	readonly item: Citation;
	readonly after: Citation;
}

export function orderFaults(list: readonly Citation[], catalog: CatalogLike | undefined): OrderFault[] {
	const keys = list.map((c) => timeKey(c, catalog));
	const out: OrderFault[] = [];
	// The latest item so far; compared with it, each item is checked in one step (a long list stays linear).
	let latest: number | undefined;
	for (let i = 0; i < list.length; i++) {
		let against = latest;
		if (against !== undefined && compareTime(keys[i], keys[against]) === undefined) {
			// Not comparable with the latest: the latest of those it can be compared with.
			against = undefined;
			for (let j = 0; j < i; j++) {
				if (compareTime(keys[i], keys[j]) !== undefined && (against === undefined || (compareTime(keys[j], keys[against]) ?? 0) > 0)) {
					against = j;
				}
			}
		}
		if (against !== undefined && (compareTime(keys[i], keys[against]) ?? 0) < 0) {
			out.push({ item: list[i], after: list[against] });
		}
		if (latest === undefined || (compareTime(keys[i], keys[latest]) ?? 0) > 0) {
			latest = i;
		}
	}
	return out;
}

const LINK_TAIL = /^\]\([^)\s]*\)/;

/**
 * The text each item takes with it when the list is sorted: its token, a Markdown link's tail and its own date
 * (`71/19](#) du 21 novembre 2016`). A date that several items share (`both of …`) stays where it is.
 */
export function itemSegments(text: string, list: readonly Citation[]): Span[] {
	const dateStarts = new Map<number, number>();
	for (const c of list) {
		if (c.date) {
			dateStarts.set(c.date.span.start, (dateStarts.get(c.date.span.start) ?? 0) + 1);
		}
	}
	return list.map((c) => {
		let end = c.span.end;
		const tail = LINK_TAIL.exec(text.slice(end, end + 200));
		if (tail) {
			end += tail[0].length;
		}
		if (c.date && dateStarts.get(c.date.span.start) === 1 && c.date.span.start >= end) {
			end = c.date.span.end;
		}
		return { start: c.span.start, end };
	});
}

/**
 * The edit that puts a list in chronological order, keeping the separators (`, `, ` and `, ` et `) in place.
 * Undefined when some items cannot be dated or ranked against the others, or when the list is already in order.
 */
export function sortListEdit(text: string, list: readonly Citation[], catalog: CatalogLike | undefined): Edit | undefined {
	const keys = list.map((c) => timeKey(c, catalog));
	for (let i = 0; i < keys.length; i++) {
		for (let j = i + 1; j < keys.length; j++) {
			if (compareTime(keys[i], keys[j]) === undefined) {
				return undefined;
			}
		}
	}
	const segments = itemSegments(text, list);
	for (let i = 1; i < segments.length; i++) {
		if (segments[i].start < segments[i - 1].end) {
			return undefined;
		}
	}
	const order = list.map((_, i) => i).sort((a, b) => (compareTime(keys[a], keys[b]) ?? 0) || a - b);
	if (order.every((v, i) => v === i)) {
		return undefined;
	}
	const pieces: string[] = [];
	for (let i = 0; i < segments.length; i++) {
		const s = segments[order[i]];
		pieces.push(text.slice(s.start, s.end));
		if (i + 1 < segments.length) {
			pieces.push(text.slice(segments[i].end, segments[i + 1].start));
		}
	}
	const span = { start: segments[0].start, end: segments[segments.length - 1].end };
	return { span, newText: pieces.join('') };
}
