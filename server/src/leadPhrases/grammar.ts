import { EN_ADJECTIVES, EN_IRREGULAR, EN_VERBS, ES_ADJECTIVES, ES_IRREGULAR, ES_VERBS, FR_ADJECTIVES, FR_VERBS } from './lexicon';
import type { LeadKind, LeadLang } from './table';

// Lead phrases by their grammar (issue 19): a preambular paragraph opens with a participle or an adjective, an
// operative one with a verb in the third person, either after adverbs (`Deeply disappointed`, `Urgently calls upon`,
// `Vivement préoccupée`, `Sumamente preocupada`), a reflexive (`Se déclare prêt`, `S’inquiétant`,
// `Comprometiéndose`) or a perfect (`Having considered`, `Ayant examiné`, `Habiendo examinado`). The words come from
// the lexicon; the table keeps what grammar cannot tell (which phrase goes where, agreement, equivalents, completion).

interface Forms {
	readonly preambular: ReadonlySet<string>;
	readonly operative: ReadonlySet<string>;
}

/** Words that may stand before the participle or the verb. */
const ADVERBS: Readonly<Record<LeadLang, ReadonlySet<string>>> = {
	en: new Set(`also further deeply firmly ever being urgently strongly fully greatly profoundly gravely seriously extremely
		particularly equally unequivocally solemnly once again more most very highly increasingly sincerely warmly expressly
		duly having is moreover consistently resolutely fervently earnestly emphatically still likewise keenly wholeheartedly`.split(/\s+/)),
	fr: new Set(`également aussi en outre de nouveau à profondément vivement fermement très extrêmement gravement sérieusement
		pleinement instamment encore toujours résolument sincèrement particulièrement hautement tout ayant étant est se`.split(/\s+/)),
	es: new Set(`también asimismo además nuevamente de nuevo una vez más profundamente sumamente firmemente urgentemente
		encarecidamente plenamente muy gravemente seriamente sinceramente particularmente especialmente enérgicamente
		decididamente igualmente habiendo siendo se`.split(/\s+/)),
};

function english(): Forms {
	const pre = new Set<string>(EN_ADJECTIVES);
	const op = new Set<string>();
	for (const v of EN_VERBS) {
		const consonantY = /[^aeiou]y$/.test(v);
		op.add(/(?:s|x|z|ch|sh|o)$/.test(v) ? `${v}es` : consonantY ? `${v.slice(0, -1)}ies` : `${v}s`);
		const e = /[^eoy]e$/.test(v) ? v.slice(0, -1) : v;
		const last = v[v.length - 1];
		pre.add(`${e}ing`).add(`${v}${last}ing`);
		pre.add(v.endsWith('e') ? `${v}d` : consonantY ? `${v.slice(0, -1)}ied` : `${v}ed`).add(`${v}${last}ed`);
		for (const p of EN_IRREGULAR[v] ?? []) {
			pre.add(p);
		}
	}
	return { preambular: pre, operative: op };
}

/** Masculine and feminine, singular and plural, of a French participle or adjective. */
function frGenders(w: string): string[] {
	if (w.endsWith('eux')) {
		return [w, `${w.slice(0, -1)}se`, `${w.slice(0, -1)}ses`];
	}
	if (w.endsWith('if')) {
		return [w, `${w}s`, `${w.slice(0, -1)}ve`, `${w.slice(0, -1)}ves`];
	}
	if (w.endsWith('et')) {
		return [w, `${w}s`, `${w.slice(0, -2)}ète`, `${w.slice(0, -2)}ètes`];
	}
	return w.endsWith('s') ? [w, `${w}e`, `${w}es`] : [w, `${w}e`, `${w}s`, `${w}es`];
}

