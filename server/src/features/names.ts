import type { Lang } from '../model/document';

/** Names of the parts of a resolution in the document's own language, for the outline. */
const NAMES = {
	en: { preamble: 'Preamble', operative: 'Operative part', footnotes: 'Footnotes', annex: 'Annex', paragraph: 'Paragraph' },
	fr: { preamble: 'Préambule', operative: 'Dispositif', footnotes: 'Notes', annex: 'Annexe', paragraph: 'Paragraphe' },
	es: { preamble: 'Preámbulo', operative: 'Parte dispositiva', footnotes: 'Notas', annex: 'Anexo', paragraph: 'Párrafo' },
} as const;

export type PartNames = (typeof NAMES)[keyof typeof NAMES];

export function partNames(lang: Lang): PartNames {
	return lang === 'fr' || lang === 'es' ? NAMES[lang] : NAMES.en;
}
