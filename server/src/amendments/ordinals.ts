import type { Lang } from '../model/document';

/**
 * Ordinal words of the three languages, 1 to 199, both ways: amendments name preambular paragraphs by ordinal
 * ("the twenty-eighth preambular paragraph", "le troisième alinéa du préambule", "el decimocuarto párrafo del
 * preámbulo"). Reading is forgiving (case, accents, hyphens, gender, apocope); writing gives the usual form.
 */
export type AmendLang = 'en' | 'fr' | 'es';

export function asAmendLang(lang: Lang | string | undefined): AmendLang {
	return lang === 'fr' || lang === 'es' ? lang : 'en';
}

const EN_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_TENTHS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

function en(n: number): string {
	if (n >= 100) {
		const rest = n % 100;
		return rest === 0 ? 'one hundredth' : `one hundred and ${en(rest)}`;
	}
	if (n < 20) {
		return EN_UNITS[n];
	}
	const t = Math.floor(n / 10);
	return n % 10 === 0 ? EN_TENTHS[t] : `${EN_TENS[t]}-${EN_UNITS[n % 10]}`;
}

const FR_CARD = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];

function frCardinal(n: number): string {
	if (n >= 100) {
		return n === 100 ? 'cent' : `cent ${frCardinal(n - 100)}`;
	}
	if (n < 20) {
		return FR_CARD[n];
	}
	const t = Math.floor(n / 10);
	let u = n % 10;
	if (t === 7 || t === 9) {
		u += 10;
	}
	const tens = FR_TENS[t];
	if (u === 0) {
		return t === 8 ? 'quatre-vingts' : tens;
	}
	if ((u === 1 || u === 11) && t !== 8 && t !== 9) {
		return `${tens} et ${FR_CARD[u]}`;
	}
	return `${tens}-${FR_CARD[u]}`;
}

function fr(n: number): string {
	if (n === 1) {
		return 'premier';
	}
	const c = frCardinal(n);
	if (c.endsWith('cinq')) {
		return `${c}uième`;
	}
	if (c.endsWith('neuf')) {
		return `${c.slice(0, -1)}vième`;
	}
	if (c.endsWith('quatre-vingts')) {
		return `${c.slice(0, -1)}ième`;
	}
	return c.endsWith('e') ? `${c.slice(0, -1)}ième` : `${c}ième`;
}

const ES_UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const ES_TENS = ['', 'décimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'];

/** The form before a masculine noun: `tercer párrafo`, `decimocuarto párrafo`, `vigésimo primer párrafo`. */
function es(n: number): string {
	if (n >= 100) {
		return n === 100 ? 'centésimo' : `centésimo ${es(n - 100)}`;
	}
	const t = Math.floor(n / 10);
	const u = n % 10;
	if (t === 0) {
		return ES_UNITS[u];
	}
	if (t === 1) {
		if (u === 0) {
			return 'décimo';
		}
		if (u === 1) {
			return 'undécimo';
		}
		if (u === 2) {
			return 'duodécimo';
		}
		return `decimo${ES_UNITS[u].replace('é', 'e')}`;
	}
	return u === 0 ? ES_TENS[t] : `${ES_TENS[t]} ${ES_UNITS[u]}`;
}

export function ordinalWord(n: number, lang: AmendLang): string {
	return lang === 'fr' ? fr(n) : lang === 'es' ? es(n) : en(n);
}

/** Lower case, no accents, no hyphens or spaces: the key under which ordinals are looked up. */
export function foldOrdinal(s: string): string {
	return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s\u00a0-]+/g, '').replace(/\bet\b/g, 'et');
}

const tables = new Map<AmendLang, Map<string, number>>();

function table(lang: AmendLang): Map<string, number> {
	let t = tables.get(lang);
	if (!t) {
		t = new Map();
		for (let n = 199; n >= 1; n--) {
			const w = foldOrdinal(ordinalWord(n, lang));
			t.set(w, n);
			if (lang === 'fr') {
				t.set(w.replace(/premier$/, 'premiere'), n);
				t.set(w.replace(/etun/, 'un'), n);
			}
			if (lang === 'es') {
				// Gender and full forms: `primero`, `primera`, `tercera`, `decimotercero`, `vigesimoprimero`.
				const full = w.replace(/primer$/, 'primero').replace(/tercer$/, 'tercero');
				t.set(full, n);
				t.set(full.replace(/o$/, 'a'), n);
				t.set(w.replace(/o(?=[a-z])/g, 'a').replace(/primer$/, 'primera').replace(/tercer$/, 'tercera'), n);
				if (n > 10 && n < 20) {
					t.set(`decimo${foldOrdinal(ES_UNITS[n % 10])}`, n);
				}
			}
		}
		if (lang === 'fr') {
			t.set('second', 2);
			t.set('seconde', 2);
			t.set('dernier', -1);
			t.set('derniere', -1);
		}
		if (lang === 'en') {
			t.set('last', -1);
		}
		if (lang === 'es') {
			t.set('ultimo', -1);
			t.set('ultima', -1);
		}
		tables.set(lang, t);
	}
	return t;
}

/** The value of an ordinal word (or numeral `3rd`, `3e`, `3º`); -1 for "last"; undefined when it is not one. */
export function ordinalValue(word: string, lang: AmendLang): number | undefined {
	const m = /^(\d{1,3})(?:st|nd|rd|th|e|er|re|ème|º|°|o|a)?$/i.exec(word.trim());
	if (m) {
		return Number(m[1]);
	}
	return table(lang).get(foldOrdinal(word));
}

/** A pattern that matches one ordinal word of the language (several words for compounds), for building regexes. */
export const ORDINAL_PATTERN: Record<AmendLang, string> = {
	en: String.raw`(?:(?:one hundred and )?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)|(?:one hundred and )?(?:twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|one hundredth|last|\d{1,3}(?:st|nd|rd|th))`,
	fr: String.raw`(?:(?:cent[- ])?(?:(?:vingt|trente|quarante|cinquante|soixante|quatre-vingt)(?:-et-|\s+et\s+|-))?(?:premi[eè]re?|second[e]?|[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*i[eè]me)|derni[eè]re?)`,
	es: String.raw`(?:(?:cent[ée]simo )?(?:(?:vig|trig|cuadrag|quincuag|sexag|septuag|octog|nonag)[ée]simo[ -]?)?(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]|d[ée]cim[oa](?:[ -]?(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]))?|und[ée]cim[oa]|duod[ée]cim[oa])|(?:vig|trig|cuadrag|quincuag|sexag|septuag|octog|nonag)[ée]sim[oa]|cent[ée]sim[oa]|[úu]ltim[oa])`,
};
