import { readDraft, viewOf } from '../../../server/src/amendments/apply';

/** The paragraphs of a text as `unres amend` counts them, each as a reader reads it (numbers and note calls aside). */
export function paragraphs(text: string): { preamble: string[]; operative: string[] } {
	const d = readDraft(text);
	return { preamble: d.units.preamble.map((l) => viewOf(d, l).text), operative: d.units.operative.map((l) => viewOf(d, l).text) };
}

/**
 * Paragraph texts compared with the footnote calls aside: amendments do not touch footnotes, and in PDF text a call
 * is digits glued to a word or a mark (`Development,11`, `Secretary General 3`), which the parser takes for a call
 * in one version and for words in another.
 */
export function comparable(text: string): { preamble: string[]; operative: string[] } {
	const key = (s: string) => s.replace(/(?<=[\p{L},;.)”’:])\s?\d{1,3}(?=\s|$)/gu, '').replace(/\s+/g, ' ').trim();
	const p = paragraphs(text);
	return { preamble: p.preamble.map(key), operative: p.operative.map(key) };
}

/** The printed operative numbers, in order. */
export function numbers(text: string): (number | undefined)[] {
	return readDraft(text).doc.operativeParts.flatMap((p) => p.paragraphs.map((x) => x.number?.value));
}

export const DRAFTS = {
	en: `The General Assembly,

Recalling its resolution 75/1 of 21 September 2020,

Noting with concern the situation of persons displaced by conflict,

Welcoming the report of the Secretary-General,

1. Urges all States to respect international law;

2. Calls upon States to adopt measures, including:

(a) Legislation on displacement;

(b) Data collection on displaced persons;

3. Requests the Secretary-General to report on the implementation of paragraph 2 above;

4. Decides to remain seized of the matter.
`,
	fr: `L’Assemblée générale,

Rappelant sa résolution 75/1 du 21 septembre 2020,

Notant avec préoccupation la situation des personnes déplacées par les conflits,

Se félicitant du rapport du Secrétaire général,

1. Exhorte tous les États à respecter le droit international ;

2. Demande aux États d’adopter des mesures, notamment :

a) Une législation sur les déplacements ;

b) La collecte de données sur les personnes déplacées ;

3. Prie le Secrétaire général de lui faire rapport sur l’application du paragraphe 2 ci-dessus ;

4. Décide de rester saisie de la question.
`,
	es: `La Asamblea General,

Recordando su resolución 75/1, de 21 de septiembre de 2020,

Observando con preocupación la situación de las personas desplazadas por los conflictos,

Acogiendo con beneplácito el informe del Secretario General,

1. Exhorta a todos los Estados a que respeten el derecho internacional;

2. Exhorta a los Estados a que adopten medidas, entre ellas:

a) Legislación sobre los desplazamientos;

b) Recopilación de datos sobre las personas desplazadas;

3. Solicita al Secretario General que la informe sobre la aplicación del párrafo 2 supra;

4. Decide seguir ocupándose de la cuestión.
`,
};
