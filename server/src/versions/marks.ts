import type { Span } from '../model/document';
import { PARTS, type ChangeEntry, type VersionPair, comparePair, type Comparison } from './compare';
import type { Version } from './units';

/** A change mark on a paragraph of the draft: what the editor shows above it, and the word diff for the hover. */
export interface ChangeMark {
	readonly span: Span;
	readonly status: ChangeEntry['status'];
	/** `new`, `changed since A/RES/79/123 OP4`, `moved from A/RES/79/123 OP6`. */
	readonly title: string;
	/** The word diff in Markdown (`~~removed~~ **added**`), empty when unchanged. */
	readonly diff: string;
}

/** The latest resolution of its own organ a draft recalls: the likely base (`A/RES/79/77`). */
export function predecessorKey(draft: Version): string | undefined {
	let best: { session: number; number: number } | undefined;
	const own = /^A\/RES\/(\d+)\/(\d+)/.exec(draft.symbol ?? '');
	for (const c of draft.doc.citations) {
		if (c.kind !== 'resolution' || c.body !== 'GA' || c.session === undefined || c.number === undefined || c.sessionKind !== 'regular') {
			continue;
		}
		if (own && c.session === Number(own[1]) && c.number === Number(own[2])) {
			continue; // itself
		}
		if (!best || c.session > best.session || (c.session === best.session && c.number > best.number)) {
			best = { session: c.session, number: c.number };
		}
	}
	return best ? `A/RES/${best.session}/${best.number}` : undefined;
}

function markdownDiff(e: ChangeEntry): string {
	return e.diff.map(([op, t]) => (op === 0 ? t : op < 0 ? `~~${t.trim()}~~ ` : `**${t.trim()}** `)).join('');
}

/** The marks of every paragraph of the draft that is not unchanged. */
export function changeMarks(pair: VersionPair, comparison: Comparison = comparePair(pair)): ChangeMark[] {
	const base = pair.base.symbol ?? 'base';
	const marks: ChangeMark[] = [];
	for (const part of PARTS) {
		let k = 0;
		for (const e of comparison[part]) {
			if (e.status === 'deleted') {
				continue;
			}
			const unit = pair.draft[part][k++];
			if (e.status === 'unchanged' || !unit) {
				continue;
			}
			const title = e.status === 'new' ? 'new' : e.status === 'moved' ? `moved from ${base} ${e.baseLabel}${e.changed ? ', changed' : ''}` : `changed since ${base} ${e.baseLabel}`;
			marks.push({ span: unit.span, status: e.status, title, diff: e.status === 'new' ? '' : markdownDiff(e) });
		}
	}
	return marks;
}

/**
 * The two versions side by side, one paragraph per block in the same order: the base reordered to the draft's
 * order (moved paragraphs face their new place, deleted ones stand where they were, new ones face a blank).
 */
export function alignedTexts(pair: VersionPair): { base: string; draft: string } {
	const left: string[] = [];
	const right: string[] = [];
	const push = (b: string, d: string) => {
		left.push(b);
		right.push(d);
	};
	push(pair.base.title ?? '', pair.draft.title ?? '');
	for (const part of PARTS) {
		const { alignment } = pair.parts[part];
		const draftUnits = pair.draft[part];
		const baseUnits = pair.base[part];
		let b = 0;
		for (let d = 0; d < draftUnits.length; d++) {
			const pairBase = alignment.baseOf[d];
			if (pairBase >= 0 && !alignment.moved[d]) {
				for (; b < pairBase; b++) {
					if (alignment.draftOf[b] < 0) {
						push(`${baseUnits[b].label} ${baseUnits[b].text}`, '');
					}
				}
				b = pairBase + 1;
			}
			const u = draftUnits[d];
			// A pair carries the draft's label on both sides, so that renumbering alone shows no change.
			push(pairBase >= 0 ? `${u.label} ${baseUnits[pairBase].text}` : '', `${u.label} ${u.text}`);
		}
		for (; b < baseUnits.length; b++) {
			if (alignment.draftOf[b] < 0) {
				push(`${baseUnits[b].label} ${baseUnits[b].text}`, '');
			}
		}
	}
	return { base: `${left.join('\n\n')}\n`, draft: `${right.join('\n\n')}\n` };
}
