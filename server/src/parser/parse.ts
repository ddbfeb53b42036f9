import { DocumentFacts } from '../model/analysis';
import { ownString } from '../model/ownString';
import type { Body, Citation, Lang, OrganLine, ResolutionDocument, Span } from '../model/document';
import { attachNegotiation } from '../negotiation/attach';
import { scanNegotiation } from '../negotiation/scan';
import { scanCitations } from './citations';
import { LineRole, scanFootnoteTexts } from './footnotes';
import { parseHeader } from './header';
import { detectLanguage } from './language';
import { findFurniture, findLayout, titleBlock } from './layout';
import { splitLines, type Line } from './lines';
import { findMarkers, pairFootnotes, textRegions } from './markers';
import { blankSpans, maskMarkdown, MASKED } from './mask';
import { ownSymbolOf, ownSymbolSpans } from './ownSymbol';
import { readOlderLayout } from './olderLayouts';
import type { Spliced } from './splice';
import { readStructure } from './structure';
import { groupUnits, type Unit } from './units';
import { PARSE_STATE, type ParseState } from './state';

export interface ParseOptions {
	/** Forces the language instead of detecting it. */
	readonly lang?: Lang;
	/** Reads the text as it is, without looking for a negotiation layer (labels, brackets, options). */
	readonly plain?: boolean;
}

/** Parses a resolution draft in any of the three input styles into the document model. Never throws. */
export function parse(text: string, options: ParseOptions = {}): ResolutionDocument {
	return parseWithMask(text, options).doc;
}

/** Parses a version and starts its facts with what the parser knows (its masked text, and what a reparse needs). */
export function parseVersion(text: string, options: ParseOptions = {}): DocumentFacts {
	const { doc, masked, state } = parseWithMask(text, options);
	return factsOf(doc, text, masked, state);
}

/** The facts of a parsed version; `state` when an edit of it can be reparsed in place (decision 17). */
export function factsOf(doc: ResolutionDocument, text: string, masked: string, state: ParseState | undefined): DocumentFacts {
	// A negotiation text's facts are those of its view, the text the rules read.
	const facts = new DocumentFacts(doc, doc.negotiation?.view ?? text);
	facts.seed(MASKED, masked);
	if (state) {
		facts.seed(PARSE_STATE, state);
	}
	return facts;
}

/**
 * The passes: footnote texts and line roles; layout (heading zone, organ line, body); page furniture;
 * footnote markers; units of lines; structure; footnote pairing; own symbol; citations.
 */
function parseWithMask(text: string, options: ParseOptions): { doc: ResolutionDocument; masked: string; state?: ParseState } {
	// A text under negotiation is parsed through its view (same offsets), then gets its labels and brackets back.
	const negotiation = options.plain ? undefined : scanNegotiation(text);
	if (negotiation) {
		const read = parseWithMask(negotiation.view, { ...options, plain: true });
		return { doc: attachNegotiation(read.doc, negotiation), masked: read.masked };
	}
	const state = scanText(text, options);
	return { doc: assemble(state), masked: state.masked, state };
}

/** The passes over lines: roles, mask, layout, heading zone, furniture, markers. */
function scanText(text: string, options: ParseOptions): ParseState {
	const lines = splitLines(text);
	const notes = scanFootnoteTexts(text, lines);
	const roles = notes.roles;
	const masked0 = maskMarkdown(text);

	const layout = findLayout(masked0, lines, roles);
	const header = parseHeader(text, masked0, lines, 0, layout.headerEnd);
	const runningHeader = header.masthead.symbol?.value.replace(/\s+/g, ' ');
	const furniture = findFurniture(masked0, lines, roles, layout.bodyFrom, runningHeader, titleBlock(masked0, lines, header.title?.textSpan.start, lines[layout.bodyFrom]?.start ?? text.length));
	const plainFrom = header.title?.span.start ?? lines[layout.headerEnd]?.start ?? 0;
	const markers = findMarkers(text, masked0, textRegions(lines, roles, furniture.noise), notes, plainFrom);
	const masked = blankSpans(masked0, [...furniture.spans, ...markers.map((f) => f.span)]);
	return { text, options, lines, notes, layout, header, runningHeader, noise: furniture.noise, furniture: furniture.spans, plainFrom, markers, masked };
}

