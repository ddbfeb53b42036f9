import { ORDINAL_PATTERN, ordinalValue, type AmendLang } from './ordinals';
import type { ParaRef } from './types';

/**
 * Paragraph references in the wording of amendments, per language: "the third preambular paragraph and operative
 * paragraph 2", "operative paragraphs 27 and 43", "paragraph 2(c)", "le troisième alinéa du préambule",
 * "paragraphe 2 e) du dispositif", "el inciso i) del apartado c) del párrafo 3 de la parte dispositiva", "PP3".
 */
export interface FoundRef {
	readonly ref: ParaRef;
	/** Offsets of the reference in the scanned string. */
	readonly start: number;
	readonly end: number;
}

const SEP: Record<AmendLang, string> = { en: String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)`, fr: String.raw`(?:\s*,\s*(?:et\s+)?|\s+et\s+|\s+ou\s+)`, es: String.raw`(?:\s*,\s*(?:y\s+)?|\s+[ye]\s+|\s+o\s+)` };
const EN_ITEM = String.raw`\d{1,3}(?:\s?\(\s?[a-z]{1,5}\s?\))*`;
const FR_ITEM = String.raw`\d{1,3}(?:\s?\(?[a-z]{1,5}\))*`;

interface Pattern {
	readonly re: RegExp;
	readonly build: (m: RegExpExecArray, lang: AmendLang) => ParaRef[];
}

function ordinals(list: string, lang: AmendLang): number[] {
	const out: number[] = [];
	for (const m of list.matchAll(new RegExp(ORDINAL_PATTERN[lang], 'giu'))) {
		const v = ordinalValue(m[0], lang);
		if (v !== undefined) {
			out.push(v);
		}
	}
	return out;
}

/** `27 and 43`, `2(c)`, `2 e)` → numbers with labels. */
function items(list: string, lang: AmendLang): { n: number; subs: string[] }[] {
	const out: { n: number; subs: string[] }[] = [];
	for (const item of list.split(new RegExp(SEP[lang], 'iu'))) {
		const m = /^(\d{1,3})(.*)$/su.exec(item.trim());
		if (m) {
			const subs = [...m[2].matchAll(/([a-z]{1,5})\)/giu)].map((x) => x[1].toLowerCase());
			out.push({ n: Number(m[1]), subs });
		}
	}
	return out;
}

const ordList = (lang: AmendLang) => `(${ORDINAL_PATTERN[lang]}(?:${SEP[lang]}(?:(?:the|le|la|l'|el)\\s+)?${ORDINAL_PATTERN[lang]})*)`;

function patterns(lang: AmendLang): Pattern[] {
	const pre = (m: RegExpExecArray) => ordinals(m[1], lang).map((index) => ({ part: 'preamble' as const, index, subs: [] }));
	const preCard = (m: RegExpExecArray) => items(m[1], lang).map((i) => ({ part: 'preamble' as const, index: i.n, subs: i.subs }));
	const op = (m: RegExpExecArray) => items(m[1], lang).map((i) => ({ part: 'operative' as const, index: i.n, subs: i.subs }));
	const opOrd = (m: RegExpExecArray) => ordinals(m[1], lang).map((index) => ({ part: 'operative' as const, index, subs: [] }));
	const short: Pattern = {
		re: /\b(PP|OP)\s?(\d{1,3})\b/gu,
		build: (m) => [{ part: m[1] === 'PP' ? 'preamble' : 'operative', index: Number(m[2]), subs: [] }],
	};
	// A sub-paragraph named before its paragraph: "l'alinéa b) du paragraphe 2", "subparagraph (b) of operative paragraph 2".
	const subFirst = (re: string): Pattern => ({
		re: new RegExp(re, 'giu'),
		build: (m) => [{ part: 'operative', index: Number(m[3]), subs: [m[2], m[1]].filter((s): s is string => !!s).map((s) => s.toLowerCase()) }],
	});
	if (lang === 'fr') {
		const list = `(${FR_ITEM}(?:${SEP.fr}${FR_ITEM})*)`;
		return [
			subFirst(String.raw`(?:sous-alin[ée]a\s+([ivxl]{1,5})\)\s+de\s+l['’]\s*)?alin[ée]a\s+([a-z]{1,3})\)\s+du\s+paragraphe\s+(\d{1,3})(?:\s+du\s+dispositif)?`),
			{ re: new RegExp(`${ordList(lang)}\\s+alin[ée]as?\\s+(?:du|de\\s+son)\\s+pr[ée]ambule`, 'giu'), build: pre },
			{ re: new RegExp(`alin[ée]as?\\s+${list}\\s+du\\s+pr[ée]ambule`, 'giu'), build: preCard },
			{ re: new RegExp(`${ordList(lang)}\\s+paragraphes?\\s+du\\s+dispositif`, 'giu'), build: opOrd },
			{ re: new RegExp(`paragraphes?\\s+${list}(?:\\s+du\\s+dispositif)?`, 'giu'), build: op },
			short,
		];
	}
	if (lang === 'es') {
		const list = `(${FR_ITEM}(?:${SEP.es}${FR_ITEM})*)`;
		const nested: Pattern = {
			re: new RegExp(`(?:(?:el\\s+)?inciso\\s+([ivxl]{1,5})\\)\\s+del\\s+)?(?:(?:el\\s+)?apartado\\s+([a-z]{1,3})\\)\\s+del\\s+)p[áa]rrafo\\s+(\\d{1,3})(?:\\s+de\\s+la\\s+parte\\s+dispositiva)?`, 'giu'),
			build: (m) => [{ part: 'operative', index: Number(m[3]), subs: [m[2], m[1]].filter((s): s is string => !!s).map((s) => s.toLowerCase()) }],
		};
		return [
			nested,
			{ re: new RegExp(`${ordList(lang)}\\s+p[áa]rrafos?\\s+del\\s+pre[áa]mbulo`, 'giu'), build: pre },
			{ re: new RegExp(`p[áa]rrafos?\\s+(?:del\\s+pre[áa]mbulo|preambular(?:es)?)\\s+${list}`, 'giu'), build: preCard },
			{ re: new RegExp(`${ordList(lang)}\\s+p[áa]rrafos?\\s+de\\s+la\\s+parte\\s+dispositiva`, 'giu'), build: opOrd },
			{ re: new RegExp(`p[áa]rrafos?\\s+${list}(?:\\s+de\\s+la\\s+parte\\s+dispositiva)?`, 'giu'), build: op },
			short,
		];
	}
	const list = `(${EN_ITEM}(?:${SEP.en}${EN_ITEM})*)`;
	return [
		subFirst(String.raw`(?:sub-?paragraph\s+\(([ivxl]{1,5})\)\s+of\s+)?sub-?paragraph\s+\(([a-z]{1,3})\)\s+of\s+(?:operative\s+)?paragraph\s+(\d{1,3})`),
		{ re: new RegExp(`${ordList(lang)}\\s+preambular\\s+paragraphs?`, 'giu'), build: pre },
		{ re: new RegExp(`${ordList(lang)}\\s+paragraphs?\\s+of\\s+the\\s+preamble`, 'giu'), build: pre },
		{ re: new RegExp(`preambular\\s+paragraphs?\\s+${list}`, 'giu'), build: preCard },
		{ re: new RegExp(`${ordList(lang)}\\s+operative\\s+paragraphs?`, 'giu'), build: opOrd },
		{ re: new RegExp(`(?:operative\\s+)?(?:sub)?paragraphs?\\s+${list}`, 'giu'), build: op },
		short,
	];
}

const cache = new Map<AmendLang, Pattern[]>();

/** Every paragraph reference in `s`, in the order written. */
export function findRefs(s: string, lang: AmendLang): FoundRef[] {
	let ps = cache.get(lang);
	if (!ps) {
		ps = patterns(lang);
		cache.set(lang, ps);
	}
	const found: { start: number; end: number; refs: ParaRef[] }[] = [];
	for (const p of ps) {
		p.re.lastIndex = 0;
		for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
			const start = m.index;
			const end = start + m[0].length;
			if (m[0].length === 0) {
				p.re.lastIndex++;
				continue;
			}
			if (!found.some((f) => start < f.end && f.start < end)) {
				const refs = p.build(m, lang);
				if (refs.length > 0) {
					found.push({ start, end, refs });
				}
			}
		}
	}
	found.sort((a, b) => a.start - b.start);
	return found.flatMap((f) => {
		const section = sectionOf(s, f.start, f.end);
		return f.refs.map((ref) => ({ ref: section && ref.part === 'operative' ? { ...ref, section } : ref, start: f.start, end: f.end }));
	});
}

const SECTION = String.raw`(?:section|secci[oó]n|partie|part|parte)\s+([a-z]|[ivxl]{1,6})\b`;
const SECTION_BEFORE = new RegExp(String.raw`${SECTION}\s*,\s*(?:(?:in|au|aux|a la|à la|en el|en la|el|le|la|the)\s+)?$`, 'iu');
const SECTION_AFTER = new RegExp(String.raw`^\s*,?\s*(?:of|de la|du|del|de)\s+(?:la\s+)?${SECTION}`, 'iu');

/**
 * The section a reference names in a text of several sections that each number from 1: "in section B, operative
 * paragraph 1", "operative paragraph 1 of section B", "dans la section B, au paragraphe 1 du dispositif", "le
 * paragraphe 1 du dispositif de la section B", "el párrafo 1 de la parte dispositiva de la sección B".
 */
function sectionOf(s: string, start: number, end: number): string | undefined {
	const m = SECTION_BEFORE.exec(s.slice(Math.max(0, start - 40), start)) ?? SECTION_AFTER.exec(s.slice(end, end + 40));
	return m?.[1].toUpperCase();
}

/** How a reference is written in messages: `PP3`, `OP2 (e)`, `B OP1`. */
export function refLabel(r: ParaRef): string {
	const n = r.index === -1 ? 'last' : String(r.index);
	return `${r.section ? `${r.section} ` : ''}${r.part === 'preamble' ? 'PP' : 'OP'}${n}${r.subs.map((s) => ` (${s})`).join('')}`;
}
