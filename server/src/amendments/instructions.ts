import { asAmendLang, type AmendLang } from './ordinals';
import { findQuotes } from './quotes';
import { findRefs } from './references';
import type { Instruction, Operation, ParaRef, PartName } from './types';

/**
 * Reads an amendment (an L-document as extracted, an oral revision as typed, or the output of `unres amendments`)
 * into instructions. The heading of an L-document (symbol, sponsors, title) is skipped: instructions start at the
 * first line that opens like one ("1.", "In", "After", "Delete", "Au", "Supprimer", "En el", "Suprímase" …).
 */

/** Folds case and accents without changing the length, so that offsets stay valid. */
export function fold(s: string): string {
	let out = '';
	for (const c of s) {
		out += c.length === 1 ? c.normalize('NFD')[0].toLowerCase() : c;
	}
	return out;
}

const START = new RegExp(
	'^(?:\\d{1,3}\\.\\s*)?(?:(?:in|at|after|before|delete|replace|insert|add|substitute|change|amend|renumber|finally|' +
		'au|aux|a la|dans|apres|avant|supprimer|remplacer|inserer|ajouter|modifier|renumeroter|enfin|' +
		'en (?:el|los|la|las)|al final|despues|antes|por ultimo|' +
		'(?:the|le|la|l\'|el|un|a)\\s*[\\p{L}-]+(?:\\s[\\p{L}-]+){0,3}\\s+(?:preambular|operative|alinea|paragraph|parrafo|paragraphe|new|nouvel|nouveau|nuevo)|' +
		'(?:le|el|the)\\s+(?:paragraphe|parrafo|paragraph)s?\\s+\\d+|' +
		'(?:el|los) (?:inciso|apartado)s?|l[\'’]alinea|le sous-alinea|sub-?paragraph|' +
		'(?:operative|preambular) paragraph|pp\\d|op\\d)\\b|suprim|sustituy|reemplac|insert|anad|modifiq|renumer)',
	'u',
);
const NUMBER_ONLY = /^\d{1,3}\.$/;
const FURNITURE = /^(?:\*+\s|_{5,}$|\d{2}-\d{5}|\*\d{7}\*|(?:A|E|S)\/[A-Z0-9.]+\/\S+$)/;

interface Line {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

function linesOf(text: string): Line[] {
	const out: Line[] = [];
	let at = 0;
	for (const raw of text.split('\n')) {
		const t = raw.replace(/\r$/, '');
		out.push({ start: at, end: at + t.length, text: t.trim() });
		at += raw.length + 1;
	}
	return out;
}

/** A sentence that announces oral revisions ("… orally revised the draft resolution as follows:"): no instruction. */
const ANNOUNCES = /\b(?:orally (?:revised|amended)|revised orally|a revise oralement|revis[oa] oralmente|enmendo oralmente|de viva voz)\b/;

const isStart = (l: Line) => /^[\p{Lu}\d]/u.test(l.text) && START.test(fold(l.text));

/** Splits an amendment into the pieces that are instructions, then reads each. */
export function parseAmendment(text: string, langHint?: string): Instruction[] {
	const lines = linesOf(text);
	const groups: Line[][] = [];
	let current: Line[] | undefined;
	let payload = false;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.text === '' || FURNITURE.test(l.text) || (ANNOUNCES.test(fold(l.text)) && findQuotes(l.text).length === 0)) {
			continue;
		}
		const numbered = NUMBER_ONLY.test(l.text) && lines.slice(i + 1).find((n) => n.text !== '' && !FURNITURE.test(n.text));
		const numberedStart = numbered && isStart(numbered);
		const opensNumbered = /^\d{1,3}\.\s/.test(l.text) && isStart(l);
		if (current && current.length === 1 && NUMBER_ONLY.test(current[0].text)) {
			current.push(l);
			payload = /:$/.test(l.text) && findQuotes(l.text.slice(l.text.lastIndexOf(':'))).length === 0;
			continue;
		}
		const ended = !current || /[.:;”»"]$/.test(current[current.length - 1].text);
		if (numberedStart || opensNumbered || (isStart(l) && ended && !payload)) {
			current = [l];
			groups.push(current);
			payload = /:$/.test(l.text) && findQuotes(l.text.slice(l.text.lastIndexOf(':'))).length === 0;
			continue;
		}
		if (current) {
			current.push(l);
			if (/:$/.test(l.text) && current.length === 1) {
				payload = true;
			}
		}
	}
	return groups.map((g) => readInstruction(text, g, langHint));
}

