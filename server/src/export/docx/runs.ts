import { BuilderElement, DeletedTextRun, InsertedTextRun, Tab, TextRun, type ParagraphChild } from 'docx';
import type { DiffOp } from '../../versions/compare';
import type { VersionUnit } from '../../versions/units';

/** Who made the changes and when: every `w:ins` / `w:del` carries them, and a number of its own. */
export interface Revision {
	readonly author: string;
	readonly date: string;
	nextId: number;
}

/** How a run looks: italic for the lead phrase. */
interface Piece {
	readonly op: DiffOp;
	readonly text: string;
	readonly italic: boolean;
	/** A line break before the piece (a sub-paragraph on its own line). */
	readonly breakBefore: boolean;
	/** A footnote call after the piece: the Word footnote id. */
	readonly note?: number;
}

/** A footnote reference written as an element, so that it can sit inside a tracked run. */
function footnoteReference(id: number): BuilderElement {
	return new BuilderElement({ name: 'w:footnoteReference', attributes: { id: { key: 'w:id', value: id } } });
}

/**
 * Cuts the diff of a unit into pieces at the lead phrase's end, the sub-paragraph labels and the footnote calls,
 * each in its own version's offsets (kept and added text in the draft's, removed text in the base's).
 */
function pieces(diff: readonly (readonly [DiffOp, string])[], draft: VersionUnit | undefined, base: VersionUnit | undefined, noteIds: { draft: (f: number) => number | undefined; base: (f: number) => number | undefined }): Piece[] {
	const out: Piece[] = [];
	let d = 0;
	let b = 0;
	for (const [op, text] of diff) {
		const unit = op < 0 ? base : draft;
		const start = op < 0 ? b : d;
		const cuts = new Set<number>([start, start + text.length]);
		if (unit) {
			if (unit.leadLength > start && unit.leadLength < start + text.length) {
				cuts.add(unit.leadLength);
			}
			for (const br of unit.breaks) {
				if (br > start && br < start + text.length) {
					cuts.add(br);
				}
			}
			for (const n of unit.notes) {
				if (n.at > start && n.at < start + text.length) {
					cuts.add(n.at);
				}
			}
		}
		const sorted = [...cuts].sort((x, y) => x - y);
		for (let i = 0; i + 1 < sorted.length; i++) {
			const from = sorted[i];
			const to = sorted[i + 1];
			// A call at the end of a kept or added piece is written once, in the draft's coordinates; a removed note only where the base had it.
			const call = unit?.notes.find((n) => n.at === to);
			const note = call === undefined ? undefined : op < 0 ? noteIds.base(call.footnote) : noteIds.draft(call.footnote);
			out.push({
				op,
				text: text.slice(from - start, to - start),
				italic: unit !== undefined && from < unit.leadLength,
				breakBefore: unit !== undefined && unit.breaks.includes(from),
				...(note !== undefined ? { note } : {}),
			});
		}
		if (op <= 0) {
			b += text.length;
		}
		if (op >= 0) {
			d += text.length;
		}
	}
	return out;
}

/** The runs of one paragraph: plain where kept, `w:ins` where added, `w:del` where removed (footnote calls inside them). */
export function runsOf(diff: readonly (readonly [DiffOp, string])[], draft: VersionUnit | undefined, base: VersionUnit | undefined, noteIds: { draft: (f: number) => number | undefined; base: (f: number) => number | undefined }, revision: Revision | undefined, look: { bold?: boolean; size?: number } = {}): ParagraphChild[] {
	const runs: ParagraphChild[] = [];
	for (const p of pieces(diff, draft, base, noteIds)) {
		// A tab (after an operative number) is an element of its own in Word.
		const children: (string | Tab)[] = p.text.split('\t').flatMap((t, i) => (i === 0 ? [t] : [new Tab(), t])).filter((c) => c !== '');
		const style = { italics: p.italic, ...look, ...(p.breakBefore ? { break: 1 } : {}) };
		if (p.op === 0 || !revision) {
			if (p.op < 0) {
				continue; // without a base nothing is removed
			}
			runs.push(new TextRun({ children, ...style }));
		} else if (p.op > 0) {
			runs.push(new InsertedTextRun({ children, ...style, id: revision.nextId++, author: revision.author, date: revision.date }));
		} else {
			runs.push(new DeletedTextRun({ children, ...style, id: revision.nextId++, author: revision.author, date: revision.date }));
		}
		if (p.note !== undefined) {
			const ref = footnoteReference(p.note);
			if (p.op === 0 || !revision) {
				runs.push(new TextRun({ children: [ref], superScript: true }));
			} else if (p.op > 0) {
				runs.push(new InsertedTextRun({ children: [ref], superScript: true, id: revision.nextId++, author: revision.author, date: revision.date }));
			} else {
				runs.push(new DeletedTextRun({ children: [ref], superScript: true, id: revision.nextId++, author: revision.author, date: revision.date }));
			}
		}
	}
	return runs;
}
