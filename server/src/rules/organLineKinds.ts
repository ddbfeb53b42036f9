/**
 * Texts whose opening line is no UN organ line the server knows, yet is right for their kind.
 *
 * A treaty body's decision opens with its own organ (UNFCCC, CBD, Basel …): `The Conference of the Parties serving as
 * the meeting of the Parties to the Paris Agreement,`, `La Conférence des Parties agissant comme réunion des Parties à
 * l'Accord de Paris,`, `La Conferencia de las Partes en calidad de reunión de las Partes en el Acuerdo de París,`.
 * A declaration speaks in the first person and has no organ line at all: `1. We, the heads of State and Government …`,
 * `Nous, chefs d'État et de gouvernement …`, `Nosotros, los Jefes de Estado y de Gobierno …`.
 */
const TREATY_ORGAN = /^(?:The\s+(?:Conference|Meeting)\s+of\s+the\s+Parties|La\s+(?:Conférence|Réunion)\s+des\s+Parties|La\s+(?:Conferencia|Reunión)\s+de\s+las\s+Partes)\b[^.;:]{0,160}$/iu;
const DECLARATION = /^(?:\d{1,3}\.\s+)?(?:We|Nous|Nosotros|Nosotras),\s/u;

/** True for the organ line of a conference or meeting of the Parties to a treaty. */
export function isTreatyOrganLine(line: string): boolean {
	return line.length <= 220 && TREATY_ORGAN.test(line.trim());
}

/** True when the first paragraph speaks in the first person, as a declaration does. */
export function opensAsDeclaration(paragraph: string): boolean {
	return DECLARATION.test(paragraph.trimStart());
}