function readInstruction(source: string, group: Line[], langHint?: string): Instruction {
	const start = group[0].start + (source.slice(group[0].start).length - source.slice(group[0].start).trimStart().length);
	const end = group[group.length - 1].end;
	const joined = group.map((l) => l.text).join(' ').replace(/^\d{1,3}\.\s*/, '').replace(/\s+/g, ' ').trim();
	const lang = detectLang(joined, langHint);
	const op = readOperation(joined, lang);
	return { span: { start, end }, text: joined, lang, ...(op ? { op } : { problem: 'unreadable' }) };
}

export function detectLang(s: string, hint?: string): AmendLang {
	// Quoted words and the text after "reading:" are in the draft's language, not the amendment's.
	const sk = skeleton(s).sk;
	const f = sk.slice(0, sk.search(/:(?:\s|$)/) >= 0 ? sk.search(/:(?:\s|$)/) : sk.length).replace(/\u0000\d+\u0000/g, ' ');
	const fr = (f.match(/\b(?:alinea|paragraphes?|renumerot\w*|conviendrait|dispositif|preambule|remplacer|supprimer|inserer|ajouter|mots|apres|devrai\w+)\b|«/g) ?? []).length;
	const es = (f.match(/\b(?:parrafo|parrafos|preambulo|parte dispositiva|seccion|sustituy\w+|suprim\w+|insert\w+se|anad\w+|palabras|despues|deberi\w+|debe|leerse|manera)\b/g) ?? []).length;
	const en = (f.match(/\b(?:paragraph|preambular|operative|replace|delete|insert|after|words|should|with)\b/g) ?? []).length;
	if (fr === 0 && es === 0 && en === 0) {
		return asAmendLang(hint);
	}
	return fr > es && fr > en ? 'fr' : es > en && es >= fr ? 'es' : 'en';
}

const Q = '\u0000';

/** The instruction with every quotation replaced by `\u0000n\u0000`, folded, and the quotations' texts. */
function skeleton(s: string): { sk: string; quotes: string[]; afterColon?: string } {
	const qs = findQuotes(s);
	let sk = '';
	let at = 0;
	qs.forEach((q, i) => {
		sk += s.slice(at, q.start) + `${Q}${i}${Q}`;
		at = q.end;
	});
	sk += s.slice(at);
	return { sk: fold(sk).replace(/\s+/g, ' '), quotes: qs.map((q) => q.text) };
}

const W = String.raw`(?:(?:the |les |las |la |le |el |l')?(?:words?|phrase|mots?|palabras?|termes?|expression|texto?|text)\s+)?`;
const QN = `${W}${Q}(\\d+)${Q}`;

const NEW_PARAGRAPH = /\b(?:new|additional|nouvel|nouveau|nouvelle|nuevo|nueva)\b|following paragraph|paragraphe suivant|alinea suivant|siguiente parrafo/;
const WHOLE = /(?:read(?:s)? as follows|should read|shall read|will read|to read\b|comme suit|ainsi libelle|texte suivant|texte ci-apres|para que diga|que diga|de la siguiente manera|debe leerse|deberia leerse|substitute therefor|with the following|par ce qui suit|por el siguiente texto|siguiente texto)/;
const REPLACE = /(?:replac|substitut|remplac|sustitu|reemplaz|change)/;
const DELETE = /(?:delet|omit|strike|supprim|suprim|elimin)/;
const INSERT = /(?:insert|add|inser|ajout|anad|agreg)/;
const POSITION = /\b(after|before|apres|avant|despues del?|antes del?|tras)\b/;
const AT_END = /\b(?:at the end|a la fin|al final)\b/;
const RENUMBER = /renumber|renumerot|renumer/;

const isBefore = (w: string) => /^(?:before|avant|antes)/.test(w);

/** The text after the colon of "reading:" when it is not quoted; footnotes and page furniture dropped. */
function block(s: string): string | undefined {
	const colon = s.search(/:\s/);
	if (colon < 0) {
		return undefined;
	}
	const rest = s.slice(colon + 1).trim();
	return rest.length > 0 ? rest : undefined;
}

function paragraphsAfterColon(s: string, sk: string, quotes: string[]): string[] {
	const colon = sk.search(/:(?:\s|$)/);
	if (colon < 0) {
		return quotes.length > 0 ? [quotes[quotes.length - 1]] : [];
	}
	const after = [...sk.slice(colon).matchAll(new RegExp(`${Q}(\\d+)${Q}`, 'g'))].map((m) => quotes[Number(m[1])]);
	if (after.length > 0) {
		return after;
	}
	const b = block(s);
	return b ? [b] : [];
}

