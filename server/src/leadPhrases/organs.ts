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

/** Words only the Security Council writes of itself: Chapter VII, and staying seized of the matter. */
const SC_WORDS = /\b(?:Acting under Chapter VII|remain(?:s)? (?:actively )?seized of the matter)|\b(?:Agissant en vertu du Chapitre VII|(?:de )?rester (?:activement )?saisi de la question)|\b(?:Actuando en virtud del Capítulo VII|seguir ocupándose (?:activamente )?de la cuestión)/iu;
const COUNCIL_NAME: Readonly<Record<Exclude<Body, 'GA'>, RegExp>> = {
	SC: /Security Council|Conseil de sécurité|Consejo de Seguridad/giu,
	HRC: /Human Rights Council|Conseil des droits de l['’]homme|Consejo de Derechos Humanos/giu,
	ECOSOC: /Economic and Social Council|Conseil économique et social|Consejo Económico y Social/giu,
};

function mentions(text: string, re: RegExp): number {
	return text.match(re)?.length ?? 0;
}

/**
 * The organs a text with no organ line and no heading is most likely the text of, most likely first: the
 * Security Council by its own words or by citing its own resolutions as `2334 (2016)`; a Council (masculine)
 * rather than the Assembly (feminine) by the gender of French and Spanish lead words; among the Councils, the
 * one the text names most. Undefined when nothing tells: then every organ is offered, the Assembly first.
 */
export function textBodies(doc: ResolutionDocument, text: string, genders: readonly ('f' | 'm' | undefined)[]): Body[] | undefined {
	const councils = (['SC', 'HRC', 'ECOSOC'] as const)
		.map((b, i) => ({ b, n: mentions(text, COUNCIL_NAME[b]), i }))
		.sort((x, y) => y.n - x.n || x.i - y.i)
		.map((x) => x.b as Body);
	const ownSc = doc.citations.some((c) => c.body === 'SC' && c.kind === 'resolution' && /\b(?:its|sa|ses|su|sus)\s+(?:resolutions?|résolutions?|resoluci(?:ón|ones))\s*$/iu.test(text.slice(Math.max(0, c.span.start - 40), c.span.start)));
	if (SC_WORDS.test(text) || ownSc) {
		return ['SC', ...councils.filter((b) => b !== 'SC'), 'GA'];
	}
	const m = genders.filter((g) => g === 'm').length;
	const f = genders.filter((g) => g === 'f').length;
	if (m > f) {
		return [...councils, 'GA'];
	}
	if (f > m) {
		return ['GA', ...councils];
	}
	return undefined;
}
