import type { Paragraph, Span } from '../model/document';
import { analyseNumbering } from '../fixes/numbering';
import { findParagraphReferences } from '../fixes/paragraphReferences';
import { referenceResolver } from '../fixes/referenceResolver';
import type { Draft, Insertion, TextEdit } from './draft';
import type { Logical } from './paragraphs';
import { pieces } from './view';

/**
 * Renumbers once, after every instruction has been placed: each surviving operative paragraph gets its place in
 * the amended sequence, new paragraphs are written with theirs, and every internal reference that the tabled
 * draft's numbering resolves (fixes/paragraphReferences, as the renumber fix does) is rewritten to the new number.
 * References to a deleted paragraph, or inside amended words, are left as they are.
 */
export function renumberEdits(d: Draft, deleted: ReadonlySet<Logical>, insertions: readonly Insertion[], taken: readonly TextEdit[]): TextEdit[] {
	const { doc, text } = d;
	const logical = new Map<Paragraph, Logical>();
	for (const l of [...d.units.preamble, ...d.units.operative]) {
		logical.set(l.head, l);
	}
	const out: TextEdit[] = [];
	const nl = text.includes('\r\n') ? '\r\n' : '\n';
	const newNumber = new Map<Paragraph, number>();
	const at = (p: Logical | undefined, position: 'after' | 'before') => (p ? insertions.filter((i) => i.anchor === p && i.position === position).sort((a, b) => a.seq - b.seq) : []);
	const place = (ins: Insertion, numbers: (number | undefined)[]) => {
		const anchor = ins.anchor.head;
		const last = ins.anchor.rest.length > 0 ? ins.anchor.rest[ins.anchor.rest.length - 1] : anchor;
		const indent = indentOf(text, anchor.span.start);
		const gap = anchor.kind === 'operative' && anchor.numberToken ? gapAfter(text, anchor.numberToken.end) : ' ';
		const bodies = ins.texts.map((t, i) => (numbers[i] !== undefined ? `${indent}${numbers[i]}.${gap}${t}` : `${indent}${t}`));
		if (ins.position === 'after') {
			const end = pieces(last).pop()?.end ?? last.span.end;
			out.push({ span: { start: end, end }, newText: bodies.map((b) => `${nl}${nl}${b}`).join(''), seq: 1e9 + ins.seq });
		} else {
			const start = lineStart(text, anchor.span.start);
			out.push({ span: { start, end: start }, newText: bodies.map((b) => `${b}${nl}${nl}`).join(''), seq: -1e9 + ins.seq });
		}
	};
	// The preamble: new paragraphs only.
	for (const p of d.units.preamble) {
		for (const ins of [...at(p, 'before'), ...at(p, 'after')]) {
			place(ins, ins.texts.map(() => undefined));
		}
	}
	// New number = printed number + paragraphs inserted before it − paragraphs deleted before it, part by part: a
	// paragraph the parser did not see (PDF text) then shifts nothing.
	doc.operativeParts.forEach((part) => {
		let shift = 0;
		let previous = 0;
		const numbered = part.paragraphs.some((p) => p.number !== undefined);
		for (const p of part.paragraphs) {
			const l = logical.get(p);
			if (!l) {
				// A piece of another paragraph, or an item of a list inside one: it keeps its number.
				continue;
			}
			const printed = p.number?.value ?? previous + 1;
			previous = printed;
			for (const ins of at(l, 'before')) {
				place(ins, ins.texts.map(() => (numbered ? printed + shift++ : undefined)));
			}
			if (deleted.has(l)) {
				shift--;
			} else {
				const n = printed + shift;
				newNumber.set(p, n);
				if (p.number && p.number.value !== n) {
					out.push({ span: p.number.span, newText: String(n), seq: 0 });
				}
			}
			for (const ins of at(l, 'after')) {
				place(ins, ins.texts.map(() => (numbered ? printed + ++shift : undefined)));
			}
		}
	});
	if (deleted.size === 0 && insertions.every((i) => i.part === 'preamble')) {
		return out;
	}
	const resolve = referenceResolver(doc, analyseNumbering(doc, text));
	const inTaken = (s: Span) => taken.some((t) => s.start < t.span.end && t.span.start < s.end);
	for (const ref of findParagraphReferences({ doc, text })) {
		if (ref.scope.kind !== 'body') {
			continue;
		}
		for (const r of resolve(ref)) {
			const n = r.paragraph ? newNumber.get(r.paragraph) : undefined;
			if (n !== undefined && n !== r.item.number && r.item.numberSpan && !inTaken(r.item.numberSpan)) {
				out.push({ span: r.item.numberSpan, newText: String(n), seq: 0 });
			}
		}
	}
	return out;
}

function lineStart(text: string, i: number): number {
	let s = i;
	while (s > 0 && text[s - 1] !== '\n') {
		s--;
	}
	return /^[ \t]*$/.test(text.slice(s, i)) ? s : i;
}

function indentOf(text: string, i: number): string {
	const s = lineStart(text, i);
	return s < i ? text.slice(s, i) : '';
}

function gapAfter(text: string, i: number): string {
	const m = /^[ \t]+/.exec(text.slice(i, i + 12));
	return m ? m[0] : ' ';
}
