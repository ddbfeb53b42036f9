import { diffArrays } from 'diff';
import { align, rows, type Alignment, type Row } from './align';
import { readVersion, type Version, type VersionUnit } from './units';

export type ChangeStatus = 'unchanged' | 'changed' | 'new' | 'moved' | 'deleted';
/** `-1` removed from the base, `0` kept, `1` added by the draft (the convention of diff-match-patch). */
export type DiffOp = -1 | 0 | 1;

/** One paragraph (or footnote) of the comparison. Stable JSON: see the README, "Comparing versions". */
export interface ChangeEntry {
	readonly status: ChangeStatus;
	/** 1-based position in the draft's part (operative paragraphs and footnotes: the number printed); null when deleted. */
	readonly position: number | null;
	/** The draft's label (`OP5`), or the base's for a deleted paragraph. */
	readonly label: string;
	/** Position in the base, null when new. */
	readonly basePosition: number | null;
	readonly baseLabel: string | null;
	/** Moved and also reworded. */
	readonly changed?: boolean;
	/** Word diff base → draft; one `[0, text]` when unchanged, `[1, text]` new, `[-1, text]` deleted. */
	readonly diff: readonly (readonly [DiffOp, string])[];
}

export interface Summary {
	readonly unchanged: number;
	readonly changed: number;
	readonly new: number;
	readonly moved: number;
	readonly deleted: number;
	/** Paragraphs whose number alone changed (not counted as changes). */
	readonly renumbered: number;
}

export interface Comparison {
	readonly base: { readonly symbol: string | null };
	readonly draft: { readonly symbol: string | null };
	readonly title?: ChangeEntry;
	readonly preamble: readonly ChangeEntry[];
	readonly operative: readonly ChangeEntry[];
	readonly annex: readonly ChangeEntry[];
	readonly footnotes: readonly ChangeEntry[];
	readonly summary: Summary;
}

export type PartName = 'preamble' | 'operative' | 'annex' | 'footnotes';
export const PARTS: readonly PartName[] = ['preamble', 'operative', 'annex', 'footnotes'];

/** The two versions with their alignment per part: what the Word export and the editor need beyond the JSON. */
export interface VersionPair {
	readonly base: Version;
	readonly draft: Version;
	readonly parts: Readonly<Record<PartName, { readonly alignment: Alignment; readonly rows: readonly Row[] }>>;
}

export function pairVersions(base: Version, draft: Version): VersionPair {
	const parts = {} as Record<PartName, { alignment: Alignment; rows: Row[] }>;
	for (const name of PARTS) {
		const alignment = align(base[name].map((u) => u.text), draft[name].map((u) => u.text), { sameSlot: name === 'footnotes' });
		parts[name] = { alignment, rows: rows(alignment) };
	}
	return { base, draft, parts };
}

/** Words with the blanks after them, and punctuation marks one by one: a diff of these gives both texts back exactly. */
const TOKEN = /[\p{L}\p{N}]+\s*|[^\p{L}\p{N}\s]\s*|\s+/gu;

/**
 * Word diff of two texts as `[op, text]` pairs; joining the non-removed pieces gives `draft`, the non-added ones
 * `base`. The common head and tail are set aside first (most changes are a date or a number in a long paragraph),
 * the middle goes to the `diff` package's Myers diff over word tokens.
 */
export function wordDiff(base: string, draft: string): [DiffOp, string][] {
	if (base === draft) {
		return base ? [[0, base]] : [];
	}
	const a = base.match(TOKEN) ?? [];
	const b = draft.match(TOKEN) ?? [];
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) {
		head++;
	}
	let tail = 0;
	while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
		tail++;
	}
	const out: [DiffOp, string][] = [];
	const push = (op: DiffOp, text: string) => {
		const last = out[out.length - 1];
		if (!text) {
			return;
		}
		if (last && last[0] === op) {
			last[1] += text;
		} else {
			out.push([op, text]);
		}
	};
	push(0, a.slice(0, head).join(''));
	for (const c of diffArrays(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) {
		push(c.added ? 1 : c.removed ? -1 : 0, c.value.join(''));
	}
	push(0, a.slice(a.length - tail).join(''));
	return out;
}

function entries(base: readonly VersionUnit[], draft: readonly VersionUnit[], part: VersionPair['parts'][PartName]): ChangeEntry[] {
	const out: ChangeEntry[] = [];
	for (const row of part.rows) {
		if (row.draft !== undefined) {
			const d = draft[row.draft];
			const b = part.alignment.baseOf[row.draft];
			if (b < 0) {
				out.push({ status: 'new', position: d.position, label: d.label, basePosition: null, baseLabel: null, diff: [[1, d.text]] });
				continue;
			}
			const bu = base[b];
			const same = bu.text === d.text;
			const moved = part.alignment.moved[row.draft];
			out.push({
				status: moved ? 'moved' : same ? 'unchanged' : 'changed',
				position: d.position,
				label: d.label,
				basePosition: bu.position,
				baseLabel: bu.label,
				...(moved ? { changed: !same } : {}),
				diff: wordDiff(bu.text, d.text),
			});
		} else if (part.alignment.draftOf[row.base] < 0) {
			const bu = base[row.base];
			out.push({ status: 'deleted', position: null, label: bu.label, basePosition: bu.position, baseLabel: bu.label, diff: [[-1, bu.text]] });
		}
	}
	return out;
}

/** Compares a draft with its base text, structure by structure. Pure; never throws on any input. */
export function compareVersions(baseText: string, draftText: string): Comparison {
	return comparePair(pairVersions(readVersion(baseText), readVersion(draftText)));
}

export function comparePair(pair: VersionPair): Comparison {
	const { base, draft } = pair;
	const parts = {} as Record<PartName, ChangeEntry[]>;
	const summary = { unchanged: 0, changed: 0, new: 0, moved: 0, deleted: 0, renumbered: 0 };
	for (const name of PARTS) {
		parts[name] = entries(base[name], draft[name], pair.parts[name]);
		for (const e of parts[name]) {
			summary[e.status]++;
			if (e.status !== 'moved' && e.baseLabel !== null && e.position !== null && e.basePosition !== e.position && name === 'operative') {
				summary.renumbered++;
			}
		}
	}
	let title: ChangeEntry | undefined;
	if (base.title !== undefined || draft.title !== undefined) {
		const b = base.title ?? '';
		const d = draft.title ?? '';
		title = { status: !b ? 'new' : !d ? 'deleted' : b === d ? 'unchanged' : 'changed', position: d ? 1 : null, label: 'Title', basePosition: b ? 1 : null, baseLabel: b ? 'Title' : null, diff: wordDiff(b, d) };
	}
	return {
		base: { symbol: base.symbol ?? null },
		draft: { symbol: draft.symbol ?? null },
		...(title ? { title } : {}),
		preamble: parts.preamble,
		operative: parts.operative,
		annex: parts.annex,
		footnotes: parts.footnotes,
		summary,
	};
}
