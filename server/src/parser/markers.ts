import type { Footnote, FootnoteMarker, Span } from '../model/document';
import { LineRole, scanPlainMarkers, scanSymbolMarkers, type FootnoteTexts, type MarkerFound } from './footnotes';
import type { Line } from './lines';

/** The lines that hold the resolution's words: neither footnote texts nor page furniture. */
export function textRegions(lines: readonly Line[], roles: Uint8Array, noise: Uint8Array): Span[] {
	const regions: Span[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (roles[i] === LineRole.Text && !noise[i]) {
			regions.push({ start: lines[i].start, end: lines[i].end });
		}
	}
	return regions;
}

/**
 * Footnote markers: symbols anywhere, plain digits only where a footnote block gives their numbers,
 * and only from `plainFrom` on (the title), so that the masthead's numbers are no note calls.
 */
export function findMarkers(text: string, masked: string, regions: readonly Span[], notes: FootnoteTexts, plainFrom: number): MarkerFound[] {
	const finds = scanSymbolMarkers(text, regions);
	const plainTexts = notes.texts.filter((t) => t.style === 'plain');
	if (plainTexts.length > 0) {
		const after = regions.filter((r) => r.end > plainFrom);
		finds.push(...scanPlainMarkers(masked, after, plainTexts.map((t) => t.label), true));
		finds.sort((a, b) => a.span.start - b.span.start);
	}
	// Text converted from a PDF keeps Markdown definitions (`[^1]: …`) but bare calls (`system,1`): where a numbered
	// definition has no `[^n]` call, digits glued to a word in the order of the notes are its calls.
	const called = new Set(finds.filter((f) => text.startsWith('[^', f.span.start)).map((f) => f.label));
	const uncalled = notes.texts.filter((t) => t.style === 'markdown' && /^\d{1,3}$/.test(t.label) && !called.has(t.label));
	if (uncalled.length > 0) {
		const after = regions.filter((r) => r.end > plainFrom);
		const taken = new Set(finds.map((f) => f.span.start));
		finds.push(...scanPlainMarkers(masked, after, uncalled.map((t) => t.label)).filter((f) => !taken.has(f.span.start)));
		finds.sort((a, b) => a.span.start - b.span.start);
	}
	return finds;
}

/** Pairs markers with texts by label, in order: each text takes the first marker with its label not yet paired. */
export function pairFootnotes(notes: FootnoteTexts, finds: readonly MarkerFound[]): { footnotes: Footnote[]; footnoteMarkers: FootnoteMarker[] } {
	const footnotes: (Omit<Footnote, 'markers'> & { markers: number[] })[] = notes.texts.map((t) => ({
		span: t.span, markerSpan: t.markerSpan, textSpan: t.textSpan, label: t.label, number: Number(t.label), markers: [],
	}));
	const byLabel = new Map<string, number[]>();
	footnotes.forEach((f, i) => byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), i]));
	const footnoteMarkers: FootnoteMarker[] = finds.map((f, i) => {
		const candidates = byLabel.get(f.label) ?? [];
		const target = candidates.find((c) => footnotes[c].markers.length === 0) ?? candidates[0];
		if (target !== undefined) {
			footnotes[target].markers.push(i);
		}
		return { span: f.span, label: f.label, number: Number(f.label), ...(target !== undefined ? { footnote: target } : {}) };
	});
	return { footnotes, footnoteMarkers };
}
