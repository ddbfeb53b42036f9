/**
 * Every message the server shows, in English, French and Spanish. Templates take `{0}`-style arguments;
 * an argument may itself be a message (`{ key, args }`), formatted in the same locale, so that nouns
 * such as "operative paragraph 5" / "paragraphe 5 du dispositif" are written once.
 */

import { formatDate } from './calendar';
import { NEGOTIATION_MESSAGES } from './negotiationMessages';

export type Locale = 'en' | 'fr' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'fr', 'es'];

type Templates = { readonly en: string; readonly fr: string; readonly es: string };

export const MESSAGES = {
	...NEGOTIATION_MESSAGES,
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
	'numbering.wrong': { en: '{0} comes between {1} and {2}: expected {3}', fr: 'Le {0} vient entre le {1} et le {2} : {3} attendu', es: 'El {0} viene entre el {1} y el {2}: se esperaba {3}' },
	'numbering.start': { en: '{0} starts at {1}: expected {2}', fr: '{0} commence à {1} : {2} attendu', es: '{0} empieza en {1}: se esperaba {2}' },
	'numbering.partStart': { en: 'Part {0} starts at {1}: each part is numbered from {2}', fr: 'La partie {0} commence à {1} : chaque partie est numérotée à partir de {2}', es: 'La parte {0} empieza en {1}: cada parte se numera a partir de {2}' },
	'numbering.single': { en: 'This single operative paragraph is numbered “{0}”: a single operative paragraph takes no number', fr: 'Ce paragraphe unique du dispositif est numéroté « {0} » : un paragraphe unique ne prend pas de numéro', es: 'Este párrafo dispositivo único está numerado “{0}”: un párrafo único no lleva número' },
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
	'labels.wrong': { en: 'Sub-paragraph {0} comes between {1} and {2}: expected {3}', fr: 'L’alinéa {0} vient entre {1} et {2} : {3} attendu', es: 'El apartado {0} viene entre {1} y {2}: se esperaba {3}' },
	'labels.level': { en: 'Sub-paragraph {0} mixes levels with {1}: expected {2}', fr: 'L’alinéa {0} mélange les niveaux avec {1} : {2} attendu', es: 'El apartado {0} mezcla niveles con {1}: se esperaba {2}' },
	'labels.depth': { en: 'Sub-paragraph {0} skips a level under {1}: expected {2}', fr: 'L’alinéa {0} saute un niveau sous {1} : {2} attendu', es: 'El apartado {0} salta un nivel bajo {1}: se esperaba {2}' },
	'labels.style': { en: 'The label {2} is in another language’s style: in {0} texts, write {1}', fr: 'L’étiquette {2} suit le style d’une autre langue : dans un texte {0}, écrire {1}', es: 'La etiqueta {2} sigue el estilo de otro idioma: en un texto {0}, escriba {1}' },
	'labels.related.previous': { en: 'Sub-paragraph {0}', fr: 'Alinéa {0}', es: 'Apartado {0}' },

	// footnote-missing-text
	'rule.footnote-missing-text': {
		en: 'Every footnote marker has its footnote text.',
		fr: 'Chaque appel de note a son texte de note.',
		es: 'Cada llamada de nota tiene su texto de nota.',
	},
	'footnote.missingText': { en: 'Footnote {0} is called here, but no footnote text {0} exists: add one', fr: 'La note {0} est appelée ici, mais aucun texte de note {0} n’existe : en ajouter un', es: 'La nota {0} se llama aquí, pero no existe ningún texto de nota {0}: añada uno' },
	'footnote.placeholder': { en: 'Text of footnote {0}.', fr: 'Texte de la note {0}.', es: 'Texto de la nota {0}.' },

	// footnote-unused
	'rule.footnote-unused': {
		en: 'Every footnote text is referred to by a marker.',
		fr: 'Chaque texte de note est appelé dans le texte.',
		es: 'Cada texto de nota tiene su llamada en el texto.',
	},
	'footnote.unused': { en: 'Footnote {0} is never referred to: no marker {0} in the text calls it; add the marker or remove this text', fr: 'La note {0} n’est appelée nulle part : aucun appel {0} dans le texte ; ajouter l’appel ou supprimer ce texte', es: 'La nota {0} no se cita en ninguna parte: no hay llamada {0} en el texto; añada la llamada o elimine este texto' },
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
	'footnote.wrong': { en: 'Footnote {0} comes between footnotes {1} and {2}: expected {3}', fr: 'La note {0} vient entre les notes {1} et {2} : {3} attendu', es: 'La nota {0} viene entre las notas {1} y {2}: se esperaba {3}' },
	'footnote.order': { en: 'Footnote {0} comes after footnote {1}: footnotes are numbered in order of first appearance, expected {2}', fr: 'La note {0} vient après la note {1} : les notes sont numérotées dans l’ordre de leur premier appel, {2} attendu', es: 'La nota {0} viene después de la nota {1}: las notas se numeran en el orden de su primera llamada, se esperaba {2}' },
	'footnote.twoTexts': { en: 'Footnote {0} has a second text here: one text per number', fr: 'La note {0} a ici un second texte : un seul texte par numéro', es: 'La nota {0} tiene aquí un segundo texto: un solo texto por número' },
	'footnote.textOrder': { en: 'Footnote text {0} comes after text {1}: the texts of a block run in order, {0} before {1}', fr: 'Le texte de la note {0} vient après celui de la {1} : les textes d’un bloc suivent l’ordre, {0} avant {1}', es: 'El texto de la nota {0} viene después del de la {1}: los textos de un bloque siguen el orden, {0} antes de {1}' },
	'footnote.related.firstText': { en: 'First text of footnote {0}', fr: 'Premier texte de la note {0}', es: 'Primer texto de la nota {0}' },
	'footnote.related.text': { en: 'Text of footnote {0}', fr: 'Texte de la note {0}', es: 'Texto de la nota {0}' },

	// footnote-placement
	'rule.footnote-placement': {
		en: 'Footnote markers go after punctuation in English, before it in French and Spanish.',
		fr: 'L’appel de note se place après la ponctuation en anglais, avant en français et en espagnol.',
		es: 'La llamada de nota va después de la puntuación en inglés y antes en francés y español.',
	},
	'footnote.bareCall': { en: 'Note call {0} is a bare number, but the notes are Markdown definitions: write “[^{0}]”', fr: 'L’appel de note {0} est un simple chiffre, alors que les notes sont des définitions Markdown : écrire « [^{0}] »', es: 'La llamada de nota {0} es un simple número, pero las notas son definiciones Markdown: escriba “[^{0}]”' },
	'footnote.placement.after': { en: 'The footnote marker is written “{2}”: in {0} texts it goes after the punctuation, “{1}”', fr: 'L’appel de note est écrit « {2} » : dans un texte {0}, il se place après la ponctuation, « {1} »', es: 'La llamada de nota está escrita “{2}”: en un texto {0}, va después de la puntuación, “{1}”' },
	'footnote.placement.before': { en: 'The footnote marker is written “{2}”: in {0} texts it goes before the punctuation, “{1}”', fr: 'L’appel de note est écrit « {2} » : dans un texte {0}, il se place avant la ponctuation, « {1} »', es: 'La llamada de nota está escrita “{2}”: en un texto {0}, va antes de la puntuación, “{1}”' },

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

	// ---- Citations of resolutions: unknown-resolution, uncatalogued-resolution, citation-date-mismatch,
	// citation-order, citation-body, hover, links, catalogue files (server/src/citations, features/citation*).
	'cite.GA.resolution': { en: 'General Assembly resolution {0}', fr: 'résolution {0} de l’Assemblée générale', es: 'resolución {0} de la Asamblea General' },
	'cite.GA.decision': { en: 'General Assembly decision {0}', fr: 'décision {0} de l’Assemblée générale', es: 'decisión {0} de la Asamblea General' },
	'cite.SC.resolution': { en: 'Security Council resolution {0}', fr: 'résolution {0} du Conseil de sécurité', es: 'resolución {0} del Consejo de Seguridad' },
	'cite.SC.decision': { en: 'Security Council decision {0}', fr: 'décision {0} du Conseil de sécurité', es: 'decisión {0} del Consejo de Seguridad' },
	'cite.ECOSOC.resolution': { en: 'Economic and Social Council resolution {0}', fr: 'résolution {0} du Conseil économique et social', es: 'resolución {0} del Consejo Económico y Social' },
	'cite.ECOSOC.decision': { en: 'Economic and Social Council decision {0}', fr: 'décision {0} du Conseil économique et social', es: 'decisión {0} del Consejo Económico y Social' },
	'cite.HRC.resolution': { en: 'Human Rights Council resolution {0}', fr: 'résolution {0} du Conseil des droits de l’homme', es: 'resolución {0} del Consejo de Derechos Humanos' },
	'cite.HRC.decision': { en: 'Human Rights Council decision {0}', fr: 'décision {0} du Conseil des droits de l’homme', es: 'decisión {0} del Consejo de Derechos Humanos' },
	'of.GA': { en: 'the General Assembly', fr: 'de l’Assemblée générale', es: 'de la Asamblea General' },
	'of.SC': { en: 'the Security Council', fr: 'du Conseil de sécurité', es: 'del Consejo de Seguridad' },
	'of.ECOSOC': { en: 'the Economic and Social Council', fr: 'du Conseil économique et social', es: 'del Consejo Económico y Social' },
	'of.HRC': { en: 'the Human Rights Council', fr: 'du Conseil des droits de l’homme', es: 'del Consejo de Derechos Humanos' },

	'rule.unknown-resolution': {
		en: 'A cited resolution can exist: its session or year is not in the future, its number and year fit, its symbol is well formed.',
		fr: 'Une résolution citée peut exister : sa session ou son année n’est pas à venir, son numéro et son année concordent, sa cote est bien formée.',
		es: 'Una resolución citada puede existir: su período de sesiones o su año no es futuro, su número y su año concuerdan, su signatura está bien formada.',
	},
	'unknown.futureSession': { en: '{0} cannot exist yet: session {1} of the General Assembly opens in September {2}', fr: 'La {0} ne peut pas encore exister : la session {1} de l’Assemblée générale s’ouvre en septembre {2}', es: 'La {0} aún no puede existir: el período de sesiones {1} de la Asamblea General se abre en septiembre de {2}' },
	'unknown.futureSessionHrc': { en: '{0} cannot exist yet: session {1} of the Human Rights Council does not meet before {2}', fr: 'La {0} ne peut pas encore exister : la session {1} du Conseil des droits de l’homme ne se tient pas avant {2}', es: 'La {0} aún no puede existir: el período de sesiones {1} del Consejo de Derechos Humanos no se celebra antes de {2}' },
	'unknown.futureYear': { en: '{0} cannot exist yet: {1} is still to come', fr: 'La {0} ne peut pas encore exister : l’année {1} n’est pas encore venue', es: 'La {0} aún no puede existir: el año {1} todavía no ha llegado' },
	'unknown.scAboveLast': { en: '{0} cannot exist: the Security Council had adopted {1} resolutions by {2}, and adopts at most about 100 a year', fr: 'La {0} ne peut pas exister : le Conseil de sécurité avait adopté {1} résolutions au {2} et en adopte au plus une centaine par an', es: 'La {0} no puede existir: el Consejo de Seguridad había aprobado {1} resoluciones al {2} y aprueba como mucho unas cien al año' },
	'unknown.scAboveLastNoDate': { en: '{0} cannot exist: the last Security Council resolution is {1}', fr: 'La {0} ne peut pas exister : la dernière résolution du Conseil de sécurité est la {1}', es: 'La {0} no puede existir: la última resolución del Consejo de Seguridad es la {1}' },
	'unknown.scYear': { en: 'Security Council resolution {1} was adopted in {2}: “{0}” gives the year {3}', fr: 'La résolution {1} du Conseil de sécurité a été adoptée en {2} : « {0} » indique l’année {3}', es: 'La resolución {1} del Consejo de Seguridad se aprobó en {2}: “{0}” indica el año {3}' },
	'unknown.scYearBefore': { en: '“{0}” cannot exist: Security Council resolution {1} was already adopted in {2}, so a higher number cannot be of {3}', fr: '« {0} » ne peut pas exister : la résolution {1} du Conseil de sécurité date déjà de {2}, un numéro plus élevé ne peut donc pas être de {3}', es: '“{0}” no puede existir: la resolución {1} del Consejo de Seguridad ya es de {2}, así que un número mayor no puede ser de {3}' },
	'unknown.notInSession': { en: '{0} does not exist: the General Assembly’s resolutions of session {1} run from {1}/1 to {1}/{2}', fr: 'La {0} n’existe pas : les résolutions de la session {1} de l’Assemblée générale vont de {1}/1 à {1}/{2}', es: 'La {0} no existe: las resoluciones del período de sesiones {1} de la Asamblea General van de la {1}/1 a la {1}/{2}' },
	'unknown.zero': { en: '“{0}” is not a valid symbol: sessions and numbers start at 1', fr: '« {0} » n’est pas une cote valable : sessions et numéros commencent à 1', es: '“{0}” no es una signatura válida: los períodos de sesiones y los números empiezan en 1' },
	'unknown.romanLate': { en: '“{0}” is not a valid symbol: from its 31st session (1976) the General Assembly numbers its resolutions session/number, as 31/1', fr: '« {0} » n’est pas une cote valable : depuis sa trente et unième session (1976), l’Assemblée générale numérote ses résolutions session/numéro, comme 31/1', es: '“{0}” no es una signatura válida: desde su trigésimo primer período de sesiones (1976), la Asamblea General numera sus resoluciones período/número, como 31/1' },
	'unknown.slashEarly': { en: '“{0}” is not a valid symbol: before its 31st session (1976) the General Assembly numbered its resolutions number (session), as 217 (III)', fr: '« {0} » n’est pas une cote valable : avant sa trente et unième session (1976), l’Assemblée générale numérotait ses résolutions numéro (session), comme 217 (III)', es: '“{0}” no es una signatura válida: antes de su trigésimo primer período de sesiones (1976), la Asamblea General numeraba sus resoluciones número (período), como 217 (III)' },
	'unknown.ecosocEarly': { en: '“{0}” is not a valid symbol: the Economic and Social Council numbers its resolutions year/number only since 1978', fr: '« {0} » n’est pas une cote valable : le Conseil économique et social ne numérote ses résolutions année/numéro que depuis 1978', es: '“{0}” no es una signatura válida: el Consejo Económico y Social numera sus resoluciones año/número solo desde 1978' },

	'rule.uncatalogued-resolution': {
		en: 'A resolution cited without a date that the offline catalogue does not know: usually real (the catalogue lacks most older resolutions adopted without a vote), so never louder than information. A citation the text dates is not reported.',
		fr: 'Une résolution citée sans date que le catalogue hors ligne ignore : en général réelle (le catalogue ignore la plupart des anciennes résolutions adoptées sans vote), d’où un simple signalement. Une citation que le texte date n’est pas signalée.',
		es: 'Una resolución citada sin fecha que el catálogo sin conexión desconoce: por lo general real (al catálogo le faltan la mayoría de las resoluciones antiguas aprobadas sin votación), de ahí una simple información. Una cita que el texto fecha no se señala.',
	},
	'uncatalogued': { en: '{0} is not in the offline catalogue; it may well exist, as the catalogue lacks many texts adopted without a vote', fr: 'La {0} ne figure pas dans le catalogue hors ligne ; elle peut fort bien exister, le catalogue ignorant beaucoup de textes adoptés sans vote', es: 'La {0} no figura en el catálogo sin conexión; bien puede existir, pues al catálogo le faltan muchos textos aprobados sin votación' },
	'fix.addToCatalogue': { en: 'Add {0} to the workspace catalogue', fr: 'Ajouter {0} au catalogue de l’espace de travail', es: 'Añadir {0} al catálogo del espacio de trabajo' },

	'rule.citation-date-mismatch': {
		en: 'The date written with a cited resolution is its date of adoption.',
		fr: 'La date indiquée avec une résolution citée est sa date d’adoption.',
		es: 'La fecha indicada con una resolución citada es su fecha de aprobación.',
	},
	'dateMismatch': { en: '{0} was adopted on {1}, not on {2}', fr: 'La {0} a été adoptée le {1}, et non le {2}', es: 'La {0} se aprobó el {1}, no el {2}' },
	'fix.writeDate': { en: 'Write the date of adoption: {0}', fr: 'Écrire la date d’adoption : {0}', es: 'Escribir la fecha de aprobación: {0}' },

	'rule.citation-order': {
		en: 'A list of cited resolutions runs in chronological order.',
		fr: 'Une liste de résolutions citées suit l’ordre chronologique.',
		es: 'Una lista de resoluciones citadas sigue el orden cronológico.',
	},
	'order.before': { en: '{0} is cited after {1}, which is more recent: lists of resolutions run in chronological order', fr: '{0} est citée après {1}, plus récente : les listes de résolutions suivent l’ordre chronologique', es: '{0} se cita después de {1}, más reciente: las listas de resoluciones siguen el orden cronológico' },
	'order.related': { en: 'The more recent {0}, cited first', fr: 'La {0}, plus récente, citée avant', es: 'La {0}, más reciente, citada antes' },
	'fix.sortCitations': { en: 'Sort the list in chronological order', fr: 'Trier la liste dans l’ordre chronologique', es: 'Ordenar la lista cronológicamente' },

	'rule.citation-body': {
		en: 'The body named beside a cited number can have numbered it so (an ECOSOC year/number is no General Assembly resolution).',
		fr: 'L’organe nommé à côté d’un numéro cité peut l’avoir numéroté ainsi (une forme année/numéro du Conseil économique et social n’est pas une résolution de l’Assemblée générale).',
		es: 'El órgano nombrado junto a un número citado puede haberlo numerado así (una forma año/número del Consejo Económico y Social no es una resolución de la Asamblea General).',
	},
	'body.mismatch': { en: '“{0}” cannot be a text of {1}: {2}', fr: '« {0} » ne peut pas être un texte {1} : {2}', es: '“{0}” no puede ser un texto {1}: {2}' },
	'shape.session': { en: 'session/number is how the General Assembly and the Human Rights Council number their texts', fr: 'la forme session/numéro est celle de l’Assemblée générale et du Conseil des droits de l’homme', es: 'la forma período de sesiones/número es la de la Asamblea General y del Consejo de Derechos Humanos' },
	'shape.year': { en: 'year/number is how the Economic and Social Council numbers its texts', fr: 'la forme année/numéro est celle du Conseil économique et social', es: 'la forma año/número es la del Consejo Económico y Social' },
	'shape.scYear': { en: 'number (year) is how the Security Council numbers its resolutions', fr: 'la forme numéro (année) est celle du Conseil de sécurité', es: 'la forma número (año) es la del Consejo de Seguridad' },
	'shape.roman': { en: 'number (session) is how the General Assembly numbered its resolutions before 1976, and the Economic and Social Council before 1978', fr: 'la forme numéro (session) est celle de l’Assemblée générale avant 1976 et du Conseil économique et social avant 1978', es: 'la forma número (período de sesiones) es la de la Asamblea General antes de 1976 y del Consejo Económico y Social antes de 1978' },

	'hover.uncatalogued': { en: 'Not in the offline catalogue: it may well exist, but its title, date and vote are not known here.', fr: 'Absente du catalogue hors ligne : elle peut fort bien exister, mais son titre, sa date et son vote sont inconnus ici.', es: 'No figura en el catálogo sin conexión: bien puede existir, pero aquí se desconocen su título, su fecha y su votación.' },
	'hover.noTitle': { en: 'The catalogue has no title for this text.', fr: 'Le catalogue n’a pas de titre pour ce texte.', es: 'El catálogo no tiene título para este texto.' },
	'hover.englishTitle': { en: '(English title)', fr: '(titre anglais)', es: '(título en inglés)' },
	'hover.textSays': { en: 'This document says of it:', fr: 'Ce document en dit :', es: 'Este documento dice de ella:' },
	'hover.stub': { en: 'Known only by its number: the catalogue has no details.', fr: 'Connue seulement par son numéro : le catalogue n’a pas de détails.', es: 'Conocida solo por su número: el catálogo no tiene detalles.' },
	'hover.adopted': { en: 'Adopted on {0}', fr: 'Adoptée le {0}', es: 'Aprobada el {0}' },
	'hover.session': { en: 'session {0}', fr: 'session {0}', es: 'período de sesiones {0}' },
	'hover.specialSession': { en: 'special session {0}', fr: 'session extraordinaire {0}', es: 'período extraordinario de sesiones {0}' },
	'hover.emergencySession': { en: 'emergency special session {0}', fr: 'session extraordinaire d’urgence {0}', es: 'período extraordinario de sesiones de emergencia {0}' },
	'hover.meeting': { en: 'meeting {0}', fr: 'séance {0}', es: 'sesión {0}' },
	'hover.vote.recorded': { en: 'Recorded vote: {0} in favour, {1} against, {2} abstentions', fr: 'Vote enregistré : {0} voix pour, {1} contre, {2} abstentions', es: 'Votación registrada: {0} votos a favor, {1} en contra, {2} abstenciones' },
	'hover.vote.nonVoting': { en: '{0} not voting', fr: '{0} non votants', es: '{0} no votantes' },
	'hover.vote.recordedNoTally': { en: 'Adopted by a recorded vote', fr: 'Adoptée par un vote enregistré', es: 'Aprobada en votación registrada' },
	'hover.vote.withoutVote': { en: 'Adopted without a vote', fr: 'Adoptée sans vote', es: 'Aprobada sin votación' },
	'hover.vote.nonRecorded': { en: 'Adopted by a non-recorded vote', fr: 'Adoptée par un vote non enregistré', es: 'Aprobada en votación no registrada' },
	'hover.vote.unanimous': { en: 'Adopted unanimously', fr: 'Adoptée à l’unanimité', es: 'Aprobada por unanimidad' },
	'hover.agenda': { en: 'Agenda item {0}', fr: 'Point de l’ordre du jour {0}', es: 'Tema del programa {0}' },
	'hover.draft': { en: 'Draft: {0}', fr: 'Projet : {0}', es: 'Proyecto: {0}' },
	'hover.report': { en: 'Report: {0}', fr: 'Rapport : {0}', es: 'Informe: {0}' },
	'hover.subject': { en: 'Subject: {0}', fr: 'Sujet : {0}', es: 'Tema: {0}' },
	'hover.parts': { en: 'Parts {0}', fr: 'Parties {0}', es: 'Partes {0}' },
	'hover.cited': { en: 'This document cites it as of {0}.', fr: 'Ce document la cite comme datée du {0}.', es: 'Este documento la cita con fecha {0}.' },
	'hover.writtenYear': { en: 'This document gives the year {0}.', fr: 'Ce document indique l’année {0}.', es: 'Este documento indica el año {0}.' },
	'hover.text': { en: 'Text', fr: 'Texte', es: 'Texto' },
	'hover.library': { en: 'UN Digital Library', fr: 'Bibliothèque numérique de l’ONU', es: 'Biblioteca Digital de las Naciones Unidas' },
	'hover.votingRecord': { en: 'voting record', fr: 'résultat du vote', es: 'registro de votación' },
	'hover.document': { en: 'Document {0}', fr: 'Document {0}', es: 'Documento {0}' },
	'link.open': { en: 'Open {0} on undocs.org', fr: 'Ouvrir {0} sur undocs.org', es: 'Abrir {0} en undocs.org' },

	'catalog.problem': { en: 'Catalogue file {0}, line {1}: {2}', fr: 'Fichier de catalogue {0}, ligne {1} : {2}', es: 'Archivo de catálogo {0}, línea {1}: {2}' },
	'catalog.problemFile': { en: 'Catalogue file {0}: {1}', fr: 'Fichier de catalogue {0} : {1}', es: 'Archivo de catálogo {0}: {1}' },
	'catalog.moreProblems': { en: '{0} (and {1} more; the rest of the file is used)', fr: '{0} (et {1} de plus ; le reste du fichier est utilisé)', es: '{0} (y {1} más; se usa el resto del archivo)' },
	'catalog.added': { en: '{0} added to {1}', fr: '{0} ajoutée à {1}', es: '{0} añadida a {1}' },
	'catalog.untrusted': { en: 'This workspace is not trusted, so its catalogue is not changed.', fr: 'Cet espace de travail n’est pas approuvé ; son catalogue n’est pas modifié.', es: 'Este espacio de trabajo no es de confianza; su catálogo no se modifica.' },
	'catalog.noTarget': { en: 'Open a folder, or name a JSON file in the setting unres.catalog.files, to keep a workspace catalogue.', fr: 'Ouvrez un dossier, ou indiquez un fichier JSON dans le paramètre unres.catalog.files, pour tenir un catalogue de l’espace de travail.', es: 'Abra una carpeta, o indique un archivo JSON en la configuración unres.catalog.files, para llevar un catálogo del espacio de trabajo.' },
	'catalog.cannotEdit': { en: '{0} could not be changed: {1}', fr: '{0} n’a pas pu être modifié : {1}', es: 'no se pudo modificar {0}: {1}' },

	// Fixes
	'fix.renumber': { en: 'Renumber operative paragraphs', fr: 'Renuméroter les paragraphes du dispositif', es: 'Renumerar los párrafos dispositivos' },
	'fix.renumberAll': { en: 'Renumber paragraphs, sub-paragraphs and footnotes', fr: 'Renuméroter les paragraphes, les alinéas et les notes', es: 'Renumerar los párrafos, los apartados y las notas' },
	'fix.removeNumber': { en: 'Remove the number of the single operative paragraph', fr: 'Supprimer le numéro du paragraphe unique', es: 'Quitar el número del párrafo único' },
	'fix.relabel': { en: 'Relabel sub-paragraphs', fr: 'Réétiqueter les alinéas', es: 'Reetiquetar los apartados' },
	'fix.renumberFootnotes': { en: 'Renumber footnotes in order of appearance', fr: 'Renuméroter les notes dans l’ordre d’appel', es: 'Renumerar las notas en orden de aparición' },
	'fix.addFootnoteText': { en: 'Add the text of footnote {0}', fr: 'Ajouter le texte de la note {0}', es: 'Añadir el texto de la nota {0}' },
	'fix.removeFootnoteText': { en: 'Remove the text of footnote {0}', fr: 'Supprimer le texte de la note {0}', es: 'Eliminar el texto de la nota {0}' },
	'fix.markdownCalls': { en: 'Write the note calls as [^n]', fr: 'Écrire les appels de note [^n]', es: 'Escribir las llamadas de nota [^n]' },
	'fix.moveMarker': { en: 'Write {0}', fr: 'Écrire {0}', es: 'Escribir {0}' },
	'fix.replaceWord': { en: 'Replace “{0}” with “{1}”', fr: 'Remplacer « {0} » par « {1} »', es: 'Reemplazar “{0}” por “{1}”' },
	'fix.note.unresolved': { en: '“{0}” was left unchanged: the paragraph it refers to no longer exists', fr: '« {0} » est laissé tel quel : le paragraphe visé n’existe plus', es: '“{0}” se dejó sin cambios: el párrafo al que remite ya no existe' },
	'fix.note.count': { en: '{0} (leaves {1} as it is: no such paragraph)', fr: '{0} (laisse {1} tel quel : paragraphe inexistant)', es: '{0} (deja {1} como está: párrafo inexistente)' },
	'command.noDocument': { en: 'unres: open a resolution draft first.', fr: 'unres : ouvrez d’abord un projet de résolution.', es: 'unres: abra primero un proyecto de resolución.' },
	'file.tooLarge': {
		en: 'The document {0} has {1} characters, more than unres.maxFileSize ({2}): it is not analysed. Raise the setting to analyse it.',
		fr: 'Le document {0} compte {1} caractères, plus que unres.maxFileSize ({2}) ; il n’est pas analysé. Augmentez ce paramètre pour l’analyser.',
		es: 'El documento {0} tiene {1} caracteres, más que unres.maxFileSize ({2}); no se analiza. Aumente esta configuración para analizarlo.',
	},
	'command.nothingToDo': { en: 'unres: the numbering is already in order.', fr: 'unres : la numérotation est déjà en ordre.', es: 'unres: la numeración ya está en orden.' },

	// drafting rules (lead phrases, punctuation, organ line)
	'rule.preambular-punctuation': {
		en: 'Preambular paragraphs end with a comma; one that introduces sub-paragraphs or a quotation ends with a colon.',
		fr: 'Les alinéas du préambule se terminent par une virgule ; celui qui introduit des alinéas ou une citation, par deux-points.',
		es: 'Los párrafos del preámbulo terminan con una coma; el que introduce apartados o una cita, con dos puntos.',
	},
	'rule.operative-punctuation': {
		en: 'Operative paragraphs end with a semicolon, the last one with a full stop, and one that introduces sub-paragraphs with a colon.',
		fr: 'Les paragraphes du dispositif se terminent par un point-virgule, le dernier par un point, et celui qui introduit des alinéas par deux-points.',
		es: 'Los párrafos dispositivos terminan con punto y coma, el último con punto, y el que introduce apartados con dos puntos.',
	},
	'rule.unknown-lead-phrase': {
		en: 'A paragraph opens with a known lead phrase for its place: a participle or adjective in the preamble, a verb in the operative part.',
		fr: 'Un paragraphe s’ouvre par une formule connue pour sa place : un participe ou un adjectif dans le préambule, un verbe dans le dispositif.',
		es: 'Un párrafo comienza con una fórmula conocida para su lugar: un gerundio o adjetivo en el preámbulo, un verbo en la parte dispositiva.',
	},
	'rule.repeated-lead-phrase': {
		en: 'A lead phrase that repeats the previous paragraph’s, for the same addressee, takes also or further.',
		fr: 'Une formule qui reprend celle du paragraphe précédent, pour le même destinataire, prend « également » ou « en outre ».',
		es: 'Una fórmula que repite la del párrafo anterior, para el mismo destinatario, lleva “también” o “además”.',
	},
	'rule.lead-phrase-agreement': {
		en: 'French and Spanish lead words agree with the organ: feminine for the General Assembly, masculine for the Councils.',
		fr: 'En français et en espagnol, la formule s’accorde avec l’organe : au féminin pour l’Assemblée générale, au masculin pour les Conseils.',
		es: 'En francés y en español, la fórmula concuerda con el órgano: femenino para la Asamblea General, masculino para los Consejos.',
	},
	'rule.organ-line': {
		en: 'The organ line opens the resolution, names the organ of the masthead and ends with a comma only when a preamble follows.',
		fr: 'La ligne de l’organe ouvre la résolution, nomme l’organe de l’en-tête et ne se termine par une virgule que si un préambule suit.',
		es: 'La línea del órgano abre la resolución, nombra el órgano del encabezado y solo termina con coma si sigue un preámbulo.',
	},
	'punct.wrong': { en: '{0} ends with “{2}”; it should end with {1}', fr: '{0} se termine par « {2} » ; il devrait se terminer par {1}', es: '{0} termina con “{2}”; debería terminar con {1}' },
	'punct.missing': { en: '{0} ends with “{2}” and no punctuation; it should end with {1}', fr: '{0} se termine par « {2} », sans ponctuation ; il devrait se terminer par {1}', es: '{0} termina en “{2}”, sin puntuación; debería terminar con {1}' },
	'punct.noun.preambular': { en: 'this preambular paragraph', fr: 'cet alinéa du préambule', es: 'este párrafo del preámbulo' },
	'punct.noun.preambularIntro': { en: 'this preambular paragraph, which introduces sub-paragraphs or a quotation,', fr: 'cet alinéa du préambule, qui introduit des alinéas ou une citation,', es: 'este párrafo del preámbulo, que introduce apartados o una cita,' },
	'punct.noun.preambularSub': { en: 'this sub-paragraph of the preamble', fr: 'cet alinéa subordonné du préambule', es: 'este apartado del preámbulo' },
	'punct.noun.operative': { en: 'this operative paragraph', fr: 'ce paragraphe du dispositif', es: 'este párrafo de la parte dispositiva' },
	'punct.noun.operativeLast': { en: 'this last operative paragraph', fr: 'ce dernier paragraphe du dispositif', es: 'este último párrafo de la parte dispositiva' },
	'punct.noun.operativeSingle': { en: 'this single operative paragraph', fr: 'ce paragraphe unique du dispositif', es: 'este párrafo dispositivo único' },
	'punct.noun.operativeIntro': { en: 'this operative paragraph, which introduces sub-paragraphs,', fr: 'ce paragraphe du dispositif, qui introduit des alinéas,', es: 'este párrafo dispositivo, que introduce apartados,' },
	'punct.noun.operativeSub': { en: 'this sub-paragraph', fr: 'cet alinéa', es: 'este apartado' },
	'punct.noun.operativeSubLast': { en: 'this sub-paragraph, the last of the last operative paragraph,', fr: 'cet alinéa, le dernier du dernier paragraphe du dispositif,', es: 'este apartado, el último del último párrafo dispositivo,' },
	'punct.noun.subIntro': { en: 'this sub-paragraph, which introduces others,', fr: 'cet alinéa, qui en introduit d’autres,', es: 'este apartado, que introduce otros,' },
	'punct.mark.comma': { en: 'a comma', fr: 'une virgule', es: 'una coma' },
	'punct.mark.semicolon': { en: 'a semicolon', fr: 'un point-virgule', es: 'punto y coma' },
	'punct.mark.colon': { en: 'a colon', fr: 'deux-points', es: 'dos puntos' },
	'punct.mark.stop': { en: 'a full stop', fr: 'un point', es: 'punto' },
	'lead.unknown.preambular': { en: '“{0}” is not a known preambular lead phrase: expected a participle or an adjective, such as “{1}”', fr: '« {0} » n’est pas une formule connue du préambule : un participe ou un adjectif est attendu, comme « {1} »', es: '“{0}” no es una fórmula conocida del preámbulo: se esperaba un gerundio o un adjetivo, como “{1}”' },
	'lead.unknown.operative': { en: '“{0}” is not a known operative verb: expected a verb, such as “{1}”', fr: '« {0} » n’est pas un verbe connu du dispositif : un verbe est attendu, comme « {1} »', es: '“{0}” no es un verbo conocido de la parte dispositiva: se esperaba un verbo, como “{1}”' },
	'lead.none.preambular': { en: 'This preambular paragraph opens with “{0}”, not with a lead phrase: expected a participle or an adjective, such as “{1}”', fr: 'Cet alinéa du préambule s’ouvre par « {0} » et non par une formule : un participe ou un adjectif est attendu, comme « {1} »', es: 'Este párrafo del preámbulo comienza con “{0}” y no con una fórmula: se esperaba un gerundio o un adjetivo, como “{1}”' },
	'lead.none.operative': { en: 'This operative paragraph opens with “{0}”, not with a verb: expected an operative verb, such as “{1}”', fr: 'Ce paragraphe du dispositif s’ouvre par « {0} » et non par un verbe : un verbe est attendu, comme « {1} »', es: 'Este párrafo dispositivo comienza con “{0}” y no con un verbo: se esperaba un verbo, como “{1}”' },
	'lead.operativeInPreamble': { en: '“{0}” is an operative verb: a preambular paragraph opens with a participle or an adjective, such as “{1}”', fr: '« {0} » est un verbe du dispositif : un alinéa du préambule s’ouvre par un participe ou un adjectif, comme « {1} »', es: '“{0}” es un verbo dispositivo: un párrafo del preámbulo comienza con un gerundio o un adjetivo, como “{1}”' },
	'lead.preambularInOperative': { en: '“{0}” is a preambular phrase: an operative paragraph opens with a verb, such as “{1}”', fr: '« {0} » est une formule du préambule : un paragraphe du dispositif s’ouvre par un verbe, comme « {1} »', es: '“{0}” es una fórmula del preámbulo: un párrafo dispositivo comienza con un verbo, como “{1}”' },
	'lead.repeated': { en: '“{0}” repeats the lead phrase of the previous paragraph: write “{1}”', fr: '« {0} » reprend la formule du paragraphe précédent : écrire « {1} »', es: '“{0}” repite la fórmula del párrafo anterior: escriba “{1}”' },
	'lead.related.previous': { en: 'The previous paragraph opens with “{0}”', fr: 'Le paragraphe précédent s’ouvre par « {0} »', es: 'El párrafo anterior comienza con “{0}”' },
	'lead.agreement': { en: '“{0}” does not agree with {1} ({2}): write “{3}”', fr: '« {0} » ne s’accorde pas avec {1} ({2}) : écrire « {3} »', es: '“{0}” no concuerda con {1} ({2}): escriba “{3}”' },
	'gender.f': { en: 'feminine', fr: 'féminin', es: 'femenino' },
	'gender.m': { en: 'masculine', fr: 'masculin', es: 'masculino' },
	'organ.name.GA': { en: 'the General Assembly', fr: 'l’Assemblée générale', es: 'la Asamblea General' },
	'organ.name.SC': { en: 'the Security Council', fr: 'le Conseil de sécurité', es: 'el Consejo de Seguridad' },
	'organ.name.ECOSOC': { en: 'the Economic and Social Council', fr: 'le Conseil économique et social', es: 'el Consejo Económico y Social' },
	'organ.name.HRC': { en: 'the Human Rights Council', fr: 'le Conseil des droits de l’homme', es: 'el Consejo de Derechos Humanos' },
	'organ.missing': { en: 'The resolution opens with “{1}”, not with its organ line: expected “{0}”', fr: 'La résolution s’ouvre par « {1} » et non par la ligne de l’organe : « {0} » attendu', es: 'La resolución comienza con “{1}” y no con la línea del órgano: se esperaba “{0}”' },
	'organ.contradicts': { en: 'The organ line “{2}” names {0}, but the masthead names {1}: expected “{3}”', fr: 'La ligne de l’organe « {2} » nomme {0}, alors que l’en-tête indique {1} : « {3} » attendu', es: 'La línea del órgano “{2}” indica {0}, pero el encabezado indica {1}: se esperaba “{3}”' },
	'organ.commaMissing': { en: 'The organ line “{0}” has no comma: a preamble follows, so it should end with a comma', fr: 'La ligne de l’organe « {0} » n’a pas de virgule : un préambule suit, elle devrait donc se terminer par une virgule', es: 'La línea del órgano “{0}” no lleva coma: sigue un preámbulo, así que debería terminar con una coma' },
	'organ.commaExtra': { en: 'The organ line “{0}” ends with a comma, but no preamble follows: it should take none', fr: 'La ligne de l’organe « {0} » se termine par une virgule, mais aucun préambule ne suit : elle ne devrait pas en prendre', es: 'La línea del órgano “{0}” termina con una coma, pero no sigue ningún preámbulo: no debería llevarla' },
	'organ.related.masthead': { en: 'The masthead names {0}', fr: 'L’en-tête indique {0}', es: 'El encabezado indica {0}' },
	'fix.endWith': { en: 'End with “{0}”', fr: 'Terminer par « {0} »', es: 'Terminar con “{0}”' },
	'fix.writeLead': { en: 'Write “{0}”', fr: 'Écrire « {0} »', es: 'Escribir “{0}”' },
	'fix.insertOrgan': { en: 'Insert the organ line “{0}”', fr: 'Insérer la ligne de l’organe « {0} »', es: 'Insertar la línea del órgano “{0}”' },
	'fix.organLine': { en: 'Write “{0}” as the organ line', fr: 'Écrire « {0} » comme ligne de l’organe', es: 'Escribir “{0}” como línea del órgano' },
	'fix.addOrganComma': { en: 'Add the comma after the organ line', fr: 'Ajouter la virgule après la ligne de l’organe', es: 'Añadir la coma tras la línea del órgano' },
	'fix.removeOrganComma': { en: 'Remove the comma after the organ line', fr: 'Supprimer la virgule après la ligne de l’organe', es: 'Quitar la coma tras la línea del órgano' },
	'hover.preambular': { en: 'preambular phrase: it opens a paragraph of the preamble, which ends with a comma', fr: 'formule du préambule : elle ouvre un alinéa du préambule, qui se termine par une virgule', es: 'fórmula del preámbulo: abre un párrafo del preámbulo, que termina con una coma' },
	'hover.operative': { en: 'operative verb: it opens a numbered paragraph of the operative part, which ends with a semicolon (the last with a full stop)', fr: 'verbe du dispositif : il ouvre un paragraphe numéroté du dispositif, qui se termine par un point-virgule (le dernier par un point)', es: 'verbo de la parte dispositiva: abre un párrafo numerado de la parte dispositiva, que termina con punto y coma (el último con punto)' },
	'hover.organForm': { en: 'This draft’s organ, {0}, takes {1}', fr: 'L’organe de ce projet, {0}, demande {1}', es: 'El órgano de este proyecto, {0}, requiere {1}' },
	'hover.uncertain': { en: 'not verified in a source', fr: 'non vérifié dans une source', es: 'no verificado en una fuente' },
	'hover.repeated': { en: 'Repeating the previous paragraph’s phrase: {0}', fr: 'Pour reprendre la formule du paragraphe précédent : {0}', es: 'Para repetir la fórmula del párrafo anterior: {0}' },
	'hover.agreement': { en: 'Agrees with the organ: {0} for the General Assembly (feminine), {1} for the Councils (masculine)', fr: 'S’accorde avec l’organe : {0} pour l’Assemblée générale (féminin), {1} pour les Conseils (masculin)', es: 'Concuerda con el órgano: {0} para la Asamblea General (femenino), {1} para los Consejos (masculino)' },
	'hover.sc': { en: 'Mostly in Security Council texts', fr: 'Surtout dans les textes du Conseil de sécurité', es: 'Sobre todo en textos del Consejo de Seguridad' },
	'completion.alsoForm': { en: 'repeats the previous paragraph’s phrase', fr: 'reprend la formule du paragraphe précédent', es: 'repite la fórmula del párrafo anterior' },

	// footnote hover
	'hover.footnote.title': { en: 'Footnote {0}', fr: 'Note {0}', es: 'Nota {0}' },
	'hover.footnote.noText': { en: 'no footnote text has this number', fr: 'aucun texte de note ne porte ce numéro', es: 'ningún texto de nota lleva este número' },
	'hover.footnote.calledFrom': { en: 'called from {0}', fr: 'appelée depuis {0}', es: 'llamada desde {0}' },
	'hover.footnote.uncalled': { en: 'no marker calls this footnote', fr: 'aucun appel ne renvoie à cette note', es: 'ninguna llamada remite a esta nota' },
	'hover.place.preamble': { en: 'the preamble', fr: 'le préambule', es: 'el preámbulo' },
	'hover.place.text': { en: 'the text', fr: 'le texte', es: 'el texto' },
	'hover.place.line': { en: '{0}, line {1}', fr: '{0}, ligne {1}', es: '{0}, línea {1}' },
	// rollover-review
	'rule.rollover-review': {
		en: 'In a draft made from an earlier resolution, each reference to a session is pointed out for review.',
		fr: 'Dans un projet tiré d’une résolution antérieure, chaque mention d’une session est signalée pour relecture.',
		es: 'En un proyecto elaborado a partir de una resolución anterior, se señala cada mención de un período de sesiones para su revisión.',
	},
	'rollover.review': { en: 'Review after rollover: "{0}" — {1}', fr: 'À revoir après reconduction : « {0} » — {1}', es: 'Revisar tras la renovación: «{0}» — {1}' },
	'rollover.review.hint': { en: 'does this session move on with the new draft?', fr: 'cette session change-t-elle avec le nouveau projet ?', es: '¿cambia este período de sesiones con el nuevo proyecto?' },
} as const satisfies Record<string, Templates>;

export type MessageKey = keyof typeof MESSAGES;

/** A message to be formatted later, in the locale of whoever reads it. */
export interface Message {
	readonly key: MessageKey;
	readonly args?: readonly MessageArg[];
}

/** A date (ISO `YYYY-MM-DD`) written in the reader's language when the message is formatted. */
export interface DateArg {
	readonly date: string;
}

export type MessageArg = string | number | Message | DateArg;

export function dateArg(iso: string): DateArg {
	return { date: iso };
}

function formatArg(arg: Message | DateArg, locale: Locale): string {
	return 'date' in arg ? formatDate(arg.date, locale) : formatInner(arg, locale);
}

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
		return typeof arg === 'object' ? formatArg(arg, locale) : String(arg);
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
		return typeof arg === 'object' ? formatArg(arg, locale) : String(arg);
	});
}

export function formatMessage(m: Message, locale: Locale = 'en'): string {
	return format(m.key, m.args ?? [], locale);
}
