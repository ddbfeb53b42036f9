import type { Span } from '../model/document';
import { LineRole } from './footnotes';
import { NOISE_LINE, NUMBERED, PREAMBLE_START } from './lexicon';
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

export function findFurniture(masked: string, lines: readonly Line[], roles: Uint8Array, from: number, runningHeader: string | undefined): Furniture {
	const noise = new Uint8Array(lines.length);
	const spans: Span[] = [];
	for (let i = from; i < lines.length; i++) {
		if (roles[i] !== LineRole.Text) {
			continue;
		}
		const start = trimmedStart(masked, lines[i].start, lines[i].end);
		const end = trimmedEnd(masked, start, lines[i].end);
		if (end - start > 80) {
			continue; // page furniture is short
		}
		const raw = masked.slice(start, end);
		// Runs of blanks collapse to one space, for the comparison; most lines have none to collapse.
		const t = /\s\s|[^\S ]/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
		if (NOISE_LINE.test(t) || (runningHeader !== undefined && t === runningHeader)) {
			noise[i] = 1;
			spans.push({ start, end });
		}
	}
	return { noise, spans };
}
