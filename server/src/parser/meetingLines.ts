/**
 * The closing meeting line in its modern and older forms: `28th plenary meeting`, `30^e séance plénière`,
 * `51.ª sesión plenaria`, `1976a. sesión plenaria`, `1934e séance plénière`, meeting numbers written out
 * (`Sixty-fourth plenary meeting`, `One hundred and twelfth plenary meeting`) and the Security Council's older
 * `Adopted unanimously at the 5th meeting.` / `Adopted at the 873rd meeting by 8 votes to none …`.
 */

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const UNIT_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORDINALS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** `sixty-fourth`, `one hundred and twelfth`, `two thousand and third`: an English ordinal written out. */
const ORDINAL_WORDS = String.raw`(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+thousand(?:\s+and)?\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and)?\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)`;

/** `Octava sesión plenaria`: the Economic and Social Council's Spanish texts write their first ten meetings out. */
const SPANISH_ORDINALS = ['', 'primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena', 'décima'];
const SPANISH_WORDS = String.raw`(?:primera|segunda|tercera|cuarta|quinta|sexta|séptima|octava|novena|décima)`;

const ADOPTED = String.raw`(?:Adopted|Adoptée?|Aprobada|Aprobado)(?:\s+(?:unanimously|without\s+(?:a\s+)?vote|à\s+l['’]unanimité|sans\s+(?:avoir\s+été\s+mise\s+aux\s+voix|vote)|por\s+unanimidad|sin\s+votación))?\s+(?:at\s+the|à\s+la|en\s+la)\s+`;
const SUFFIX = String.raw`(?:st|nd|rd|th|\^e|\^re|\^er|ème|eme|ᵉ|re|er|e|\.ª|ª\.?|\.a|ra|da|ta|ma|va|na|a\.?|\.º|º|o\.)?`;

/** Closing meeting line, tested on the start of a trimmed, masked unit; group 1 is the meeting number, digits or words (words only before `plenary` or `sesión plenaria`). */
export const CLOSING = new RegExp(
	String.raw`^(?:${ADOPTED})?(\d{1,5}|${ORDINAL_WORDS}(?=\s+(?:\([^)]*\)\s+)?plenary\b)|${SPANISH_WORDS}(?=\s+sesión\s+plenaria\b))\s*${SUFFIX}\s+(?:\((?:resumed|reprise|continuación)\)\s+)?(plenary\s+meeting|séance\s+plénière|sesión\s+plenaria|meeting|séance|sesión)\b`,
	'i',
);

/** The meeting's number from CLOSING's group 1: `873`, `Sixty-fourth` → 64, `One hundred and twelfth` → 112. */
export function meetingNumberOf(written: string): number | undefined {
	if (/^\d+$/.test(written)) {
		return Number(written);
	}
	const spanish = SPANISH_ORDINALS.indexOf(written.toLowerCase());
	if (spanish > 0) {
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