/** Third person, present participle and past participle of a French verb, by its pattern. */
function frVerb(inf: string): [string[], string, string] {
	const stem = (n: number) => inf.slice(0, -n);
	const patterns: [RegExp, (s: string) => [string[], string, string]][] = [
		[/^savoir$/, () => [['sait'], 'sachant', 'su']],
		[/faire$/, (s) => [[`${s}fait`], `${s}faisant`, `${s}fait`]],
		[/dire$/, (s) => [[`${s}dit`], `${s}disant`, `${s}dit`]],
		[/prendre$/, (s) => [[`${s}prend`], `${s}prenant`, `${s}pris`]],
		[/mettre$/, (s) => [[`${s}met`], `${s}mettant`, `${s}mis`]],
		[/enir$/, (s) => [[`${s}ient`], `${s}enant`, `${s}enu`]],
		[/indre$/, (s) => [[`${s}int`], `${s}ignant`, `${s}int`]],
		[/(?:en|on|an|er)dre$/, (s) => [[`${s}${inf.slice(s.length, -2)}`], `${inf.slice(0, -2)}ant`, `${inf.slice(0, -2)}u`]],
		[/aître$/, (s) => [[`${s}aît`, `${s}ait`], `${s}aissant`, `${s}u`]],
		[/croire$/, (s) => [[`${s}croit`], `${s}croyant`, `${s}cru`]],
		[/aincre$/, (s) => [[`${s}ainc`], `${s}ainquant`, `${s}aincu`]],
		[/cevoir$/, (s) => [[`${s}çoit`], `${s}cevant`, `${s}çu`]],
		[/ouvoir$/, (s) => [[`${s}eut`], `${s}ouvant`, `${s}u`]],
		[/uivre$/, (s) => [[`${s}uit`], `${s}uivant`, `${s}uivi`]],
		[/(?:vr|fr)ir$/, () => [[`${inf.slice(0, -2)}e`], `${inf.slice(0, -2)}ant`, `${inf.slice(0, -3)}ert`]],
		[/eillir$/, (s) => [[`${s}eille`], `${s}eillant`, `${s}eilli`]],
		[/élire$/, (s) => [[`${s}élit`], `${s}élisant`, `${s}élu`]],
		[/partir$/, (s) => [[`${s}part`], `${s}partant`, `${s}parti`]],
		[/ir$/, (s) => [[`${s}it`], `${s}issant`, `${s}i`]],
	];
	for (const [re, make] of patterns) {
		const m = re.exec(inf);
		if (m) {
			return make(inf.slice(0, m.index));
		}
	}
	// First group: `demander`; `appeler` → appelle, `réitérer` → réitère, `appuyer` → appuie, `engager` → engageant.
	const s = stem(2);
	const third = [`${s}e`];
	if (/[lt]$/.test(s) && /e[lt]$/.test(s)) {
		third.push(`${s}${s[s.length - 1]}e`);
	}
	// `réitérer` → réitère, `élever` → élève.
	if (/[ée][^aeiouyéè]+$/.test(s)) {
		third.push(`${s.replace(/[ée]([^aeiouyéè]+)$/, 'è$1')}e`);
	}
	if (s.endsWith('y')) {
		third.push(`${s.slice(0, -1)}ie`);
	}
	const ppr = s.endsWith('g') ? `${s}eant` : s.endsWith('c') ? `${s.slice(0, -1)}çant` : `${s}ant`;
	return [third, ppr, `${s}é`];
}

function french(): Forms {
	const pre = new Set<string>(FR_ADJECTIVES.flatMap(frGenders));
	const op = new Set<string>();
	for (const v of FR_VERBS) {
		const [third, ppr, pp] = frVerb(v);

		third.forEach((t) => op.add(t));
		pre.add(ppr);
		frGenders(pp).forEach((f) => pre.add(f));
	}
	return { preambular: pre, operative: op };
}

/** Masculine and feminine, singular and plural, of a Spanish participle or adjective. */
function esGenders(w: string): string[] {
	if (w.endsWith('o')) {
		return [w, `${w.slice(0, -1)}a`, `${w}s`, `${w.slice(0, -1)}as`];
	}
	if (w.endsWith('or')) {
		return [w, `${w}a`, `${w}es`, `${w}as`];
	}
	return [w, `${w}s`];
}

function spanish(): Forms {
	const pre = new Set<string>(ES_ADJECTIVES.flatMap(esGenders));
	const op = new Set<string>();
	for (const v of ES_VERBS) {
		const s = v.slice(0, -2);
		const ar = v.endsWith('ar');
		op.add(ar ? `${s}a` : `${s}e`);
		pre.add(ar ? `${s}ando` : `${s}iendo`);
		esGenders(ar ? `${s}ado` : `${s}ido`).forEach((f) => pre.add(f));
		for (const f of ES_IRREGULAR[v] ?? []) {
			// A gerund, a participle (`hecho`, `resuelto`) with its genders, or a third person (`renueva`, `pide`).
			if (f.endsWith('ndo')) {
				pre.add(f);
			} else if (f.endsWith('o')) {
				esGenders(f).forEach((x) => pre.add(x));
			} else {
				op.add(f);
			}
		}
	}
	return { preambular: pre, operative: op };
}

let forms: Readonly<Record<LeadLang, Forms>> | undefined;

function formsOf(lang: LeadLang): Forms {
	forms ??= { en: english(), fr: french(), es: spanish() };
	return forms[lang];
}

/** The word a reflexive or enclitic form stands for: `s'inquiétant` → inquiétant, `comprometiéndose` → comprometiendo. */
function bare(word: string, lang: LeadLang): string {
	if (lang === 'fr' && /^s'/.test(word)) {
		return word.slice(2);
	}
	if (lang === 'es' && /(?:ándose|iéndose)$/.test(word)) {
		return word.slice(0, -2).replace(/á(ndo)$/, 'a$1').replace(/ié(ndo)$/, 'ie$1');
	}
	return word;
}

/**
 * Whether the opening words (normalised, in order) make a lead phrase of `kind` by their grammar: adverbs,
 * a reflexive or a perfect, then a participle or adjective (preambular) or a verb in the third person (operative).
 */
export function leadByGrammar(norms: readonly string[], lang: LeadLang, kind: LeadKind): boolean {
	const f = formsOf(lang);
	const set = kind === 'preambular' ? f.preambular : f.operative;
	for (let i = 0; i < Math.min(norms.length, 6); i++) {
		const w = bare(norms[i], lang);
		const plain = lang === 'en' ? w.replace(/^re-?(?=[a-z]{4})/, '') : w;
		if (set.has(w) || set.has(plain)) {
			return true;
		}
		if (!ADVERBS[lang].has(norms[i]) && !(lang === 'fr' && norms[i] !== w)) {
			return false;
		}
	}
	return false;
}
