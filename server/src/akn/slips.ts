/**
 * Slips of the department's markup that the printed text does not have, read as the printed text reads (issue 17,
 * found by `npm run conformance`): spaces lost between the formula's spans, a meeting line marked up as a paragraph.
 */
import { CLOSING } from '../parser/meetingLines';
import { child, children, localName, textOf, type Element } from './dom';

/** The organ lines of the three languages, as printed. */
const ORGANS = ['The General Assembly', 'The Security Council', 'The Economic and Social Council', 'The Human Rights Council', 'L’Assemblée générale', 'Le Conseil de sécurité', 'Le Conseil économique et social', 'Le Conseil des droits de l’homme', 'La Asamblea General', 'El Consejo de Seguridad', 'El Consejo Económico y Social', 'El Consejo de Derechos Humanos'];
const letters = (s: string) => s.toLowerCase().replace(/['’\s]+/g, '');

/** `Le Conseil économique<span>et</span>social` (spaces lost between the formula's spans): the organ line as printed. */
export function organName(formula: string): string {
	const words = (s: string) => s.split(/\s+/).length;
	return ORGANS.find((o) => letters(o) === letters(formula) && words(o) > words(formula)) ?? formula;
}

/**
 * A few files mark the meeting line up as the main body's last paragraph (`<p><span class="italic">Primera sesión
 * plenaria</span></p>`), the conclusions holding the date only: it is the meeting line, as printed, not a paragraph.
 * Taken out of the body; its text.
 */
export function strayMeeting(main: Element | undefined): string | undefined {
	const last = main ? children(main).at(-1) : undefined;
	if (!last || !['paragraph', 'container', 'p'].includes(localName(last)) || child(last, 'num')) {
		return undefined;
	}
	// `43` `<sup>a</sup>` ` reunión plenaria`: the ordinal's letters join its number.
	const text = textOf(last).replace(/^(\d+) (ª|º|a|o|e|re|er|st|nd|rd|th)(?= )/, '$1$2');
	if (text.length > 60 || !CLOSING.test(text)) {
		return undefined;
	}
	last.parentNode?.removeChild(last);
	return text;
}
