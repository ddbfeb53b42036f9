import type { Body, Located, Span } from '../model/document';
import { symbolOf } from './citations';
import type { Header } from './header';

/** The resolution's own symbol, from its number line (`75/10.`, `Resolution 2719 (2023)`) or the masthead. */
export function ownSymbolOf(header: Header, body: Body | undefined): Located<string> | undefined {
	if (header.ownNumber) {
		const [first, second] = header.ownNumber.value.split('/');
		const special = first.startsWith('ES-') ? 'emergency' : first.startsWith('S-') ? 'special' : 'regular';
		const n = Number(first.replace(/^E?S-/, ''));
		const ownBody: Body = n >= 1946 ? 'ECOSOC' : body === 'HRC' ? 'HRC' : body === 'ECOSOC' ? 'ECOSOC' : 'GA';
		const symbol = symbolOf({
			kind: 'resolution', body: ownBody, text: header.ownNumber.value, number: Number(second),
			...(ownBody === 'ECOSOC' ? { year: n } : { session: n, sessionKind: special }),
		});
		return { value: symbol, span: header.ownNumber.span };
	}
	if (header.ownSCNumber) {
		return { value: `S/RES/${header.ownSCNumber.number} (${header.ownSCNumber.year})`, span: header.ownSCNumber.span };
	}
	if (header.masthead.symbol) {
		return { value: header.masthead.symbol.value.replace(/\s+/g, ' '), span: header.masthead.symbol.span };
	}
	return undefined;
}

/** Spans the citation scanner must skip: the document's own symbol where the heading writes it. */
export function ownSymbolSpans(header: Header): Span[] {
	return [header.masthead.symbol?.span, header.ownNumber?.span, header.ownSCNumber?.span].filter((s): s is Span => s !== undefined);
}
