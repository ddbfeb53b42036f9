import { DocumentFacts } from '../model/analysis';
import type { Body, Lang, OrganLine, ResolutionDocument, Span } from '../model/document';
import { attachNegotiation } from '../negotiation/attach';
import { scanNegotiation } from '../negotiation/scan';
import { scanCitations } from './citations';
import { LineRole, scanFootnoteTexts } from './footnotes';
import { parseHeader } from './header';
import { detectLanguage } from './language';
import { findFurniture, findLayout } from './layout';
import { splitLines, type Line } from './lines';
import { findMarkers, pairFootnotes, textRegions } from './markers';
import { blankSpans, maskMarkdown, MASKED } from './mask';
import { ownSymbolOf, ownSymbolSpans } from './ownSymbol';
import { readStructure } from './structure';
import { groupUnits, type Unit } from './units';

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

/** Parses a version and starts its facts with what the parser knows (its masked text). */
export function parseVersion(text: string, options: ParseOptions = {}): DocumentFacts {
	const { doc, masked } = parseWithMask(text, options);
	// A negotiation text's facts are those of its view, the text the rules read.
	const facts = new DocumentFacts(doc, doc.negotiation?.view ?? text);
	facts.seed(MASKED, masked);
	return facts;
}

/**
 * The passes: footnote texts and line roles; layout (heading zone, organ line, body); page furniture;
 * footnote markers; units of lines; structure; footnote pairing; own symbol; citations.
 */
function parseWithMask(text: string, options: ParseOptions): { doc: ResolutionDocument; masked: string } {
	// A text under negotiation is parsed through its view (same offsets), then gets its labels and brackets back.
	const negotiation = options.plain ? undefined : scanNegotiation(text);
	if (negotiation) {
		const read = parseWithMask(negotiation.view, { ...options, plain: true });
		return { doc: attachNegotiation(read.doc, negotiation), masked: read.masked };
	}
	const lines = splitLines(text);
	const notes = scanFootnoteTexts(text, lines);
	const roles = notes.roles;
	const masked0 = maskMarkdown(text);

	const { organ, bodyFrom, headerEnd } = findLayout(masked0, lines, roles);
	const header = parseHeader(text, masked0, lines, 0, headerEnd);
	const body: Body | undefined = organ?.body ?? header.body;

	const furniture = findFurniture(masked0, lines, roles, bodyFrom, header.masthead.symbol?.value.replace(/\s+/g, ' '));
	const plainFrom = header.title?.span.start ?? lines[headerEnd]?.start ?? 0;
	const markerFinds = findMarkers(text, masked0, textRegions(lines, roles, furniture.noise), notes, plainFrom);
	const masked = blankSpans(masked0, [...furniture.spans, ...markerFinds.map((f) => f.span)]);

	const units = groupUnits(masked, lines, roles, furniture.noise, bodyFrom);
	const structure = readStructure(text, masked, units, organ);
	const { footnotes, footnoteMarkers } = pairFootnotes(notes, markerFinds);
	const ownSymbol = ownSymbolOf(header, body);

	const regions = citationRegions(lines, roles, headerEnd, units, footnotes);
	const citations = scanCitations(masked, regions, { body, exclude: ownSymbolSpans(header), ownSymbol: ownSymbol?.value });

	const lang = options.lang ?? organ?.lang ?? detectLanguage(text);
	const organLine: OrganLine | undefined = organ ? { span: organ.span, body: organ.body, hasComma: organ.hasComma } : undefined;
	const doc: ResolutionDocument = {
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
		citations,
		...(structure.closing ? { closing: structure.closing } : {}),
		problems: structure.problems,
	};
	return { doc, masked };
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
