import type { Located, OperativeParagraph, OperativePart, Paragraph, PreambularParagraph, SubParagraph } from '../model/document';
import type { LayoutKind, OlderLayout } from '../model/layout';
import { readLead } from './lead';
import type { Structure } from './structure';

/**
 * Older and irregular layouts (issue 19 item 2), read after the structure pass:
 * - an enacting sentence (`Resolves:`, `Décide :`, `La Asamblea General … acuerda:`) followed by unnumbered
 *   paragraphs (`To defer …;`, `Que …;`): the sentence leaves the preamble, the paragraphs become operative;
 * - several unnumbered operative paragraphs after a preamble: the run of paragraphs at the end of the preamble
 *   that opens with a verb and does not end with a comma;
 * - articles or sections as the operative part's headings (a statute);
 * - operative paragraphs written as statements (a narrative declaration).
 * The parser only says what it sees; the rules that assume a modern resolution stay silent on these texts.
 */
export function readOlderLayout(text: string, masked: string, s: Structure): Structure & { layout?: OlderLayout } {
	const kinds: LayoutKind[] = [];
	let { preamble, operativeParts } = s;
	let enacting: OlderLayout['enacting'];
	const bodyOps = operativeParts.flatMap((p) => p.paragraphs);
	const unnumbered = bodyOps.every((p) => !p.number);

	const split = bodyOps.length === 1 && preamble.length === 0 ? splitEnacting(text, masked, bodyOps[0]) : undefined;
	if (split) {
		enacting = split.enacting;
		operativeParts = [partOf(split.paragraphs, operativeParts[0].heading)];
		kinds.push('enacting');
	} else if (unnumbered && operativeParts.length <= 1) {
		// The paragraphs of the body in order: the structure pass reads them all as preamble, but for a last one.
		const all: Paragraph[] = [...preamble, ...bodyOps];
		const e = all.findIndex((p, i) => i < all.length - 1 && isEnacting(masked, p));
		if (e >= 0) {
			enacting = located(text, all[e]);
			preamble = all.slice(0, e) as PreambularParagraph[];
			operativeParts = [partOf(all.slice(e + 1))];
			kinds.push('enacting');
		} else {
			const k = unnumberedRun(masked, all);
			if (k !== undefined && all.length - k >= 2) {
				preamble = all.slice(0, k) as PreambularParagraph[];
				operativeParts = [partOf(all.slice(k))];
				kinds.push('unnumbered');
			}
		}
	} else if (bodyOps.length >= 2 && !bodyOps[0].number && bodyOps[1].number && isEnacting(masked, bodyOps[0]) && wordCount(masked, bodyOps[0]) <= 6) {
		// `The Security Council` / `Resolves:` / `1. That the Secretary-General be requested …`.
		enacting = located(text, bodyOps[0]);
		// A first part holding the enacting sentence alone (`The Security Council` / `A` / `1. …`) leaves no part behind.
		operativeParts = operativeParts.flatMap((part, i) => (i !== 0 ? [part] : part.paragraphs.length > 1 ? [partOf(part.paragraphs.slice(1), part.heading)] : []));
		kinds.push('enacting');
	} else if (preamble.length > 0 && bodyOps[0]?.number) {
		// `Declares that:` / `1. The subjection of peoples …`: an enacting sentence right before the numbered paragraphs.
		const last = preamble[preamble.length - 1];
		if (isEnacting(masked, last) && wordCount(masked, last) <= 6) {
			enacting = located(text, last);
			preamble = preamble.slice(0, -1);
			kinds.push('enacting');
		}
	}
	const ops = operativeParts.flatMap((p) => p.paragraphs);
	if (operativeParts.filter((p) => p.heading && ARTICLE.test(p.heading.text)).length >= 2) {
		kinds.push('statute');
	}
	const statements = ops.filter((p) => STATEMENT.test(firstWords(masked, p))).length;
	if (ops.length >= 2 && statements * 3 >= ops.length * 2) {
		kinds.push('narrative');
	}
	if (kinds.length === 0) {
		return s;
	}
	return { ...s, preamble, operativeParts, layout: { kinds, ...(enacting ? { enacting } : {}) } };
}

