/** The cover page of an AKN4UN file (`<coverPage>`/`<preface>`) and the organ a file's author or symbol names. */
import type { Body } from '../model/document';
import { attr, descendants, localName, textOf, type Element } from './dom';
import type { AknMasthead } from './model';

export function readMasthead(cover: Element | undefined): AknMasthead {
	if (!cover) {
		return {};
	}
	const find = (name: string, refersTo?: string) =>
		descendants(cover, name).find((e) => refersTo === undefined || attr(e, 'refersTo') === refersTo);
	const inlineNamed = (n: string) => descendants(cover, 'inline').find((e) => attr(e, 'name') === n && e.parentNode && localName(e.parentNode) === 'p');
	const issuing = find('docAuthority', '#issuingBody');
	const date = find('docDate', '#dateOfIssuance') ?? find('docDate');
	const session = find('session');
	const adoption = find('docTitle');
	const proponent = find('docProponent');
	const text = (e: Element | undefined) => (e ? textOf(e) || undefined : undefined);
	return {
		organName: text(issuing),
		distribution: text(find('docStatus')),
		dateText: text(date),
		date: date ? attr(date, 'date') : undefined,
		session: text(session),
		sessionNumber: session ? attr(session, 'value') : undefined,
		agendaItem: text(inlineNamed('agenda item')),
		agendaTitle: text(inlineNamed('agenda item name')),
		adoptionLine: text(adoption),
		proponent: text(proponent),
	};
}

export function bodyOf(author: string | undefined, symbol: string | undefined): Body | undefined {
	const a = (author ?? '').replace(/^#/, '').toLowerCase();
	if (/hrc|humanrights/.test(a) || symbol?.startsWith('A/HRC/')) {
		return 'HRC';
	}
	if (/ecosoc/.test(a) || symbol?.startsWith('E/')) {
		return 'ECOSOC';
	}
	if (/unsc|^sc$|security/.test(a) || symbol?.startsWith('S/')) {
		return 'SC';
	}
	if (/ga|unga/.test(a) || symbol?.startsWith('A/')) {
		return 'GA';
	}
	return undefined;
}
