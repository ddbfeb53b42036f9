import { defineQuery } from '../model/analysis';
import type { Citation, Span } from '../model/document';
import type { FootnoteTexts, MarkerFound } from './footnotes';
import type { Header } from './header';
import type { Layout } from './layout';
import type { Line } from './lines';
import type { Unit } from './units';
import type { ParseOptions } from './parse';

/**
 * What the line passes of one parse found, kept with the version so that an edit of it can be reparsed in place
 * (parser/reparse.ts): lines, roles, layout, heading zone, furniture, markers, the masked text, the citations by
 * region. The text and the masked text are the version's own strings: no copy is kept.
 */
export interface ParseState {
	readonly text: string;
	readonly options: ParseOptions;
	readonly lines: Line[];
	readonly notes: FootnoteTexts;
	readonly layout: Layout;
	readonly header: Header;
	readonly runningHeader: string | undefined;
	readonly noise: Uint8Array;
	readonly furniture: Span[];
	readonly plainFrom: number;
	readonly markers: MarkerFound[];
	readonly masked: string;
	/** The units of the body (set by `assemble`): a reparse splices them (parser/splice.ts). */
	units?: Unit[];
	/** Where citations were read, and what was read there (set by `assemble`). */
	regions?: Span[];
	citations?: Citation[];
	/** Set once a reparse has taken this state over: its arrays now belong to the next version. */
	spent?: boolean;
}

/** The parse state of a version parsed by `parseVersion` (undefined for a negotiation text or one parsed otherwise). */
export const PARSE_STATE = defineQuery<ParseState | undefined>('parser.state', () => undefined);
