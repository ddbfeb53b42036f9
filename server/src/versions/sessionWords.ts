import type { Lang } from '../model/document';

/** Session numbers in words, as mastheads write them: `Eighty-first session`, `Soixante-seizième session`, `Octogésimo primer período de sesiones`. */

const EN_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS = ['', '', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];

function english(n: number): string {
	if (n >= 100) {
		const rest = n % 100;
		return rest === 0 ? `${n === 100 ? 'one hundredth' : `${english(Math.floor(n / 100))} hundredth`}` : `one hundred and ${english(rest)}`;
	}
	if (n < 10) {
		return EN_UNITS[n];
	}
	if (n < 20) {
		return EN_TEENS[n - 10];
	}
	const t = EN_TENS[Math.floor(n / 10)];
	const u = n % 10;
	return u === 0 ? `${t}ieth` : `${t}y-${EN_UNITS[u]}`;
}

const FR_UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const FR_TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function frenchCardinal(n: number): string {
	if (n >= 100) {
		const rest = n % 100;
		return rest === 0 ? 'cent' : `cent ${frenchCardinal(rest)}`;
	}
	if (n <= 16) {
		return FR_UNITS[n];
	}
	if (n < 20) {
		return `dix-${FR_UNITS[n - 10]}`;
	}
	if (n < 70) {
		const t = FR_TENS[Math.floor(n / 10)];
		const u = n % 10;
		return u === 0 ? t : u === 1 ? `${t} et un` : `${t}-${FR_UNITS[u]}`;
	}
	if (n < 80) {
		return n === 71 ? 'soixante et onze' : `soixante-${frenchCardinal(n - 60)}`;
	}
	return n === 80 ? 'quatre-vingts' : `quatre-vingt-${frenchCardinal(n - 80)}`;
}

function french(n: number): string {
	if (n === 1) {
		return 'première';
	}
	const c = frenchCardinal(n).replace(/quatre-vingts$/, 'quatre-vingt');
	if (c.endsWith('cinq')) {
		return `${c}uième`;
	}
	if (c.endsWith('neuf')) {
		return `${c.slice(0, -1)}vième`;
	}
	return `${c.replace(/e$/, '')}ième`;
}

const ES_UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const ES_TENS = ['', 'décimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'];

function spanish(n: number): string {
	if (n >= 100) {
		const rest = n % 100;
		return rest === 0 ? 'centésimo' : `centésimo ${spanish(rest)}`;
	}
	const t = ES_TENS[Math.floor(n / 10)];
	const u = ES_UNITS[n % 10];
	return [t, u].filter((w) => w).join(' ');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The ordinal word of a session: `eighty-first`, `quatre-vingt-unième`, `octogésimo primer`. */
export function sessionOrdinal(n: number, lang: Lang): string {
	return lang === 'fr' ? french(n) : lang === 'es' ? spanish(n) : english(n);
}

/** The masthead's session line: `Eighty-first session`, `Quatre-vingt-unième session`, `Octogésimo primer período de sesiones`. */
export function sessionLine(n: number, lang: Lang): string {
	const word = capital(sessionOrdinal(n, lang));
	return lang === 'es' ? `${word} período de sesiones` : `${word} session`;
}
