import type { AmendLang } from './ordinals';
import type { Problem } from './types';

/** Why an instruction was not applied, in the reader's language. */
export function problemText(p: Problem, lang: AmendLang): string {
	switch (p.kind) {
		case 'unreadable':
			return { en: 'the instruction could not be read', fr: 'l’instruction n’a pas pu être lue', es: 'no se pudo leer la instrucción' }[lang];
		case 'noParagraph':
			return { en: `${p.ref} is not in the draft (or its number is ambiguous)`, fr: `${p.ref} ne figure pas dans le projet (ou son numéro est ambigu)`, es: `${p.ref} no figura en el proyecto (o su número es ambiguo)` }[lang];
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
