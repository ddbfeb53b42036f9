import type { AmendLang } from './ordinals';
import type { Problem } from './types';

/** Why an instruction was not applied, in the reader's language. */
export function problemText(p: Problem, lang: AmendLang): string {
	switch (p.kind) {
		case 'unreadable':
			return { en: 'the instruction could not be read', fr: 'l’instruction n’a pas pu être lue', es: 'no se pudo leer la instrucción' }[lang];
		case 'noParagraph':
			return { en: `${p.ref} is not in the draft`, fr: `${p.ref} ne figure pas dans le projet`, es: `${p.ref} no figura en el proyecto` }[lang];
		case 'ambiguous':
			return {
				en: `${p.ref}: several sections have a paragraph of that number; name the section (“in section B, operative paragraph 1”)`,
				fr: `${p.ref} : plusieurs sections ont un paragraphe de ce numéro ; préciser la section (« dans la section B, au paragraphe 1 du dispositif »)`,
				es: `${p.ref}: varias secciones tienen un párrafo con ese número; indique la sección (“en el párrafo 1 de la parte dispositiva de la sección B”)`,
			}[lang];
		case 'noSubParagraph':
			return { en: `${p.ref}: no such sub-paragraph`, fr: `${p.ref} : cet alinéa n’existe pas`, es: `${p.ref}: no existe ese apartado` }[lang];
		case 'notFound':
			return { en: `“${p.words}” is not in ${p.ref}`, fr: `« ${p.words} » ne figure pas au ${p.ref}`, es: `“${p.words}” no figura en ${p.ref}` }[lang];
		case 'foundTwice':
			return { en: `“${p.words}” occurs ${p.count} times in ${p.ref}`, fr: `« ${p.words} » figure ${p.count} fois au ${p.ref}`, es: `“${p.words}” figura ${p.count} veces en ${p.ref}` }[lang];
		case 'conflict':
			return { en: `another instruction already changes the same words of ${p.ref}`, fr: `une autre instruction modifie déjà les mêmes mots du ${p.ref}`, es: `otra instrucción ya modifica las mismas palabras de ${p.ref}` }[lang];
	}
}
