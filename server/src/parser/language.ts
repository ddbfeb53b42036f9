import type { Lang } from '../model/document';

/** Function words that tell English, French and Spanish apart; scored on the first part of the text. */
const WORDS: Record<'en' | 'fr' | 'es', readonly string[]> = {
	en: ['the', 'and', 'of', 'to', 'its', 'with', 'that', 'for', 'on'],
	fr: ['les', 'des', 'du', 'et', 'à', 'sa', 'ses', 'dans', 'une', 'aux', 'qui', 'sur'],
	es: ['los', 'las', 'del', 'y', 'el', 'su', 'sus', 'una', 'por', 'con', 'que', 'al'],
};

const SAMPLE = 60_000;

/**
 * Detects the language of a resolution text. Scripts decide Arabic, Russian and Chinese; function
 * words decide between English, French and Spanish. Returns `en` for text with no evidence.
 */
export function detectLanguage(text: string): Lang {
	const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
	let latin = 0;
	let arabic = 0;
	let cyrillic = 0;
	let cjk = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
			latin++;
		} else if (c >= 0x600 && c <= 0x6ff) {
			arabic++;
		} else if (c >= 0x400 && c <= 0x4ff) {
			cyrillic++;
		} else if (c >= 0x4e00 && c <= 0x9fff) {
			cjk += 3; // one ideograph carries a word's worth of text
		}
	}
	const best = Math.max(latin, arabic, cyrillic, cjk);
	if (best > 0 && best !== latin) {
		return best === arabic ? 'ar' : best === cyrillic ? 'ru' : 'zh';
	}
	const score = { en: 0, fr: 0, es: 0 };
	const lists = Object.entries(WORDS) as ['en' | 'fr' | 'es', readonly string[]][];
	const index = new Map<string, ('en' | 'fr' | 'es')[]>();
	for (const [lang, words] of lists) {
		for (const w of words) {
			index.set(w, [...(index.get(w) ?? []), lang]);
		}
	}
	for (const m of sample.toLowerCase().matchAll(/[a-zàâçéèêëîïôûùüÿñóíúá]+/g)) {
		const langs = index.get(m[0]);
		if (langs) {
			for (const lang of langs) {
				score[lang]++;
			}
		}
	}
	if (score.en === 0 && score.fr === 0 && score.es === 0) {
		return 'en';
	}
	return score.fr > score.en && score.fr >= score.es ? 'fr' : score.es > score.en && score.es > score.fr ? 'es' : 'en';
}
