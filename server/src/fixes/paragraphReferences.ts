import type { Lang, ResolutionDocument, Span } from '../model/document';
import { factOf, type DocumentVersion } from '../model/analysis';
import { MASKED } from '../parser/mask';

/**
 * References from the text to its own paragraphs: `paragraph 12 above`, `paragraphs 3 to 5 below`,
 * `paragraph 8 (a) (ii) of the present resolution`, `paragraphe 8 a) ci-dessus`, `párrafos 2 y 3 supra`.
 * Only qualified references are taken: a bare `paragraph 2` is usually someone else's (`article 12, paragraph 2`).
 */

export type Direction = 'above' | 'below' | 'none';

export interface ReferenceLabel {
	/** The letters or numeral only (`a` in `(a)`). */
	readonly span: Span;
	readonly text: string;
}

export interface ReferenceItem {
	/** Absent for the second of `paragraph 8 (a) and (b)`, which shares the number of the first. */
	readonly numberSpan?: Span;
	readonly number: number;
	readonly labels: readonly ReferenceLabel[];
}

export interface ParagraphReference {
	/** From the keyword to the end of the qualifier. */
	readonly span: Span;
	/** As written, white space collapsed, for messages. */
	readonly text: string;
	readonly items: readonly ReferenceItem[];
	readonly direction: Direction;
	/** `above`, `ci-dessus`, `supra` … and where it is written. */
	readonly qualifier?: { readonly span: Span; readonly word: string };
	/** Which numbering the reference reads: the resolution's, or that of the annex it stands in. */
	readonly scope: { readonly kind: 'body' } | { readonly kind: 'annex'; readonly annexIndex: number };
}

interface Lexicon {
	readonly keyword: RegExp;
	readonly connector: RegExp;
	/** Between labels of one paragraph: `8 (a) and (b)`, `8 a) et b)`. */
	readonly labelConnector: RegExp;
	readonly qualifiers: readonly { readonly re: RegExp; readonly direction: Direction; readonly scope: 'own' | 'body' | 'annex'; readonly opposite?: string }[];
}

const SPACE = '[ \\t\\u00a0\\u202f\\r\\n]';
const END = '(?![\\p{L}\\p{N}])';
const NEXT_LABEL = `${SPACE}*(?=\\(?(?:[a-z]{1,3}|[ivxlc]{1,6})\\))`;

const LEXICONS: Partial<Record<Lang, Lexicon>> = {
	en: {
		keyword: /(?<![\p{L}-])(?:paragraphs?|paras?\.)[ \t\u00a0\u202f\r\n]+(?=\d)/giu,
		connector: new RegExp(`^${SPACE}*(?:,${SPACE}*(?:and|or)?|and|or|to|through|-|–)${SPACE}*(?=\\d)`, 'iu'),
		labelConnector: new RegExp(`^${SPACE}*(?:,${SPACE}*(?:and|or)?|and|or|to)${NEXT_LABEL}`, 'iu'),
		qualifiers: [
			{ re: new RegExp(`^${SPACE}+above${END}`, 'iu'), direction: 'above', scope: 'own', opposite: 'below' },
			{ re: new RegExp(`^${SPACE}+below${END}`, 'iu'), direction: 'below', scope: 'own', opposite: 'above' },
			{ re: new RegExp(`^${SPACE}+of${SPACE}+(?:the${SPACE}+present|this)${SPACE}+(?:resolution|decision)${END}`, 'iu'), direction: 'none', scope: 'body' },
			{ re: new RegExp(`^${SPACE}+of${SPACE}+(?:the${SPACE}+present|this)${SPACE}+annex${END}`, 'iu'), direction: 'none', scope: 'annex' },
		],
	},
	fr: {
		keyword: /(?<![\p{L}-])(?:paragraphes?|par\.)[ \t\u00a0\u202f\r\n]+(?=\d)/giu,
		connector: new RegExp(`^${SPACE}*(?:,${SPACE}*(?:et|ou)?|et|ou|à|-|–)${SPACE}*(?=\\d)`, 'iu'),
		labelConnector: new RegExp(`^${SPACE}*(?:,${SPACE}*(?:et|ou)?|et|ou|à)${NEXT_LABEL}`, 'iu'),
		qualifiers: [
			{ re: new RegExp(`^${SPACE}+ci-dessus${END}`, 'iu'), direction: 'above', scope: 'own', opposite: 'ci-dessous' },
			{ re: new RegExp(`^${SPACE}+plus${SPACE}+haut${END}`, 'iu'), direction: 'above', scope: 'own', opposite: 'plus bas' },
			{ re: new RegExp(`^${SPACE}+(?:ci-dessous|ci-après)${END}`, 'iu'), direction: 'below', scope: 'own', opposite: 'ci-dessus' },
			{ re: new RegExp(`^${SPACE}+plus${SPACE}+bas${END}`, 'iu'), direction: 'below', scope: 'own', opposite: 'plus haut' },
			{ re: new RegExp(`^${SPACE}+de${SPACE}+(?:la${SPACE}+présente|cette)${SPACE}+(?:résolution|décision)${END}`, 'iu'), direction: 'none', scope: 'body' },
			{ re: new RegExp(`^${SPACE}+de${SPACE}+(?:la${SPACE}+présente|cette)${SPACE}+annexe${END}`, 'iu'), direction: 'none', scope: 'annex' },
		],
	},
	es: {
		keyword: /(?<![\p{L}-])(?:párrafos?|párrs?\.)[ \t\u00a0\u202f\r\n]+(?=\d)/giu,
		connector: new RegExp(`^${SPACE}*(?:,${SPACE}*(?:y|e|o|u)?|y|e|o|u|a|-|–)${SPACE}*(?=\\d)`, 'iu'),
		labelConnector: new RegExp(`^${SPACE}*(?:,${SPACE}*(?:y|e|o|u)?|y|e|o|u|a)${NEXT_LABEL}`, 'iu'),
		qualifiers: [
			{ re: new RegExp(`^${SPACE}+supra${END}`, 'iu'), direction: 'above', scope: 'own', opposite: 'infra' },
			{ re: new RegExp(`^${SPACE}+infra${END}`, 'iu'), direction: 'below', scope: 'own', opposite: 'supra' },
			{ re: new RegExp(`^${SPACE}+de${SPACE}+(?:la${SPACE}+presente|esta)${SPACE}+(?:resolución|decisión)${END}`, 'iu'), direction: 'none', scope: 'body' },
			{ re: new RegExp(`^${SPACE}+del${SPACE}+presente${SPACE}+anexo${END}`, 'iu'), direction: 'none', scope: 'annex' },
		],
	},
};

