import type { ParagraphLabel, Span } from '../model/negotiation';
import { labelKey, rankOf } from './labels';

/** `paragraph 5 bis above`, `paragraphes 3 et 4 ter ci-dessus`, `párrafo 2 bis supra`: references that may name a label. */
const KEYWORD = /(?<![\p{L}-])(?:paragraphs?|paras?\.|paragraphes?|par\.|párrafos?|párrs?\.)[ \t\u00a0\r\n]+(?=\d)/giu;
const ITEM = /^(\d{1,3})(?:[ \t\u00a0]?(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies)(?![\p{L}]))?((?:[ \t\u00a0]?\((?:[a-z]{1,3}|[ivxlc]{1,6})\))*)/iu;
const CONNECTOR = /^(?:[ \t\u00a0]*,[ \t\u00a0]*(?:and|or|et|ou|y|e|o|u)?[ \t\u00a0]*|[ \t\u00a0]+(?:and|or|to|through|et|ou|à|y|e|o|u|a)[ \t\u00a0]+|[ \t\u00a0]*[-–][ \t\u00a0]*)(?=\d)/iu;
const QUALIFIER = /^[ \t\u00a0\r\n]+(?:above|below|of (?:the present|this) (?:resolution|decision)|ci-dessus|ci-dessous|plus haut|plus bas|de (?:la présente|cette) (?:résolution|décision)|supra|infra|anterior|siguiente|de (?:la presente|esta) (?:resolución|decisión))(?![\p{L}])/iu;

export interface LabelReference {
	/** The number and its suffix as written: `5 bis`. */
	readonly span: Span;
	readonly number: number;
	readonly rank: number;
	/** `of the present resolution`: the resolution's own numbering, wherever the reference stands (an annex). */
	readonly body: boolean;
}

/** Every paragraph number in a qualified internal reference, with its `bis`/`ter` when written. */
export function findLabelReferences(text: string): LabelReference[] {
	const out: LabelReference[] = [];
	for (const m of text.matchAll(KEYWORD)) {
		let at = (m.index ?? 0) + m[0].length;
		const items: LabelReference[] = [];
		for (;;) {
			const item = ITEM.exec(text.slice(at, at + 40));
			if (!item) {
				break;
			}
			const end = at + item[1].length + (item[2] ? item[0].indexOf(item[2], item[1].length) - item[1].length + item[2].length : 0);
			items.push({ span: { start: at, end }, number: Number(item[1]), rank: rankOf(item[2]), body: false });
			at += item[0].length;
			const c = CONNECTOR.exec(text.slice(at, at + 20));
			if (!c) {
				break;
			}
			at += c[0].length;
		}
		const q = QUALIFIER.exec(text.slice(at, at + 60));
		if (items.length > 0 && q) {
			const body = /resoluci|résolution|resolution|decisi|décision|decision/i.test(q[0]);
			out.push(...items.map((i) => ({ ...i, body })));
		}
	}
	return out;
}

/**
 * Where each reference points once the text is clean: `paragraph 5 bis above` → the position of `OP5bis`.
 * A reference reads the numbering it stands in (an annex starts again at 1), except `of the present resolution`.
 */
export function referenceEdits(
	text: string, labels: readonly ParagraphLabel[], plainNumbers: readonly { readonly offset: number; readonly number: number; readonly position: number }[],
): { span: Span; newText: string }[] {
	const runs: { start: number; positions: Map<string, number> }[] = [];
	const numbered = [
		...labels.filter((l) => l.position !== undefined).map((l) => ({ offset: l.span.start, key: labelKey(l), number: l.number, rank: l.rank, position: l.position! })),
		...plainNumbers.map((p) => ({ offset: p.offset, key: String(p.number), number: p.number, rank: 0, position: p.position })),
	].sort((x, y) => x.offset - y.offset);
	for (const x of numbered) {
		if (runs.length === 0 || (x.number === 1 && x.rank === 0)) {
			runs.push({ start: x.offset, positions: new Map() });
		}
		const run = runs[runs.length - 1];
		if (!run.positions.has(x.key)) {
			run.positions.set(x.key, x.position);
		}
	}
	const out: { span: Span; newText: string }[] = [];
	if (runs.length === 0) {
		return out;
	}
	for (const r of findLabelReferences(text)) {
		const run = r.body ? runs[0] : [...runs].reverse().find((x) => x.start <= r.span.start) ?? runs[0];
		const target = run.positions.get(labelKey({ number: r.number, rank: r.rank }));
		if (target !== undefined && (r.rank > 0 || target !== r.number) && text.slice(r.span.start, r.span.end) !== String(target)) {
			out.push({ span: r.span, newText: String(target) });
		}
	}
	return out;
}
