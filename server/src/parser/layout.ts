import type { Span } from '../model/document';
import { LineRole } from './footnotes';
import { NOISE_LINE, NUMBERED, PREAMBLE_START, SYMBOL_ALONE } from './lexicon';
import { trimmedEnd, trimmedStart, type Line } from './lines';
import { organAt, type OrganFind } from './organ';

/** Where the heading zone ends and the body begins. */
export interface Layout {
	/** The organ line, if the draft has one. */
	readonly organ?: OrganFind;
	/** Index of the organ line, or -1. */
	readonly organIndex: number;
	/** First line of the body (preamble or operative part). */
	readonly bodyFrom: number;
	/** First line after the heading zone. */
	readonly headerEnd: number;
}

/** The organ line divides the heading zone from the body; without one, the first numbered or preambular line does. */
export function findLayout(masked: string, lines: readonly Line[], roles: Uint8Array): Layout {
	for (let i = 0; i < lines.length; i++) {
		const organ = roles[i] === LineRole.Text ? organAt(masked, lines[i]) : undefined;
		if (organ) {
			return { organ, organIndex: i, bodyFrom: i + 1, headerEnd: i };
		}
	}
	let bodyFrom = 0;
	for (let i = 0; i < lines.length; i++) {
		const t = masked.slice(lines[i].start, lines[i].end).trim();
		if (roles[i] === LineRole.Text && (NUMBERED.test(t) || PREAMBLE_START.test(t))) {
			bodyFrom = i;
			break;
		}
	}
	return { organIndex: -1, bodyFrom, headerEnd: bodyFrom };
}

/** Page furniture of PDF text in the body: job numbers, page numbers, the running header repeating the symbol. */
export interface Furniture {
	/** 1 for each line that is furniture. */
	readonly noise: Uint8Array;
	/** The furniture lines' trimmed spans. */
	readonly spans: Span[];
}

/**
 * `runningTitle`: the title a running head repeats beside the symbol (adopted texts: `A/RES/80/192` over or under
 * `Combating glorification of Nazism, …`, wrapped anew): the lines right next to a running-head symbol line that are
 * pieces of the title are furniture too.
 */
export function findFurniture(masked: string, lines: readonly Line[], roles: Uint8Array, from: number, runningHeader: string | undefined, runningTitle?: string): Furniture {
	const noise = new Uint8Array(lines.length);
	const spans: Span[] = [];
	const heads: number[] = [];
	for (let i = from; i < lines.length; i++) {
		const t = furnitureText(masked, lines[i], roles[i], 80);
		if (t !== undefined && (NOISE_LINE.test(t) || (runningHeader !== undefined && t === runningHeader))) {
			noise[i] = 1;
			if (t === runningHeader) {
				heads.push(i);
			}
		}
	}
	// A symbol alone beside a job or page number is a running head too (an amended text keeps the other version's).
	for (let i = from; i < lines.length; i++) {
		if (!noise[i] && isSymbolLine(masked, lines[i], roles[i]) && (besideNoise(noise, roles, i, -1) || besideNoise(noise, roles, i, 1))) {
			noise[i] = 1;
			heads.push(i);
		}
	}
	// A page number alone (`11`) beside a running head: the page's foot or head, not a line of the text.
	for (let i = from; i < lines.length; i++) {
		if (!noise[i] && /^\d{1,3}$/.test(furnitureText(masked, lines[i], roles[i], 3) ?? '') && (besideNoise(noise, roles, i, -1) || besideNoise(noise, roles, i, 1))) {
			noise[i] = 1;
		}
	}
	const title = runningTitle?.replace(/\s+/g, ' ').trim();
	if (title && heads.length > 0) {
		const inTitle = (i: number): boolean => {
			if (i < from || i >= lines.length || noise[i]) {
				return false;
			}
			const t = furnitureText(masked, lines[i], roles[i], 160);
			return t !== undefined && t.length > 0 && title.includes(t);
		};
		for (const h of heads) {
			for (let i = h - 1; inTitle(i); i--) {
				noise[i] = 1;
			}
			for (let i = h + 1; inTitle(i); i++) {
				noise[i] = 1;
			}
		}
	}
	for (let i = from; i < lines.length; i++) {
		if (noise[i]) {
			const start = trimmedStart(masked, lines[i].start, lines[i].end);
			spans.push({ start, end: trimmedEnd(masked, start, lines[i].end) });
		}
	}
	return { noise, spans };
}

export function isSymbolLine(masked: string, line: Line, role: number): boolean {
	const t = furnitureText(masked, line, role, 50);
	return t !== undefined && SYMBOL_ALONE.test(t);
}

/** The nearest line that is not blank, up to three lines away in direction `step`, is furniture. */
function besideNoise(noise: Uint8Array, roles: Uint8Array, i: number, step: 1 | -1): boolean {
	for (let j = i + step, n = 0; j >= 0 && j < noise.length && n < 3; j += step, n++) {
		if (roles[j] !== LineRole.Blank) {
			return noise[j] === 1;
		}
	}
	return false;
}

/** The title as its lines run on from `from` to the next blank line (a numbered title wraps: `80/118. Information and …` / `sustainable development`). */
export function titleBlock(masked: string, lines: readonly Line[], from: number | undefined, upTo: number): string | undefined {
	if (from === undefined) {
		return undefined;
	}
	let end = from;
	for (const line of lines) {
		if (line.end < from) {
			continue;
		}
		if (line.start >= upTo || (line.start > from && masked.slice(line.start, line.end).trim() === '')) {
			break;
		}
		end = line.end;
	}
	return masked.slice(from, end);
}

/** A text line's trimmed text with runs of blanks as one space, or undefined where it cannot be furniture (page furniture is short: `max`). */
function furnitureText(masked: string, line: Line, role: number, max: number): string | undefined {
	if (role !== LineRole.Text) {
		return undefined;
	}
	const start = trimmedStart(masked, line.start, line.end);
	const end = trimmedEnd(masked, start, line.end);
	if (end - start > max) {
		return undefined;
	}
	const raw = masked.slice(start, end);
	// Most lines have no run of blanks to collapse.
	return /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
}
