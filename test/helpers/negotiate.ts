import { findParagraphReferences } from '../../server/src/fixes/paragraphReferences';
import { DocumentFacts } from '../../server/src/model/analysis';
import { operativeParagraphs } from '../../server/src/model/document';
import { suffixOf } from '../../server/src/negotiation/labels';
import { parse } from '../../server/src/parser/parse';

/** How a clean draft is turned into a negotiation text whose brackets are all settled. */
export interface Negotiation {
	/** Operative paragraphs (indices into the body's numbered paragraphs, from 1) written as `bis` of the one before. */
	readonly inserted: ReadonlySet<number>;
	/** How each label is written: `OP5bis`, `5 bis.`, `5.bis`. */
	readonly style: 'op' | 'spaced' | 'dotted';
	/** Preambular paragraphs labelled `PP1`, `PP2` … */
	readonly preambleLabels: boolean;
	/** Paragraphs (indices into all body paragraphs) that end with ` [Agreed ad ref]`. */
	readonly agreed: ReadonlySet<number>;
}

interface Edit { start: number; end: number; text: string }

function apply(text: string, edits: Edit[]): string {
	let out = '';
	let at = 0;
	for (const e of [...edits].sort((a, b) => a.start - b.start)) {
		out += text.slice(at, e.start) + e.text;
		at = e.end;
	}
	return out + text.slice(at);
}

/**
 * Writes a clean draft the way it looked during the negotiation: the given operative paragraphs as `bis`
 * (`ter` …) insertions, the others with their negotiation number, references to them rewritten, labels on
 * the preamble and `[Agreed ad ref]` marks. `unres clean` must give the draft back.
 */
export function negotiate(text: string, n: Negotiation): string {
	const doc = parse(text, { plain: true });
	const edits: Edit[] = [];
	if (n.preambleLabels) {
		// Only paragraphs that open their line (not a `* Any changes …` note under the masthead).
		doc.preamble.filter((p) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, p.span.start - 20), p.span.start)))
			.forEach((p, i) => edits.push({ start: p.span.start, end: p.span.start, text: `PP${i + 1} ` }));
	}
	const ops = doc.operativeParts.length === 1 ? doc.operativeParts[0].paragraphs.filter((p) => p.number) : [];
	const keyOf = new Map<number, string>();
	let base = 0;
	let rank = 0;
	ops.forEach((p, i) => {
		const inserted = i > 0 && n.inserted.has(i + 1);
		if (inserted) {
			rank = rank === 0 ? 2 : rank + 1;
		} else {
			base++;
			rank = 0;
		}
		const suffix = rank > 0 ? suffixOf(rank) : '';
		keyOf.set(p.number!.value, rank > 0 ? `${base} ${suffix}` : String(base));
		const digits = p.number!.span;
		const end = text[digits.end] === '.' ? digits.end + 1 : digits.end;
		const label = n.style === 'op' ? `OP${base}${suffix}` : rank === 0 ? `${base}.` : n.style === 'spaced' ? `${base} ${suffix}.` : `${base}.${suffix}`;
		edits.push({ start: digits.start, end, text: label });
	});
	if (ops.length > 0) {
		for (const ref of findParagraphReferences(new DocumentFacts(doc, text))) {
			if (ref.scope.kind !== 'body') {
				continue;
			}
			for (const item of ref.items) {
				const key = keyOf.get(item.number);
				if (item.numberSpan && key !== undefined && key !== String(item.number)) {
					edits.push({ start: item.numberSpan.start, end: item.numberSpan.end, text: key });
				}
			}
		}
	}
	const all = [...doc.preamble, ...operativeParagraphs(doc)];
	all.forEach((p, i) => {
		if (n.agreed.has(i)) {
			// At the end of the paragraph's last line, after any footnote marker.
			let end = text.indexOf('\n', p.span.end - 1);
			end = end < 0 ? text.length : end;
			while (end > p.span.start && /[ \t\r]/.test(text[end - 1])) {
				end--;
			}
			edits.push({ start: end, end, text: ' [Agreed ad ref]' });
		}
	});
	return apply(text, edits);
}
