/**
 * The closing meeting line in its modern and older forms: `28th plenary meeting`, `30^e séance plénière`,
 * `51.ª sesión plenaria`, `1976a. sesión plenaria`, `1934e séance plénière`, meeting numbers written out
 * (`Sixty-fourth plenary meeting`, `One hundred and twelfth plenary meeting`, the Economic and Social Council's
 * Spanish `Primera sesión plenaria`, `Vigésima tercera sesión plenaria`) and the Security Council's older
 * `Adopted unanimously at the 5th meeting.` / `Adopted at the 873rd meeting by 8 votes to none …`.
 */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** `sixty-fourth`, `one hundred and twelfth`, `two thousand and third`: an English ordinal written out. */
const ORDINAL_WORDS = String.raw`(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+thousand(?:\s+and)?\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)`;

/** `Primera`, `Octava`, `Decimotercera`, `Vigésima primera`, `Centésima`: a Spanish ordinal written out. */
const ES_UNIT = String.raw`(?:primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|quint[ao]|sext[ao]|s[eé]ptim[ao]|octav[ao]|noven[ao])`;
const ES_ORDINAL_WORDS = String.raw`(?:cent[eé]sim[ao]\s+)?(?:(?:d[eé]cim|vig[eé]sim|trig[eé]sim|cuadrag[eé]sim|quincuag[eé]sim|sexag[eé]sim|septuag[eé]sim|octog[eé]sim|nonag[eé]sim)[ao]?(?:\s*${ES_UNIT})?|und[eé]cim[ao]|duod[eé]cim[ao]|${ES_UNIT}|cent[eé]sim[ao])`;

const ADOPTED = String.raw`(?:Adopted|Adoptée?|Aprobada|Aprobado)(?:\s+(?:unanimously|without\s+(?:a\s+)?vote|à\s+l['’]unanimité|sans\s+(?:avoir\s+été\s+mise\s+aux\s+voix|vote)|por\s+unanimidad|sin\s+votación))?\s+(?:at\s+the|à\s+la|en\s+la)\s+`;
const SUFFIX = String.raw`(?:st|nd|rd|th|\^e|\^re|\^er|ème|eme|ᵉ|re|er|e|\.ª|ª\.?|\.a|ra|da|ta|ma|va|na|a\.?|\.º|º|o\.)?`;

/** Closing meeting line, tested on the start of a trimmed, masked unit; group 1 is the meeting number, digits or words (words only before `plenary`). */
export const CLOSING = new RegExp(
	String.raw`^(?:${ADOPTED})?(\d{1,5}|${ORDINAL_WORDS}(?=\s+(?:\([^)]*\)\s+)?plenary\b)|${ES_ORDINAL_WORDS}(?=\s+(?:\([^)]*\)\s+)?sesi[oó]n\s+plenaria\b))\s*${SUFFIX}\s+(?:\((?:resumed|reprise|continuación)\)\s+)?(plenary\s+meeting|séance\s+plénière|sesión\s+plenaria|reunión\s+plenaria|meeting|séance|sesión)\b`,
	'i',
);

/** Stems of the Spanish ordinals, longest first, with their values (`decimo` + `tercera` → 13). */
const ES_STEMS: readonly [string, number][] = ([
	['primer', 1], ['segund', 2], ['tercer', 3], ['cuart', 4], ['quint', 5], ['sext', 6], ['septim', 7], ['octav', 8], ['noven', 9],
	['decim', 10], ['undecim', 11], ['duodecim', 12], ['vigesim', 20], ['trigesim', 30], ['cuadragesim', 40], ['quincuagesim', 50],
	['sexagesim', 60], ['septuagesim', 70], ['octogesim', 80], ['nonagesim', 90], ['centesim', 100],
] as [string, number][]).sort((a, b) => b[0].length - a[0].length);

/** `Vigésima tercera` → 23, `Decimoctava` → 18. */
function spanishOrdinal(written: string): number | undefined {
	let rest = written.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
	let total = 0;
	while (rest) {
		const stem = ES_STEMS.find(([s]) => rest.startsWith(s));
		if (!stem) {
			return undefined;
		}
		total += stem[1];
		rest = rest.slice(stem[0].length);
		// `decim|octava`: the ending vowel belongs to the next stem when one follows.
		if (!ES_STEMS.some(([s]) => rest.startsWith(s))) {
			rest = rest.replace(/^[ao]?\s*/, '');
		}
	}
	return total > 0 ? total : undefined;
}

/** The meeting's number from CLOSING's group 1: `873`, `Sixty-fourth` → 64, `One hundred and twelfth` → 112, `Octava` → 8. */
export function meetingNumberOf(written: string): number | undefined {
	if (/^\d+$/.test(written)) {
		return Number(written);
	}
	const spanish = spanishOrdinal(written);
	if (spanish !== undefined) {
		return spanish;
	}
	let total = 0;
	let group = 0;
	for (const word of written.toLowerCase().split(/[-\s]+/)) {
		if (word === 'and') {
			continue;
		}
		if (word === 'thousand' || word === 'thousandth') {
			total += Math.max(group, 1) * 1000;
			group = 0;
		} else if (word === 'hundred' || word === 'hundredth') {
			group = Math.max(group, 1) * 100;
		} else if (UNITS.includes(word)) {
			group += UNITS.indexOf(word);
		} else if (UNIT_ORDINALS.includes(word)) {
			group += UNIT_ORDINALS.indexOf(word);
		} else if (TEENS.includes(word)) {
			group += 10 + TEENS.indexOf(word);
		} else if (TENS.includes(word)) {
			group += 10 * TENS.indexOf(word);
		} else if (TENS_ORDINALS.includes(word)) {
			group += 10 * TENS_ORDINALS.indexOf(word);
		} else {
			return undefined;
		}
	}
	const n = total + group;
	return n > 0 ? n : undefined;
}
