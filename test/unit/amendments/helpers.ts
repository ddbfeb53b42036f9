import { readDraft, viewOf } from '../../../server/src/amendments/draft';
import { wordChanges } from '../../../server/src/amendments/calls';
import { callText } from '../../../server/src/amendments/write';

/** The paragraphs of a text as `unres amend` counts them, each as a reader reads it (numbers and note calls aside). */
export function paragraphs(text: string): { preamble: string[]; operative: string[] } {
	const d = readDraft(text);
	return { preamble: d.units.preamble.map((l) => viewOf(d, l).text), operative: d.units.operative.map((l) => viewOf(d, l).text) };
}

/**
 * Where two texts differ, paragraph by paragraph as `unres amend` counts them, note calls aside: amendments do not
 * touch footnotes, and in PDF text a call is digits glued to a word or set after it (`Development,11`, `Material,
 * 12 the`), which the parser takes for a call in one version and for words in another (amendments/calls.ts says
 * exactly which digit changes count as calls). Empty when the texts agree.
 */
export function differences(got: string, want: string): string[] {
	const texts = (t: string) => {
		const d = readDraft(t);
		return { preamble: d.units.preamble.map((l) => callText(d, l)), operative: d.units.operative.map((l) => callText(d, l)) };
	};
	const g = texts(got);
	const w = texts(want);
	const out: string[] = [];
	for (const part of ['preamble', 'operative'] as const) {
		if (g[part].length !== w[part].length) {
			out.push(`${part}: ${g[part].length} paragraphs, want ${w[part].length}`);
		}
		const n = Math.min(g[part].length, w[part].length);
		for (let i = 0; i < n && out.length < 3; i++) {
			const changes = wordChanges(g[part][i], w[part][i]);
			if (changes.length > 0) {
				const h = changes[0];
				const a = g[part][i].text;
				const b = w[part][i].text;
				out.push(`${part} ${i + 1}: “…${a.slice(Math.max(0, h.aStart - 40), h.aEnd + 40)}…” where want “…${b.slice(Math.max(0, h.bStart - 40), h.bEnd + 40)}…”`);
			}
		}
	}
	return out;
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

/** A text of two sections that each number from 1, in the three languages. */
export const COMPOSITE = {
	en: 'The General Assembly,\n\nRecalling its resolution 75/1,\n\nA\n\nInformation for development\n\n1. Urges all States to act;\n\n2. Requests the Secretary-General to report;\n\nB\n\nPublic information\n\n1. Welcomes the work of the Department;\n\n2. Decides to remain seized of the matter.\n',
	fr: 'L’Assemblée générale,\n\nRappelant sa résolution 75/1,\n\nA\n\nL’information au service du développement\n\n1. Exhorte tous les États à agir ;\n\n2. Prie le Secrétaire général de lui faire rapport ;\n\nB\n\nInformation\n\n1. Salue le travail du Département ;\n\n2. Décide de rester saisie de la question.\n',
	es: 'La Asamblea General,\n\nRecordando su resolución 75/1,\n\nA\n\nLa información al servicio del desarrollo\n\n1. Exhorta a todos los Estados a actuar;\n\n2. Solicita al Secretario General que la informe;\n\nB\n\nInformación pública\n\n1. Acoge con beneplácito la labor del Departamento;\n\n2. Decide seguir ocupándose de la cuestión.\n',
};
