import type { FoldingRange } from 'vscode-languageserver-types';
import type { Paragraph, ResolutionDocument, Span, SubParagraph } from '../model/document';
import type { LineMap } from '../parser/lines';

/** Folding for the heading zone, preamble, operative parts, paragraphs and sub-paragraphs, annexes and footnote runs. */
export function foldingRanges(doc: ResolutionDocument, lines: LineMap): FoldingRange[] {
	const out: FoldingRange[] = [];
	const seen = new Set<string>();
	const add = (span: Span, kind?: 'region' | 'comment') => {
		const startLine = lines.position(span.start).line;
		const endLine = lines.position(Math.max(span.start, span.end - 1)).line;
		const key = `${startLine}:${endLine}`;
		if (endLine > startLine && !seen.has(key)) {
			seen.add(key);
			out.push({ startLine, endLine, ...(kind ? { kind } : {}) });
		}
	};
	const subs = (list: readonly SubParagraph[]) => {
		for (const s of list) {
			add(s.span);
			subs(s.children);
		}
	};
	const paragraph = (p: Paragraph) => {
		add(p.span);
		subs(p.subParagraphs);
	};
	const firstHeading = [doc.organ?.span.start, doc.title?.span.start, doc.preamble[0]?.span.start].find((s) => s !== undefined);
	if (doc.organ && firstHeading !== undefined && doc.organ.span.start > 0) {
		add({ start: 0, end: doc.organ.span.start - 1 }, 'region');
	}
	if (doc.preamble.length > 0) {
		add({ start: doc.organ?.span.start ?? doc.preamble[0].span.start, end: doc.preamble[doc.preamble.length - 1].span.end }, 'region');
		doc.preamble.forEach(paragraph);
	}
	for (const part of doc.operativeParts) {
		add(part.span, 'region');
		part.paragraphs.forEach(paragraph);
	}
	for (const annex of doc.annexes) {
		add(annex.span, 'region');
		annex.paragraphs.forEach(paragraph);
		for (const part of annex.parts) {
			add(part.span, 'region');
			part.paragraphs.forEach(paragraph);
		}
	}
	// Runs of footnote texts (a page-bottom block, or the block after the separator).
	let run: Span | undefined;
	for (const f of [...doc.footnotes].sort((a, b) => a.span.start - b.span.start)) {
		if (run && lines.position(f.span.start).line - lines.position(run.end).line <= 2) {
			run = { start: run.start, end: f.span.end };
		} else {
			if (run) {
				add(run, 'comment');
			}
			run = f.span;
		}
		add(f.span, 'comment');
	}
	if (run) {
		add(run, 'comment');
	}
	for (const block of doc.negotiation?.optionBlocks ?? []) {
		// Option blocks of a negotiation text, and each option in them.
		[block.span, ...block.options.map((o) => o.span)].forEach((s) => add(s, 'region'));
	}
	return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
