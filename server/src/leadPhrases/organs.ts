import type { Body, ResolutionDocument } from '../model/document';
import { bodyNamedIn } from '../parser/lexicon';
import type { LeadLang } from './table';

/** The organ line of each body in each language, without its comma (spec §2.4). */
export const ORGAN_LINE: Readonly<Record<Body, Readonly<Record<LeadLang, string>>>> = {
	GA: { en: 'The General Assembly', fr: "L'Assemblée générale", es: 'La Asamblea General' },
	SC: { en: 'The Security Council', fr: 'Le Conseil de sécurité', es: 'El Consejo de Seguridad' },
	ECOSOC: { en: 'The Economic and Social Council', fr: 'Le Conseil économique et social', es: 'El Consejo Económico y Social' },
	HRC: { en: 'The Human Rights Council', fr: "Le Conseil des droits de l'homme", es: 'El Consejo de Derechos Humanos' },
};

/**
 * The organs the heading of the document allows: by its symbol (`A/HRC/…`, `S/…`, `E/…`, `A/…`), else
 * the adoption line, else the organ printed in the masthead. Human Rights Council documents carry the
 * General Assembly masthead, so a masthead that only says `General Assembly` allows both.
 */
export function mastheadBodies(doc: ResolutionDocument): { bodies: Body[]; span: { start: number; end: number } } | undefined {
	const symbol = doc.masthead.symbol;
	if (symbol) {
		const s = symbol.value.replace(/\s+/g, '');
		const body: Body | undefined = /^A\/HRC\//i.test(s) ? 'HRC' : /^S\//i.test(s) ? 'SC' : /^E\//i.test(s) ? 'ECOSOC' : /^A\//i.test(s) ? 'GA' : undefined;
		// Commission and committee documents of ECOSOC (`E/CN.6/…`) are no text of the Council itself.
		if (body && !/^E\/(?:CN|C)\./i.test(s)) {
			return { bodies: [body], span: symbol.span };
		}
	}
	const adopted = doc.adoption ? bodyNamedIn(doc.adoption.text) : undefined;
	if (adopted && doc.adoption) {
		return { bodies: [adopted], span: doc.adoption.span };
	}
	const organ = doc.masthead.organ;
	const named = organ ? bodyNamedIn(organ.value) : undefined;
	if (organ && named) {
		return { bodies: named === 'GA' ? ['GA', 'HRC'] : [named], span: organ.span };
	}
	return undefined;
}
