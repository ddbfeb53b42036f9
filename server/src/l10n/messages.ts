/**
 * Every message the server shows, in English, French and Spanish. Templates take `{0}`-style arguments;
 * an argument may itself be a message (`{ key, args }`), formatted in the same locale, so that nouns
 * such as "operative paragraph 5" / "paragraphe 5 du dispositif" are written once.
 */

export type Locale = 'en' | 'fr' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'fr', 'es'];

type Templates = { readonly en: string; readonly fr: string; readonly es: string };

export const MESSAGES = {
	// Nouns used inside other messages.
	'noun.operative': { en: 'operative paragraph {0}', fr: 'paragraphe {0} du dispositif', es: 'párrafo {0} de la parte dispositiva' },
	'noun.operatives': { en: 'operative paragraphs {0} to {1}', fr: 'paragraphes {0} à {1} du dispositif', es: 'párrafos {0} a {1} de la parte dispositiva' },
	'noun.annex': { en: 'paragraph {0} of the annex', fr: "paragraphe {0} de l'annexe", es: 'párrafo {0} del anexo' },
	'noun.annexes': { en: 'paragraphs {0} to {1} of the annex', fr: "paragraphes {0} à {1} de l'annexe", es: 'párrafos {0} a {1} del anexo' },
	'noun.numbering.body': { en: 'the operative numbering', fr: 'la numérotation du dispositif', es: 'la numeración de la parte dispositiva' },
	'noun.numbering.annex': { en: 'the numbering of the annex', fr: "la numérotation de l'annexe", es: 'la numeración del anexo' },
	'lang.en': { en: 'English', fr: 'anglais', es: 'inglés' },
	'lang.fr': { en: 'French', fr: 'français', es: 'francés' },
	'lang.es': { en: 'Spanish', fr: 'espagnol', es: 'español' },

	// operative-numbering
	'rule.operative-numbering': {
		en: 'Operative paragraphs are numbered 1, 2, 3 … in each part; a single operative paragraph is not numbered.',
		fr: 'Les paragraphes du dispositif sont numérotés 1, 2, 3 … dans chaque partie ; un paragraphe unique n’est pas numéroté.',
		es: 'Los párrafos dispositivos se numeran 1, 2, 3 … en cada parte; un párrafo único no se numera.',
	},
	'numbering.missing': { en: '{0} is missing: {1} is followed by {2}', fr: 'Il manque le {0} : le {1} est suivi du {2}', es: 'Falta el {0}: el {1} va seguido del {2}' },
	'numbering.missingMany': { en: '{0} are missing: {1} is followed by {2}', fr: 'Il manque les {0} : le {1} est suivi du {2}', es: 'Faltan los {0}: el {1} va seguido del {2}' },
	'numbering.duplicate': { en: '{0} appears twice: expected {1}', fr: 'Le {0} apparaît deux fois : {1} attendu', es: 'El {0} aparece dos veces: se esperaba {1}' },
	'numbering.backwards': { en: '{0} comes after {1}: the numbers go backwards, expected {2}', fr: 'Le {0} vient après le {1} : la numérotation recule, {2} attendu', es: 'El {0} viene después del {1}: la numeración retrocede, se esperaba {2}' },
	'numbering.start': { en: '{0} starts at {1}: expected {2}', fr: '{0} commence à {1} : {2} attendu', es: '{0} empieza en {1}: se esperaba {2}' },
	'numbering.partStart': { en: 'Part {0} starts at {1}: each part is numbered from {2}', fr: 'La partie {0} commence à {1} : chaque partie est numérotée à partir de {2}', es: 'La parte {0} empieza en {1}: cada parte se numera a partir de {2}' },
	'numbering.single': { en: 'A single operative paragraph is not numbered', fr: 'Un paragraphe unique du dispositif n’est pas numéroté', es: 'Un párrafo dispositivo único no se numera' },
	'numbering.related.first': { en: 'First paragraph numbered {0}', fr: 'Premier paragraphe numéroté {0}', es: 'Primer párrafo numerado {0}' },
	'numbering.related.previous': { en: 'Paragraph {0}', fr: 'Paragraphe {0}', es: 'Párrafo {0}' },

	// subparagraph-labels
	'rule.subparagraph-labels': {
		en: 'Sub-paragraph labels run (a), (b), (c) … then (i), (ii) … in the style of the text’s language.',
		fr: 'Les alinéas sont étiquetés a), b), c) … puis i), ii) … dans le style de la langue du texte.',
		es: 'Los apartados se etiquetan a), b), c) … y luego i), ii) … en el estilo del idioma del texto.',
	},
	'labels.missing': { en: 'Sub-paragraph {0} is missing: {1} is followed by {2}', fr: 'Il manque l’alinéa {0} : {1} est suivi de {2}', es: 'Falta el apartado {0}: {1} va seguido de {2}' },
	'labels.missingMany': { en: 'Sub-paragraphs {0} to {1} are missing: {2} is followed by {3}', fr: 'Il manque les alinéas {0} à {1} : {2} est suivi de {3}', es: 'Faltan los apartados {0} a {1}: {2} va seguido de {3}' },
	'labels.start': { en: 'The sub-paragraphs start at {0}: expected {1}', fr: 'Les alinéas commencent à {0} : {1} attendu', es: 'Los apartados empiezan en {0}: se esperaba {1}' },
	'labels.duplicate': { en: 'Sub-paragraph {0} appears twice: expected {1}', fr: 'L’alinéa {0} apparaît deux fois : {1} attendu', es: 'El apartado {0} aparece dos veces: se esperaba {1}' },
	'labels.backwards': { en: 'Sub-paragraph {0} comes after {1}: expected {2}', fr: 'L’alinéa {0} vient après {1} : {2} attendu', es: 'El apartado {0} viene después de {1}: se esperaba {2}' },
	'labels.level': { en: 'Sub-paragraph {0} mixes levels with {1}: expected {2}', fr: 'L’alinéa {0} mélange les niveaux avec {1} : {2} attendu', es: 'El apartado {0} mezcla niveles con {1}: se esperaba {2}' },
	'labels.depth': { en: 'Sub-paragraph {0} skips a level under {1}: expected {2}', fr: 'L’alinéa {0} saute un niveau sous {1} : {2} attendu', es: 'El apartado {0} salta un nivel bajo {1}: se esperaba {2}' },
	'labels.style': { en: 'In {0} texts a sub-paragraph label is written {1}, not {2}', fr: 'Dans un texte {0}, l’alinéa s’écrit {1} et non {2}', es: 'En un texto {0}, el apartado se escribe {1} y no {2}' },
	'labels.related.previous': { en: 'Sub-paragraph {0}', fr: 'Alinéa {0}', es: 'Apartado {0}' },

	// footnote-missing-text
	'rule.footnote-missing-text': {
		en: 'Every footnote marker has its footnote text.',
		fr: 'Chaque appel de note a son texte de note.',
		es: 'Cada llamada de nota tiene su texto de nota.',
	},
	'footnote.missingText': { en: 'Footnote {0} has no text', fr: 'La note {0} n’a pas de texte', es: 'La nota {0} no tiene texto' },
	'footnote.placeholder': { en: 'Text of footnote {0}.', fr: 'Texte de la note {0}.', es: 'Texto de la nota {0}.' },

	// footnote-unused
	'rule.footnote-unused': {
		en: 'Every footnote text is referred to by a marker.',
		fr: 'Chaque texte de note est appelé dans le texte.',
		es: 'Cada texto de nota tiene su llamada en el texto.',
	},
	'footnote.unused': { en: 'Footnote {0} is never referred to: no marker {0} in the text', fr: 'La note {0} n’est appelée nulle part : aucun appel {0} dans le texte', es: 'La nota {0} no se cita en ninguna parte: no hay llamada {0} en el texto' },
	'footnote.related.marker': { en: 'Marker {0}, paired with another text', fr: 'Appel {0}, associé à un autre texte', es: 'Llamada {0}, asociada a otro texto' },

	// footnote-numbering
	'rule.footnote-numbering': {
		en: 'Footnotes are numbered 1, 2, 3 … in order of first appearance, one text per number.',
		fr: 'Les notes sont numérotées 1, 2, 3 … dans l’ordre de leur premier appel, un texte par numéro.',
		es: 'Las notas se numeran 1, 2, 3 … en el orden de su primera llamada, un texto por número.',
	},
	'footnote.start': { en: 'Footnotes start at {0}: expected {1}', fr: 'Les notes commencent à {0} : {1} attendu', es: 'Las notas empiezan en {0}: se esperaba {1}' },
	'footnote.missing': { en: 'Footnote {0} is missing: {1} is followed by {2}', fr: 'Il manque la note {0} : la {1} est suivie de la {2}', es: 'Falta la nota {0}: la {1} va seguida de la {2}' },
	'footnote.missingMany': { en: 'Footnotes {0} to {1} are missing: {2} is followed by {3}', fr: 'Il manque les notes {0} à {1} : la {2} est suivie de la {3}', es: 'Faltan las notas {0} a {1}: la {2} va seguida de la {3}' },
	'footnote.order': { en: 'Footnote {0} comes after footnote {1}: footnotes are numbered in order of first appearance, expected {2}', fr: 'La note {0} vient après la note {1} : les notes sont numérotées dans l’ordre de leur premier appel, {2} attendu', es: 'La nota {0} viene después de la nota {1}: las notas se numeran en el orden de su primera llamada, se esperaba {2}' },
	'footnote.twoTexts': { en: 'Footnote {0} has two texts', fr: 'La note {0} a deux textes', es: 'La nota {0} tiene dos textos' },
	'footnote.textOrder': { en: 'Footnote text {0} comes after {1}: the texts are not in order', fr: 'Le texte de la note {0} vient après celui de la {1} : les textes ne sont pas dans l’ordre', es: 'El texto de la nota {0} viene después del de la {1}: los textos no están en orden' },
	'footnote.related.firstText': { en: 'First text of footnote {0}', fr: 'Premier texte de la note {0}', es: 'Primer texto de la nota {0}' },
	'footnote.related.text': { en: 'Text of footnote {0}', fr: 'Texte de la note {0}', es: 'Texto de la nota {0}' },

	// footnote-placement
	'rule.footnote-placement': {
		en: 'Footnote markers go after punctuation in English, before it in French and Spanish.',
		fr: 'L’appel de note se place après la ponctuation en anglais, avant en français et en espagnol.',
		es: 'La llamada de nota va después de la puntuación en inglés y antes en francés y español.',
	},
	'footnote.placement.after': { en: 'In {0} texts the footnote marker goes after the punctuation: {1}', fr: 'Dans un texte {0}, l’appel de note se place après la ponctuation : {1}', es: 'En un texto {0}, la llamada de nota va después de la puntuación: {1}' },
	'footnote.placement.before': { en: 'In {0} texts the footnote marker goes before the punctuation: {1}', fr: 'Dans un texte {0}, l’appel de note se place avant la ponctuation : {1}', es: 'En un texto {0}, la llamada de nota va antes de la puntuación: {1}' },

	// paragraph-reference
	'rule.paragraph-reference': {
		en: 'References such as “paragraph 5 above” point to a paragraph (and sub-paragraph) of the text that exists.',
		fr: 'Les renvois tels que « paragraphe 5 ci-dessus » désignent un paragraphe (et un alinéa) du texte qui existe.',
		es: 'Las referencias como “párrafo 5 supra” remiten a un párrafo (y un apartado) del texto que existe.',
	},
	'reference.missing': { en: '“{0}” refers to a paragraph that does not exist: there is no {1}', fr: '« {0} » renvoie à un paragraphe qui n’existe pas : il n’y a pas de {1}', es: '“{0}” remite a un párrafo que no existe: no hay {1}' },
	'reference.missingSub': { en: '“{0}” refers to a sub-paragraph that does not exist: {1} has no sub-paragraph {2}', fr: '« {0} » renvoie à un alinéa qui n’existe pas : le {1} n’a pas d’alinéa {2}', es: '“{0}” remite a un apartado que no existe: el {1} no tiene apartado {2}' },
	'reference.isBelow': { en: '“{0}”: {1} is below this reference, not above', fr: '« {0} » : le {1} se trouve plus bas, pas plus haut', es: '“{0}”: el {1} está más abajo, no más arriba' },
	'reference.isAbove': { en: '“{0}”: {1} is above this reference, not below', fr: '« {0} » : le {1} se trouve plus haut, pas plus bas', es: '“{0}”: el {1} está más arriba, no más abajo' },
	'reference.related.target': { en: 'The paragraph referred to', fr: 'Le paragraphe visé', es: 'El párrafo al que se remite' },

	// Fixes
	'fix.renumber': { en: 'Renumber operative paragraphs', fr: 'Renuméroter les paragraphes du dispositif', es: 'Renumerar los párrafos dispositivos' },
	'fix.renumberAll': { en: 'Renumber paragraphs, sub-paragraphs and footnotes', fr: 'Renuméroter les paragraphes, les alinéas et les notes', es: 'Renumerar los párrafos, los apartados y las notas' },
	'fix.removeNumber': { en: 'Remove the number of the single operative paragraph', fr: 'Supprimer le numéro du paragraphe unique', es: 'Quitar el número del párrafo único' },
	'fix.relabel': { en: 'Relabel sub-paragraphs', fr: 'Réétiqueter les alinéas', es: 'Reetiquetar los apartados' },
	'fix.renumberFootnotes': { en: 'Renumber footnotes in order of appearance', fr: 'Renuméroter les notes dans l’ordre d’appel', es: 'Renumerar las notas en orden de aparición' },
	'fix.addFootnoteText': { en: 'Add the text of footnote {0}', fr: 'Ajouter le texte de la note {0}', es: 'Añadir el texto de la nota {0}' },
	'fix.removeFootnoteText': { en: 'Remove the text of footnote {0}', fr: 'Supprimer le texte de la note {0}', es: 'Eliminar el texto de la nota {0}' },
	'fix.moveMarker': { en: 'Write {0}', fr: 'Écrire {0}', es: 'Escribir {0}' },
	'fix.replaceWord': { en: 'Replace “{0}” with “{1}”', fr: 'Remplacer « {0} » par « {1} »', es: 'Reemplazar “{0}” por “{1}”' },
	'fix.note.unresolved': { en: '“{0}” was left unchanged: the paragraph it refers to no longer exists', fr: '« {0} » est laissé tel quel : le paragraphe visé n’existe plus', es: '“{0}” se dejó sin cambios: el párrafo al que remite ya no existe' },
	'fix.note.count': { en: '{0} (leaves {1} as it is: no such paragraph)', fr: '{0} (laisse {1} tel quel : paragraphe inexistant)', es: '{0} (deja {1} como está: párrafo inexistente)' },
	'command.noDocument': { en: 'unres: open a resolution draft first.', fr: 'unres : ouvrez d’abord un projet de résolution.', es: 'unres: abra primero un proyecto de resolución.' },
	'command.nothingToDo': { en: 'unres: the numbering is already in order.', fr: 'unres : la numérotation est déjà en ordre.', es: 'unres: la numeración ya está en orden.' },
} as const satisfies Record<string, Templates>;

