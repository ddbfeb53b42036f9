import type { Attribution, NegotiationText, ParagraphLabel, Span, StatusMark } from '../model/negotiation';
import { scanBrackets, type BracketScan } from './brackets';
import { PLAIN_NUMBER, readLabel } from './labels';
import { scanOptions } from './options';
import { referenceEdits } from './references';
import { buildView } from './view';

/** `agreed ad ref.` written without brackets at the end of a paragraph. */
const BARE_STATUS = /(?<=[.;,:])[ \t]*\(?(agreed ad ref(?:\.|erendum)?)\)?[ \t]*$/i;
/** `… hunger”. (Lebanon)`: the proposer in parentheses after a proposal. */
const PAREN_ATTRIBUTION = /(?<=[.,;:”"’»])[ \t]*\(([A-Z][\p{L}'-]+(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]+)[A-Z][\p{L}'-]+){0,5})\)[ \t]*$/u;
const TERMINAL = /[.;:,!?”"’»)\]*_]\s*$/;

/**
 * Markdown links `[51/1](#)` and note calls `[^3]` blanked, so that their brackets are not taken for negotiation
 * brackets (the same patterns as the parser's mask; this layer sits below the parser).
 */
function maskLinks(text: string): string {
	// Both patterns open with `[`: each `[` is tried in turn, as the global replace would, without a search of the whole text.
	let at = text.indexOf('[');
	if (at < 0) {
		return text;
	}
	const parts: string[] = [];
	let done = 0;
	while (at >= 0) {
		LINK.lastIndex = at;
		const m = LINK.exec(text);
		if (!m) {
			at = text.indexOf('[', at + 1);
			continue;
		}
		const [whole, inner, url] = m;
		parts.push(text.slice(done, at), url !== undefined ? ` ${inner ?? ''}${' '.repeat(url.length + 3)}` : ' '.repeat(whole.length));
		done = at + whole.length;
		at = text.indexOf('[', done);
	}
	if (parts.length === 0) {
		return text;
	}
	parts.push(text.slice(done));
	return parts.join('');
}

const LINK = /\[([^[\]\n]{0,300})\]\(([^()\n]{0,500})\)|\[\^[^\][\s]{1,20}\]:?/y;

function splitLines(text: string): Span[] {
	const out: Span[] = [];
	let at = 0;
	for (;;) {
		const nl = text.indexOf('\n', at);
		const end = nl < 0 ? text.length : nl;
		out.push({ start: at, end: end > at && text[end - 1] === '\r' ? end - 1 : end });
		if (nl < 0) {
			return out;
		}
		at = nl + 1;
	}
}

const NO_BRACKETS: BracketScan = { brackets: [], groups: [], unmatched: [], ignored: [] };

/**
 * Whether a line may start with a label (`PP2`, `OP5bis`, `5 bis.`): its first character after blanks and emphasis
 * markers is a capital P or O or a digit and `readLabel` reads one there. The full scan decides what it is.
 */
function mayHaveLabel(text: string): boolean {
	for (let start = 0; start <= text.length;) {
		const nl = text.indexOf('\n', start);
		const stop = nl < 0 ? text.length : nl;
		const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
		let at = start;
		let c = text.charCodeAt(at);
		while (at < end && (c === 32 || c === 9 || c === 0xa0)) {
			c = text.charCodeAt(++at);
		}
		while (at < end && (c === 42 || c === 95)) {
			c = text.charCodeAt(++at);
		}
		if (at < end && (c === 80 || c === 79 || (c >= 48 && c <= 57)) && readLabel(text, at, end)) {
			return true;
		}
		if (nl < 0) {
			return false;
		}
		start = nl + 1;
	}
	return false;
}

/**
 * Reads the negotiation layer of a text: labels, brackets, options, attributions and status marks. Answers
 * undefined for a text that has none (an adopted resolution), so that it is parsed as it always was.
 */
export function scanNegotiation(text: string): NegotiationText | undefined {
	if (text.length > 5_000_000) {
		return undefined;
	}
	const masked = maskLinks(text);
	// Most texts have no negotiation layer: told without reading every line into objects (below) when no bracket
	// survives the scan, no line can open an option and no line starts with a label.
	const scan = masked.includes('[') || masked.includes(']') ? scanBrackets(masked) : NO_BRACKETS;
	if (scan.brackets.length === 0 && !text.includes('Option') && !mayHaveLabel(text)) {
		return undefined;
	}
	const lines = splitLines(text);
	const options = scanOptions(text, lines);
	const labels: Omit<ParagraphLabel, 'position'>[] = [];
	const numbered: { start: number; number: number; label?: number; digits: Span }[] = [];
	const statusMarks: StatusMark[] = scan.brackets.filter((b) => b.status).map((b) => ({ span: b.span, text: text.slice(b.span.start, b.span.end) }));
	const attributions: Attribution[] = [];
	let previousEnds = true;
	// Where each line's text starts and ends (pairs): read again for status marks and attributions in a negotiation text.
	const textLines: number[] = [];
	for (const line of lines) {
		let at = line.start;
		while (at < line.end && /[ \t\u00a0]/.test(text[at])) {
			at++;
		}
		if (at === line.end) {
			previousEnds = true;
			continue;
		}
		let first = at;
		while (first < line.end && (text[first] === '*' || text[first] === '_')) {
			first++;
		}
		const label = readLabel(text, first, line.end);
		// A number with `ter` at the start of a hard-wrapped line (`paragraph` / `8 ter of Article 5`) is no label.
		if (label && (label.part || previousEnds)) {
			numbered.push({ start: label.span.start, number: label.number, label: labels.length, digits: label.span });
			labels.push(label);
		} else if (previousEnds) {
			const m = PLAIN_NUMBER.exec(text.slice(first, first + 5));
			if (m) {
				numbered.push({ start: first, number: Number(m[1]), digits: { start: first, end: first + m[1].length } });
			}
		}
		const lineText = masked.slice(at, line.end);
		textLines.push(at, line.end);
		previousEnds = TERMINAL.test(lineText);
	}
	const negotiation = labels.length > 0 || scan.brackets.length > 0 || options.blocks.length > 0;
	if (!negotiation) {
		return undefined; // most texts: their lines are not read for status marks and attributions
	}
	for (let k = 0; k < textLines.length; k += 2) {
		const at = textLines[k];
		const lineText = masked.slice(at, textLines[k + 1]);
		const bare = BARE_STATUS.exec(lineText);
		if (bare) {
			const s = at + bare.index + bare[0].indexOf(bare[1]) - (bare[0].includes('(') ? 1 : 0);
			const e = at + bare.index + bare[0].trimEnd().length;
			// `[agreed ad ref.]` is already a status mark, as a bracket.
			if (!/\[[ \t]*$/.test(masked.slice(Math.max(0, s - 4), s))) {
				statusMarks.push({ span: { start: s, end: e }, text: text.slice(s, e) });
			}
		}
		const paren = PAREN_ATTRIBUTION.exec(lineText);
		if (paren) {
			const s = at + paren.index + paren[0].indexOf('(');
			attributions.push({ span: { start: s, end: s + paren[0].trim().length }, text: paren[1] });
		}
	}
	// Positions in the clean document: a label or number continues the count; `alt` takes none; `1.` restarts.
	const positions = new Map<number, number>();
	let counter = 0;
	let shifted = false;
	let lastWritten = 0;
	for (const n of numbered) {
		const l = n.label !== undefined ? labels[n.label] : undefined;
		if (l?.part === 'PP' || l?.alt) {
			continue;
		}
		if (n.number === 1 && (!l || (l.rank === 0 && !l.alt))) {
			counter = 1;
			shifted = false;
		} else if (!l && n.number !== lastWritten + 1) {
			// A number out of the run (a list in an annex) is left as written.
			counter = n.number;
			shifted = false;
		} else if (!shifted && (!l || l.rank === 0)) {
			counter = n.number;
		} else {
			counter++;
			shifted = true;
		}
		positions.set(n.start, counter);
		lastWritten = n.number;
	}
	const full: ParagraphLabel[] = labels.map((l) => {
		const p = positions.get(l.span.start);
		return p !== undefined ? { ...l, position: p } : l;
	});
	const plainNumbers = numbered.filter((n) => n.label === undefined).map((n) => ({ offset: n.start, number: n.number, position: positions.get(n.start) ?? n.number }));
	// The view numbers paragraphs by position, so references are written as positions too.
	const renumbered = [
		...numbered.filter((n) => n.label === undefined && positions.get(n.start) !== n.number).map((n) => ({ digits: n.digits, position: positions.get(n.start)! })),
		...referenceEdits(text, full, plainNumbers).map((e) => ({ digits: e.span, position: Number(e.newText) })),
	];
	statusMarks.sort((a, b) => a.span.start - b.span.start);
	const parts = {
		labels: full,
		brackets: scan.brackets,
		groups: scan.groups,
		unmatched: scan.unmatched,
		statusMarks,
		attributions,
		optionBlocks: options.blocks,
		markupLines: options.markupLines,
		plainNumbers,
	};
	return { ...parts, view: buildView(text, parts, renumbered), text };
}
