import { msg } from '../l10n/messages';
import type { FootnoteMarker, ResolutionDocument } from '../model/document';
import type { Finding, Rule } from './types';

const PUNCTUATION = /[.,;:]/;
const SPACE = /[ \u00a0\u202f]/;
/** A full stop that ends an abbreviation belongs to it: `etc.⁴`, `p.⁴`, `n°.` */
const ABBREVIATION = /(?:^|[^\p{L}])(?:etc|cf|al|ibid|op|cit|p|pp|vol|vols|no|nos|n°|art|arts|chap|par|párr|para|paras|sect|Corr|Add|Rev|Suppl|[\p{L}])$/iu;

/** Markers written together (`¹,²`, `1,2`) move as one. */
function clusters(text: string, markers: readonly FootnoteMarker[]): FootnoteMarker[][] {
	const sorted = [...markers].sort((a, b) => a.span.start - b.span.start);
	const out: FootnoteMarker[][] = [];
	for (const m of sorted) {
		const last = out[out.length - 1];
		const end = last?.[last.length - 1].span.end;
		if (last && end !== undefined && (m.span.start === end || (m.span.start === end + 1 && text[end] === ','))) {
			last.push(m);
		} else {
			out.push([m]);
		}
	}
	return out;
}

function wordBefore(text: string, at: number): string {
	let i = at;
	while (i > 0 && SPACE.test(text[i - 1])) {
		i--;
	}
	let s = i;
	while (s > 0 && !/\s/.test(text[s - 1]) && i - s < 30) {
		s--;
	}
	return text.slice(s, at);
}

export const footnotePlacement: Rule = {
	id: 'footnote-placement',
	defaultSeverity: 'information',
	description: 'Footnote markers sit after punctuation in English and before it in French and Spanish.',
	check(ctx) {
		const { text, lang } = ctx;
		if (lang !== 'en' && lang !== 'fr' && lang !== 'es') {
			return [];
		}
		const language = msg(lang === 'en' ? 'lang.en' : lang === 'fr' ? 'lang.fr' : 'lang.es');
		const out: Finding[] = [];
		for (const cluster of clusters(text, ctx.doc.footnoteMarkers)) {
			const start = cluster[0].span.start;
			const end = cluster[cluster.length - 1].span.end;
			const marks = text.slice(start, end);
			if (lang === 'en') {
				const after = text[end] ?? '';
				if (!PUNCTUATION.test(after) || (after === '.' && /\d/.test(text[end + 1] ?? ''))) {
					continue;
				}
				// Past the whole run of punctuation (`.:`), or the fix would be asked again at the next mark.
				let stop = end + 1;
				while (PUNCTUATION.test(text[stop] ?? '') && !(text[stop] === '.' && /\d/.test(text[stop + 1] ?? ''))) {
					stop++;
				}
				const newText = text.slice(end, stop) + marks;
				const fix = { span: { start, end: stop }, newText };
				const shown = wordBefore(text, start) + newText;
				out.push({
					span: { start, end: stop },
					messageKey: 'footnote.placement.after',
					args: [language, shown, wordBefore(text, start) + text.slice(start, stop)],
					fixes: [{ titleKey: 'fix.moveMarker', titleArgs: [shown], kind: 'quickfix', isPreferred: true, edits: [fix] }],
				});
			} else {
				const before = text[start - 1] ?? '';
				if (!PUNCTUATION.test(before) || (before === '.' && ABBREVIATION.test(text.slice(Math.max(0, start - 12), start - 1)))) {
					continue;
				}
				// Before the whole run of punctuation and the blanks French puts before it (`mot ;.¹` → `mot¹ ;.`).
				let s = start - 1;
				while (s > 0 && (SPACE.test(text[s - 1]) || PUNCTUATION.test(text[s - 1]))) {
					s--;
				}
				const newText = marks + text.slice(s, start);
				const shown = wordBefore(text, s) + newText;
				out.push({
					span: { start: start - 1, end },
					messageKey: 'footnote.placement.before',
					args: [language, shown, wordBefore(text, s) + text.slice(s, end)],
					fixes: [{ titleKey: 'fix.moveMarker', titleArgs: [shown], kind: 'quickfix', isPreferred: true, edits: [{ span: { start: s, end }, newText }] }],
				});
			}
		}
		out.push(...bareCalls(ctx.doc, text));
		return out;
	},
};

/** Bare-digit calls (`system,1`) of notes written as Markdown definitions (`[^1]: …`): one fix writes them all `[^n]`. */
function bareCalls(doc: ResolutionDocument, text: string): Finding[] {
	const bare = doc.footnoteMarkers.filter((m) => {
		const note = m.footnote === undefined ? undefined : doc.footnotes[m.footnote];
		return note !== undefined && text.startsWith('[^', note.markerSpan.start) && /^\d+$/.test(text.slice(m.span.start, m.span.end));
	});
	const edits = bare.map((m) => ({ span: m.span, newText: `[^${m.label}]` }));
	return bare.map((m) => ({
		span: m.span,
		messageKey: 'footnote.bareCall',
		args: [m.label],
		fixes: [{ titleKey: 'fix.markdownCalls', kind: 'quickfix', isPreferred: true, safe: true, edits }],
	}));
}
