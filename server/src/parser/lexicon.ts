import type { Body, Lang } from '../model/document';

/**
 * Fixed wording of UN resolutions (spec §2), by language. Patterns run on one line of the masked
 * text (Markdown emphasis and links already blanked), trimmed.
 */

interface OrganPattern {
	readonly re: RegExp;
	readonly body: Body;
	readonly lang: Lang;
}

/** Organ lines: `The General Assembly,`, `L'Assemblée générale,`, `El Consejo de Seguridad,` … */
export const ORGAN_LINES: readonly OrganPattern[] = [
	{ re: /^The General Assembly\s*(,?)$/, body: 'GA', lang: 'en' },
	{ re: /^The Security Council\s*(,?)$/, body: 'SC', lang: 'en' },
	{ re: /^The Economic and Social Council\s*(,?)$/, body: 'ECOSOC', lang: 'en' },
	{ re: /^The Human Rights Council\s*(,?)$/, body: 'HRC', lang: 'en' },
	{ re: /^L['’]Assemblée générale\s*(,?)$/i, body: 'GA', lang: 'fr' },
	{ re: /^Le Conseil de sécurité\s*(,?)$/i, body: 'SC', lang: 'fr' },
	{ re: /^Le Conseil économique et social\s*(,?)$/i, body: 'ECOSOC', lang: 'fr' },
	{ re: /^Le Conseil des droits de l['’]homme\s*(,?)$/i, body: 'HRC', lang: 'fr' },
	{ re: /^La Asamblea General\s*(,?)$/i, body: 'GA', lang: 'es' },
	{ re: /^El Consejo de Seguridad\s*(,?)$/i, body: 'SC', lang: 'es' },
	{ re: /^El Consejo Económico y Social\s*(,?)$/i, body: 'ECOSOC', lang: 'es' },
	{ re: /^El Consejo de Derechos Humanos\s*(,?)$/i, body: 'HRC', lang: 'es' },
	// Arabic, Russian and Chinese organ lines: enough to find where the preamble starts.
	{ re: /^(?:إن\s+)?الجمعية العامة\s*[،,]?$/, body: 'GA', lang: 'ar' },
	{ re: /^(?:إن\s+)?مجلس الأمن\s*[،,]?$/, body: 'SC', lang: 'ar' },
	{ re: /^Генеральная Ассамблея\s*(,?)$/, body: 'GA', lang: 'ru' },
	{ re: /^Совет Безопасности\s*(,?)$/, body: 'SC', lang: 'ru' },
	{ re: /^大会\s*[，,]?$/, body: 'GA', lang: 'zh' },
	{ re: /^安全理事会\s*[，,]?$/, body: 'SC', lang: 'zh' },
];

/** Organ names as a masthead or a citation writes them, without article. */
export const ORGAN_NAMES: readonly { re: RegExp; body: Body }[] = [
	{ re: /General Assembly|Assemblée générale|Asamblea General/i, body: 'GA' },
	{ re: /Security Council|Conseil de sécurité|Consejo de Seguridad/i, body: 'SC' },
	{ re: /Economic and Social Council|Conseil économique et social|Consejo Económico y Social/i, body: 'ECOSOC' },
	{ re: /Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos/i, body: 'HRC' },
];

export function bodyNamedIn(text: string): Body | undefined {
	return ORGAN_NAMES.find((o) => o.re.test(text))?.body;
}

/** Heading-zone lines (spec §2.1–2.3). */
export const MASTHEAD = {
	unitedNations: /^(United Nations|Nations Unies|Naciones Unidas)\b/i,
	distribution: /\bDistr\.\s*:?\s*(General|Limited|Restricted|générale|limitée|restreinte|general|limitada|reservada)\b/i,
	session: /^(?:[\p{L}-]+\s+){0,3}(?:session|período de sesiones)\s*$|^(?:Eightieth|Seventy|Sixty)/iu,
	agendaItem: /^(Agenda item|Item\s+\d|Items?\s+\d|Point\s+\S+.*ordre du jour|Points?\s+\d|Tema\s+\S+.*programa|Temas?\s+\d)/i,
	original: /^(Original|Original\s*:|Langue originale)\s*:?/i,
	sponsors: /(draft resolution|projet de résolution|proyecto de resolución|draft decision|projet de décision|proyecto de decisión)\s*\**\s*$/i,
	adoption: /^(Resolution adopted by|Résolution adoptée par|Resolución aprobada por|Adopted (?:unanimously )?by the|Adoptée (?:à l'unanimité )?par le|Aprobada (?:por unanimidad )?por el|Decision adopted by|Décision adoptée par)/i,
	scResolutionLine: /^(?:Resolution|Résolution|Resolución)\s+(\d{1,4})\s*\((\d{4})\)\s*$/i,
	/** `75/10. Title`, `ES-11/1. Title`, `2019/19. Title` */
	numberedTitle: /^((?:ES-|S-)?\d{1,4}\/\d{1,4})(?:\s+([A-Z]))?\.\s+(\S.*)$/,
	bracket: /^\[.*\]?$/,
} as const;

/** Body lines (spec §2.4–2.6), tested on the start of a trimmed, masked line. */
/** `12.` opening an operative paragraph. */
export const NUMBERED = /^(\d{1,3})\.(?=[ \t\u00a0])/;
/** `(a)`, `a)`, `a.`, `(iv)` opening a sub-paragraph. */
export const LABEL_START = /^(?:\((?:[a-z]{1,3}|[ivxlc]{1,6})\)|(?:[a-z]{1,3}|[ivxlc]{1,6})\)|(?:[a-z]|[ivxlc]{1,6})\.)[ \t\u00a0]/;
/** Punctuation that ends a paragraph, before closing quotes, brackets and emphasis. */
export const TERMINAL = /[.;:,!?][\s"”’»)\]*_]*$/;
/** A part heading: `A`, `II`, `B. Human rights`. */
export const PART_HEADING = /^(?:[A-Z]|[IVXL]{1,6})(?:\.\s.*)?$/;
/** A preambular paragraph's first word (`Recalling`, `Rappelant`, `Recordando`) on a line that ends with a comma. */
export const PREAMBLE_START = /^(?:[A-Z][a-z]+(?:ing|ed)|[A-ZÉ][a-zéèêàç]+(?:ant|ée?s?)|[A-Z][a-záéíóú]+(?:ando|endo|iendo|ada|ado|ida|ido))\b.*,$/;

/** Closing meeting line (`28th plenary meeting`, `Sixty-fourth plenary meeting`, `1976a. sesión plenaria`): see meetingLines.ts. */
export { CLOSING } from './meetingLines';

/** Annex headings: `Annex`, `Annexe I`, `ANEXO`, `Annex A`. */
export const ANNEX = /^(Annex|Annexe|Anexo|ANNEX|ANNEXE|ANEXO)(?:\s+([IVXL]+|[A-Z]|\d+))?\b\s*(.*)$/;

/** `A/RES/80/192`, `A/C.3/80/L.50`: a document symbol alone on its line (a running head of PDF text). */
export const SYMBOL_ALONE = /^(?:A|S|E)\/[A-Za-z0-9./-]{0,40}\d[A-Za-z0-9./-]{0,40}$/;

/** Page furniture of PDF text: job numbers `02-75941 (E)`, page numbers `2/5`, barcodes. */
export const NOISE_LINE = /^(?:\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\S+)*|\d{1,3}\/\d{1,3}|\*\d{6,}\*|-\s*\d{1,3}\s*-)$/;

/** Words that follow a lead word to make it one phrase (`Recalling also`, `Prie en outre`). */
export const LEAD_ADVERBS = new Set([
	'also', 'further', 'furthermore', 'again', 'once',
	'également', 'egalement', 'aussi', 'en', 'outre', 'de', 'nouveau',
	'también', 'tambien', 'además', 'ademas', 'asimismo', 'nuevamente',
]);

/** First words that need the next word to make a lead phrase (`Also requests`, `Se félicite`, `Takes note`). */
export const LEAD_OPENERS = new Set([
	'also', 'further', 'strongly', 'deeply', 'firmly', 'once',
	'se', "s'", 's’', 'ne', 'reste', 'prend', 'prenant', 'tenant', 'ayant', 'gardant', 'profondément', 'vivement', 'fermement',
	'takes', 'taking', 'bearing', 'having',
	'toma', 'tomando', 'teniendo', 'haciendo', 'profundamente', 'acoge', 'acogiendo', 'pone', 'poniendo',
]);

/** Second words that belong to a phrase started by an opener. */
export const LEAD_FOLLOWERS = new Set([
	'note', 'notes', 'into', 'in', 'mind', 'account', 'regard', 'considered', 'examined',
	'félicite', 'félicitant', 'déclare', 'déclarant', 'dit', 'disant', 'compte', 'à', "l'esprit", 'l’esprit', 'acte', 'saisi',
	'nota', 'presente', 'presentes', 'en', 'cuenta', 'con', 'beneplácito', 'de', 'relieve', 'notar',
]);