export type MessageKey = keyof typeof MESSAGES;

/** A message to be formatted later, in the locale of whoever reads it. */
export interface Message {
	readonly key: MessageKey;
	readonly args?: readonly MessageArg[];
}

export type MessageArg = string | number | Message;

export function msg(key: MessageKey, ...args: MessageArg[]): Message {
	return { key, args };
}

/** `fr-CA` → `fr`; anything the server does not speak → `en`. */
export function localeOf(tag: string | undefined | null): Locale {
	const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
	return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

/** Formats a message: `{n}` is replaced by argument n; the result starts with a capital letter. */
export function format(key: MessageKey, args: readonly MessageArg[] = [], locale: Locale = 'en'): string {
	const template: string = MESSAGES[key][locale] ?? MESSAGES[key].en;
	const out = template.replace(/\{(\d+)\}/g, (whole, n: string) => {
		const arg = args[Number(n)];
		if (arg === undefined) {
			return whole;
		}
		return typeof arg === 'object' ? formatInner(arg, locale) : String(arg);
	});
	return out.charAt(0).toUpperCase() + out.slice(1);
}

function formatInner(m: Message, locale: Locale): string {
	const template: string = MESSAGES[m.key][locale] ?? MESSAGES[m.key].en;
	return template.replace(/\{(\d+)\}/g, (whole, n: string) => {
		const arg = m.args?.[Number(n)];
		if (arg === undefined) {
			return whole;
		}
		return typeof arg === 'object' ? formatInner(arg, locale) : String(arg);
	});
}

export function formatMessage(m: Message, locale: Locale = 'en'): string {
	return format(m.key, m.args ?? [], locale);
}