const NUMBER = /^(\d{1,3})(?![\p{L}\p{N}])/u;
const LABEL = new RegExp(`^${SPACE}*(?:\\(([a-z]{1,3}|[ivxlc]{1,6})\\)|([a-z]{1,3}|[ivxlc]{1,6})\\))`, 'u');

/** The opposite qualifier, to correct `above` into `below`. */
export function oppositeQualifier(lang: Lang, word: string): string | undefined {
	const lexicon = LEXICONS[lang];
	const found = lexicon?.qualifiers.find((q) => q.re.test(` ${word}`));
	if (!found?.opposite) {
		return undefined;
	}
	// Keep the capital if the word had one.
	return /^\p{Lu}/u.test(word) ? found.opposite.charAt(0).toUpperCase() + found.opposite.slice(1) : found.opposite;
}


function paragraphRegions(doc: ResolutionDocument): { span: Span; annexIndex?: number }[] {
	const regions: { span: Span; annexIndex?: number }[] = [];
	for (const p of doc.preamble) {
		regions.push({ span: p.span });
	}
	for (const part of doc.operativeParts) {
		for (const p of part.paragraphs) {
			regions.push({ span: p.span });
		}
	}
	doc.annexes.forEach((annex, annexIndex) => {
		for (const p of [...annex.paragraphs, ...annex.parts.flatMap((part) => part.paragraphs)]) {
			regions.push({ span: p.span, annexIndex });
		}
	});
	return regions.sort((a, b) => a.span.start - b.span.start);
}

/** Every qualified reference to a paragraph of the document itself. */
export function findParagraphReferences(src: DocumentVersion): ParagraphReference[] {
	const { doc, text } = src;
	const lexicon = LEXICONS[doc.lang];
	if (!lexicon) {
		return [];
	}
	// The parser's mask: Markdown, footnote markers and furniture blanked (footnote texts lie outside the paragraphs searched).
	const masked = factOf(src, MASKED);
	const out: ParagraphReference[] = [];
	let lastEnd = 0;
	for (const region of paragraphRegions(doc)) {
		const start = Math.max(region.span.start, lastEnd);
		const slice = masked.slice(start, region.span.end);
		for (const m of slice.matchAll(lexicon.keyword)) {
			const keywordStart = start + (m.index ?? 0);
			let at = keywordStart + m[0].length;
			const items: ReferenceItem[] = [];
			for (;;) {
				const n = NUMBER.exec(masked.slice(at, at + 4));
				if (!n) {
					break;
				}
				const numberSpan = { start: at, end: at + n[1].length };
				at = numberSpan.end;
				const readLabels = (): ReferenceLabel[] => {
					const labels: ReferenceLabel[] = [];
					for (let l = LABEL.exec(masked.slice(at, at + 16)); l && labels.length < 3; l = LABEL.exec(masked.slice(at, at + 16))) {
						const letters = l[1] ?? l[2];
						const open = l[0].length - letters.length - (l[1] !== undefined ? 2 : 1);
						const lettersStart = at + open + (l[1] !== undefined ? 1 : 0);
						labels.push({ span: { start: lettersStart, end: lettersStart + letters.length }, text: letters });
						at += l[0].length;
					}
					return labels;
				};
				const number = Number(n[1]);
				let labels = readLabels();
				items.push({ numberSpan, number, labels });
				// `8 (a) (i) and (ii)`: the next labels replace the last ones of the item before.
				for (let lc = lexicon.labelConnector.exec(masked.slice(at, at + 20)); lc && labels.length > 0; lc = lexicon.labelConnector.exec(masked.slice(at, at + 20))) {
					at += lc[0].length;
					const more = readLabels();
					if (more.length === 0) {
						break;
					}
					labels = [...labels.slice(0, Math.max(0, labels.length - more.length)), ...more];
					items.push({ number, labels });
				}
				const c = lexicon.connector.exec(masked.slice(at, at + 20));
				if (!c) {
					break;
				}
				at += c[0].length;
			}
			if (items.length === 0) {
				continue;
			}
			const after = masked.slice(at, at + 60);
			const q = lexicon.qualifiers.find((qq) => qq.re.test(after));
			if (!q) {
				continue;
			}
			const qm = q.re.exec(after)!;
			const end = at + qm[0].length;
			const wordStart = at + (qm[0].length - qm[0].trimStart().length);
			const scope = q.scope === 'body' || region.annexIndex === undefined
				? { kind: 'body' as const }
				: { kind: 'annex' as const, annexIndex: region.annexIndex };
			out.push({
				span: { start: keywordStart, end },
				text: text.slice(keywordStart, end).replace(/\s+/g, ' '),
				items,
				direction: q.direction,
				...(q.direction !== 'none' ? { qualifier: { span: { start: wordStart, end }, word: text.slice(wordStart, end) } } : {}),
				scope,
			});
			lastEnd = end;
		}
	}
	return out;
}