export function readOperation(s: string, lang: AmendLang): Operation | undefined {
	const { sk, quotes } = skeleton(s);
	const colon = sk.search(/:(?:\s|$)/);
	const head = colon >= 0 ? sk.slice(0, colon) : sk;
	const refs = findRefs(head, lang);
	const targets: ParaRef[] = refs.map((r) => r.ref);
	const quoteAt = (re: RegExp) => re.exec(head);
	const headQuotes = [...head.matchAll(new RegExp(`${Q}(\\d+)${Q}`, 'g'))].map((m) => Number(m[1]));

	// A new paragraph after or before another.
	if (INSERT.test(head) && NEW_PARAGRAPH.test(head) && refs.length > 0) {
		const pos = POSITION.exec(head);
		const anchor = refs[0].ref;
		const phrase = head.slice(NEW_PARAGRAPH.exec(head)?.index ?? 0).split(/\b(?:after|before|apres|avant|despues|antes|tras)\b/)[0];
		const part: PartName = /preambul|alinea/.test(phrase) ? 'preamble' : /operative|dispositi|paragraphe\b/.test(phrase) ? 'operative' : anchor.part;
		const texts = paragraphsAfterColon(s, sk, quotes);
		return texts.length > 0 ? { kind: 'insertParagraph', anchor, position: pos && isBefore(pos[1]) ? 'before' : 'after', part, texts } : undefined;
	}
	// Word replacement: "replace “a” with “b”", "substitute “b” for “a”", "remplacer « a » par « b »", "sustitúyase “a” por “b”".
	if (REPLACE.test(head) && headQuotes.length >= 2) {
		const m = quoteAt(new RegExp(`${QN}\\s*,?\\s*(with|by|par|por|for)\\s+(?:(?:the|les|las|la|le|el) )?${QN}`))
			?? quoteAt(new RegExp(`${QN}\\s+(?:should|shall|would|must|are to|is to|devrai\\w*|doivent|deberi\\w*|deben)?\\s*(?:be\\s+|etre\\s+)?(?:replaced|remplace\\w*|sustituirse|reemplazarse)\\s+(with|by|par|por)\\s+(?:(?:the|les|las|la|le|el) )?${QN}`));
		if (m && targets.length > 0) {
			const a = quotes[Number(m[1])];
			const b = quotes[Number(m[3])];
			return m[2] === 'for' ? { kind: 'replaceWords', targets, from: b, to: a } : { kind: 'replaceWords', targets, from: a, to: b };
		}
	}
	// Whole paragraph: "… to read as follows:", "Modifier … comme suit :", "… debe leerse de la siguiente manera:".
	if (WHOLE.test(sk) && targets.length > 0 && headQuotes.length === 0) {
		const texts = paragraphsAfterColon(s, sk, quotes);
		return texts.length > 0 ? { kind: 'replaceParagraph', targets, text: texts.join(' ') } : undefined;
	}
	// Words inserted after, before or at the end.
	if (INSERT.test(head) && headQuotes.length >= 1 && targets.length > 0) {
		if (AT_END.test(head) && headQuotes.length === 1) {
			return { kind: 'addAtEnd', targets, words: quotes[headQuotes[0]] };
		}
		const m = quoteAt(new RegExp(`\\b(after|before|apres|avant|despues de|antes de|tras)\\s+${QN}`));
		if (m && headQuotes.length === 2) {
			const anchorIndex = Number(m[2]);
			const words = headQuotes.find((q) => q !== anchorIndex) as number;
			return { kind: 'insertWords', targets, words: quotes[words], anchor: quotes[anchorIndex], position: isBefore(m[1]) ? 'before' : 'after' };
		}
	}
	if (DELETE.test(head) && headQuotes.length === 1 && targets.length > 0) {
		return { kind: 'deleteWords', targets, words: quotes[headQuotes[0]] };
	}
	if (DELETE.test(head) && headQuotes.length === 0 && targets.length > 0) {
		if (/substitute therefor|and substitute|et remplacer|y sustituy/.test(sk) && colon >= 0) {
			const texts = paragraphsAfterColon(s, sk, quotes);
			if (texts.length > 0) {
				return { kind: 'replaceParagraph', targets, text: texts.join(' ') };
			}
		}
		return { kind: 'deleteParagraphs', targets };
	}
	if (RENUMBER.test(sk) && targets.length === 0) {
		return { kind: 'renumber' };
	}
	return undefined;
}