/** `Article 1`, `Article premier`, `Artículo 3`, `Section 2`, `Chapter IV`, `Règle 5`: the heading of a statute's division. */
const ARTICLE = /^(?:Article|Artículo|Articulo|Section|Sección|Seccion|Chapter|Chapitre|Capítulo|Capitulo|Rule|Règle|Regla)\s+(?:\d{1,3}|[IVXLC]{1,7}|premier|first|primero|único|unique)\b/i;

/** A statement's first words: an article, a determiner or a pronoun, not a verb. */
const STATEMENT = /^(?:The|A|An|All|Every|Each|No|Nothing|Everyone|Any|Its|This|These|Such|Le|La|Les|L['’]|Un|Une|Tout|Toute|Tous|Toutes|Chaque|Nul|Aucun|Aucune|Ces|Cette|El|Los|Las|Una?|Todo|Toda|Todos|Todas|Cada|Nadie|Ningún|Ninguna|Ninguno|Este|Esta|Estos|Estas)\s/;

/** Verbs that enact: the sentence that introduces an operative part which is no list of verbs. */
const ENACTING_VERBS = new Set([
	'resolves', 'decides', 'adopts', 'declares', 'proclaims', 'recommends', 'approves', 'agrees', 'determines', 'enacts', 'establishes',
	'décide', 'résout', 'adopte', 'déclare', 'proclame', 'recommande', 'approuve', 'arrête', 'convient',
	'decide', 'resuelve', 'acuerda', 'aprueba', 'adopta', 'declara', 'proclama', 'recomienda', 'conviene', 'establece',
]);

/** `The General Assembly, having examined …`: a sentence that opens with the organ's name. */
export function opensWithOrganName(sentence: string): boolean {
	return ORGAN_START.test(sentence.replace(/^[\s*_]+/, ''));
}

const ORGAN_START = /^(?:The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)|L['’]Assemblée\s+générale|Le\s+Conseil|La\s+Asamblea\s+General|El\s+Consejo)\b/i;
const ADVERB = /^(?:also|further|solemnly|hereby|therefore|accordingly|unanimously|en\s+outre|solennellement|par\s+conséquent|además|solemnemente|por\s+consiguiente|por\s+tanto)\s+/i;

/** `Resolves:`, `Decides as follows:`, `Solemnly proclaims:`, `La Asamblea General, … acuerda:`. */
function isEnacting(masked: string, p: Paragraph): boolean {
	return p.subParagraphs.length === 0 && endMark(masked, p) === ':' && isEnactingText(masked.slice(p.span.start, p.span.end));
}

export function isEnactingText(sentence: string): boolean {
	if (!/:[\s"”’»)*_]*$/.test(sentence)) {
		return false;
	}
	const body = sentence.replace(/^[\s*_]+/, '').replace(/[\s*_]*:[\s"”’»)*_]*$/, '');
	const words = body.toLowerCase().split(/[\s,]+/).filter(Boolean);
	if (ORGAN_START.test(body)) {
		// The whole sentence in one paragraph: its verb comes last, or last but `lo siguiente`, `ce qui suit`, `as follows`.
		return words.slice(-4).some((w) => ENACTING_VERBS.has(w));
	}
	const first = body.replace(ADVERB, '').split(/[\s,]+/)[0]?.toLowerCase() ?? '';
	return ENACTING_VERBS.has(first) && words.length <= 14;
}

/** An organ line without comma puts `Resolves:` and the paragraphs under it in one operative paragraph: they part here. */
function splitEnacting(text: string, masked: string, p: OperativeParagraph): { enacting: Located<string>; paragraphs: OperativeParagraph[] } | undefined {
	const [first, ...rest] = p.segments;
	if (p.number || rest.length === 0 || masked.slice(first.start, first.end).split(/\s+/).length > 6 || !isEnactingText(masked.slice(first.start, first.end))) {
		return undefined;
	}
	let k = 0;
	const paragraphs = rest.map((seg, i): OperativeParagraph => {
		const next = i === rest.length - 1 ? p.span.end : rest[i + 1].start;
		// The sub-paragraphs are in order: each segment takes the run that starts inside it.
		const subParagraphs: SubParagraph[] = [];
		while (k < p.subParagraphs.length && p.subParagraphs[k].span.start < next) {
			if (p.subParagraphs[k].span.start >= seg.start) {
				subParagraphs.push(p.subParagraphs[k]);
			}
			k++;
		}
		const lead = readLead(text, seg.start, seg.end);
		return {
			kind: 'operative', span: { start: seg.start, end: subParagraphs.reduce((e, sp) => Math.max(e, sp.span.end), seg.end) }, segments: [seg],
			subParagraphs, ...(lead ? { lead } : {}),
		};
	});
	return { enacting: { value: text.slice(first.start, first.end), span: first }, paragraphs };
}

/**
 * Where a run of unnumbered operative paragraphs begins at the end of the body's paragraphs: it opens with a verb,
 * not a participle or adjective, and no paragraph in it ends with a comma; a preamble comes before it.
 */
function unnumberedRun(masked: string, all: readonly Paragraph[]): number | undefined {
	let k = all.length;
	while (k > 0 && endMark(masked, all[k - 1]) !== ',' && endMark(masked, all[k - 1]) !== '') {
		k--;
	}
	// The run starts at its first paragraph that opens with a verb; statements before it would be the preamble's.
	while (k < all.length && !opensWithVerb(masked, all[k])) {
		k++;
	}
	// No preamble at all (`The Security Council,` / `Recommends … as follows:` / `The Republic of Nauru will …`) is an older layout too.
	if (k >= all.length || (k > 0 && !['', ','].includes(endMark(masked, all[k - 1]))) || endMark(masked, all[all.length - 1]) !== '.') {
		return undefined;
	}
	return k;
}

/** The paragraph's last punctuation mark, past closing quotes, brackets and emphasis; '' when it ends with a word. */
function endMark(masked: string, p: Paragraph): string {
	const t = masked.slice(Math.max(p.span.start, p.span.end - 12), p.span.end).replace(/[\s"”’»)\]*_]+$/, '');
	const c = t[t.length - 1] ?? '';
	return /[.,;:]/.test(c) ? c : '';
}

function firstWords(masked: string, p: Paragraph): string {
	const from = p.kind === 'operative' && p.numberToken ? p.numberToken.end : p.span.start;
	return masked.slice(from, Math.min(p.span.end, from + 60)).replace(/^[\s*_]+/, '');
}

function wordCount(masked: string, p: Paragraph): number {
	return masked.slice(p.span.start, p.span.end).split(/\s+/).filter(Boolean).length;
}

/** Participles and adjectives open preambular paragraphs (`Recalling`, `Mindful`, `Rappelant`, `Consciente`, `Recordando`). */
const PARTICIPLE = /(?:ing|ed|ous|ful|ant|ants|ée|ées|és|é|nte|ntes|eux|euse|euses|ando|endo|ado|ada|ados|adas|ido|ida|idos|idas|osa|oso)$/i;
const ADJECTIVES = new Set(['aware', 'conscious', 'cognizant', 'confident', 'convinced', 'determined', 'whereas', 'considering', 'convaincue', 'convaincu', 'résolue', 'résolu', 'consciente', 'persuadée', 'conscient']);
const ADVERBS = /^(?:also|further|deeply|gravely|strongly|firmly|fully|once|again|seriously|profoundly|urgently|solemnly|earnestly|vivement|profondément|gravement|fermement|également|también|profundamente|gravemente|firmemente|además|asimismo)$/i;

function opensWithVerb(masked: string, p: Paragraph): boolean {
	const words = firstWords(masked, p).split(/[\s,]+/).filter(Boolean).slice(0, 3);
	const word = (words.find((w) => !ADVERBS.test(w)) ?? '').replace(/[^\p{L}'’-]/gu, '');
	if (!/^\p{Lu}/u.test(words[0] ?? '') || !word || STATEMENT.test(`${words[0]} `)) {
		return false;
	}
	return !PARTICIPLE.test(word) && !ADJECTIVES.has(word.toLowerCase());
}

function located(text: string, p: Paragraph): { value: string; span: { start: number; end: number } } {
	return { value: text.slice(p.span.start, p.span.end), span: p.span };
}

function partOf(paragraphs: readonly Paragraph[], heading?: OperativePart['heading']): OperativePart {
	const ops: OperativeParagraph[] = paragraphs.map((p) => (p.kind === 'operative' ? p : { ...p, kind: 'operative' }));
	return { ...(heading ? { heading } : {}), paragraphs: ops, span: { start: heading?.span.start ?? ops[0].span.start, end: ops[ops.length - 1].span.end } };
}