/**
 * The passes over units: grouping, structure, footnote pairing, own symbol, citations. `citations` reads the
 * regions again (a reparse keeps those of the regions the edit did not touch).
 */
export function assemble(state: ParseState, citations?: (regions: Span[], read: (regions: readonly Span[]) => Citation[]) => Citation[], spliced?: Spliced): ResolutionDocument {
	const { text, options, lines, notes, layout, header, masked } = state;
	const { organ, bodyFrom, headerEnd } = layout;
	const body: Body | undefined = organ?.body ?? header.body;
	// A reparse may hand over the units and structure spliced from the version before (parser/splice.ts).
	const units = spliced?.units ?? groupUnits(masked, lines, notes.roles, state.noise, bodyFrom);
	const structure = spliced ? readOlderLayout(text, masked, spliced.structure) : readStructure(text, masked, units, organ);
	state.units = units;
	const { footnotes, footnoteMarkers } = pairFootnotes(notes, state.markers);
	const ownSymbol = ownSymbolOf(header, body);

	const regions = citationRegions(lines, notes.roles, headerEnd, units, footnotes);
	// Citations outlive their version (a reparse keeps those away from the edit): they own their strings (model/ownString.ts).
	const read = (r: readonly Span[]) => scanCitations(masked, r, { body, exclude: ownSymbolSpans(header), ownSymbol: ownSymbol?.value }).map(ownCitation);
	state.regions = regions;
	const found = citations ? citations(regions, read) : read(regions);
	state.citations = found;

	const lang = options.lang ?? organ?.lang ?? detectLanguage(text);
	const organLine: OrganLine | undefined = organ ? { span: organ.span, body: organ.body, hasComma: organ.hasComma } : undefined;
	return {
		length: text.length,
		lang,
		langDetected: options.lang === undefined,
		...(notes.style ? { footnoteStyle: notes.style } : {}),
		masthead: header.masthead,
		...(header.adoption ? { adoption: header.adoption } : {}),
		...(header.title ? { title: header.title } : {}),
		...(ownSymbol ? { ownSymbol } : {}),
		...(organLine ? { organ: organLine } : {}),
		...(body ? { body } : {}),
		preamble: structure.preamble,
		operativeParts: structure.operativeParts,
		annexes: structure.annexes,
		footnoteMarkers,
		footnotes,
		citations: found,
		...(structure.closing ? { closing: structure.closing } : {}),
		...(structure.layout ? { layout: structure.layout } : {}),
		problems: structure.problems,
	};
}

/** A citation with its own strings (most are shorter than a V8 slice and are copies already: then itself). */
function ownCitation(c: Citation): Citation {
	return c.text.length < 13 && c.symbol.length < 13 ? c : { ...c, text: ownString(c.text), symbol: ownString(c.symbol) };
}

/** Where citations are read: heading lines, paragraphs (as whole segments, so hard-wrapped lists stay whole), footnote texts. */
function citationRegions(lines: readonly Line[], roles: Uint8Array, headerEnd: number, units: readonly Unit[], footnotes: readonly { textSpan: Span }[]): Span[] {
	const regions: Span[] = [];
	for (let i = 0; i < headerEnd; i++) {
		if (roles[i] === LineRole.Text) {
			regions.push({ start: lines[i].start, end: lines[i].end });
		}
	}
	for (const u of units) {
		regions.push(...u.segments);
	}
	for (const f of footnotes) {
		regions.push(f.textSpan);
	}
	return regions;
}
