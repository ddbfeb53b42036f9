/** Inline content of AKN `<p>` elements as runs: italics, note calls, links as their text. */
import type { AknNote, Inline } from './model';
import { CDATA_NODE, TEXT_NODE, attr, children, isElement, localName, squash, type Element, type Node } from './dom';

/** Collects runs from mixed content; authorial notes go to `notes` and leave a call in the text. */
export class InlineReader {
	readonly notes: AknNote[] = [];

	runs(node: Node): Inline[] {
		const out: Inline[] = [];
		this.#walk(node, false, out);
		return tidy(out);
	}

	/** Registers an `<authorialNote>` and gives its call. */
	note(el: Element): Inline {
		const marker = attr(el, 'marker') ?? String(this.notes.length + 1);
		const text: Inline[] = [];
		for (const p of children(el)) {
			if (text.length > 0) {
				text.push({ text: ' ' });
			}
			this.#walk(p, false, text);
		}
		this.notes.push({ marker, text: tidy(text) });
		return { note: this.notes.length - 1 };
	}

	#walk(node: Node, italic: boolean, out: Inline[]): void {
		for (let n = node.firstChild; n; n = n.nextSibling) {
			if (n.nodeType === TEXT_NODE || n.nodeType === CDATA_NODE) {
				out.push(italic ? { text: n.nodeValue ?? '', italic } : { text: n.nodeValue ?? '' });
			} else if (isElement(n)) {
				this.#element(n, italic, out);
			}
		}
	}

	#element(el: Element, italic: boolean, out: Inline[]): void {
		const name = localName(el);
		if (name === 'authorialNote') {
			out.push(this.note(el));
			return;
		}
		if (name === 'eol' || name === 'br') {
			out.push({ text: ' ' });
			return;
		}
		if (name === 'sup') {
			const s = squash(el.textContent ?? '');
			// A second call of a note already given (`…Action;<sup>15</sup>`): the same note again.
			const again = /^\d+$/.test(s) ? this.notes.findIndex((n) => n.marker === s) : -1;
			if (again >= 0) {
				out.push({ note: again });
				return;
			}
			// Ordinals and `nᵒ`: kept as `^o` the way unres drafts write `30^e`.
			out.push({ text: s ? `^${s}` : '' });
			return;
		}
		if (name === 'img') {
			return;
		}
		const isItalic = italic || /\bitalic\b/.test(attr(el, 'class') ?? '') || name === 'i';
		this.#walk(el, isItalic, out);
	}
}

/** Squashes whitespace across runs, trims both ends, merges neighbours of the same kind. */
export function tidy(runs: readonly Inline[]): Inline[] {
	const out: Inline[] = [];
	let lastSpace = true;
	for (const r of runs) {
		if (!('text' in r)) {
			out.push(r);
			lastSpace = false;
			continue;
		}
		// Left-to-right marks the Word conversion left around numbers and at paragraph ends are not text of a
		// left-to-right language: kept, they hide a paragraph's number (`\u200e 1.\u200e`) from the parser.
		let s = r.text.replace(/[\u200e\u200f]/g, '').replace(/[ \t\r\n]+/g, ' ');
		if (lastSpace && s.startsWith(' ')) {
			s = s.slice(1);
		}
		if (s === '') {
			continue;
		}
		lastSpace = s.endsWith(' ');
		const prev = out[out.length - 1];
		if (prev && 'text' in prev && !!prev.italic === !!r.italic) {
			out[out.length - 1] = r.italic ? { text: prev.text + s, italic: true } : { text: prev.text + s };
		} else {
			out.push(r.italic ? { text: s, italic: true } : { text: s });
		}
	}
	// Trim the end.
	while (out.length > 0) {
		const last = out[out.length - 1];
		if (!('text' in last)) {
			break;
		}
		const t = last.text.replace(/ +$/, '');
		if (t === '') {
			out.pop();
			continue;
		}
		out[out.length - 1] = { ...last, text: t };
		break;
	}
	return out;
}

/** Removes `count` characters from the start of the runs (a label already read). */
export function dropPrefix(runs: readonly Inline[], count: number): Inline[] {
	const out: Inline[] = [];
	let left = count;
	for (const r of runs) {
		if (left > 0 && 'text' in r) {
			if (r.text.length <= left) {
				left -= r.text.length;
				continue;
			}
			out.push({ ...r, text: r.text.slice(left) });
			left = 0;
			continue;
		}
		out.push(r);
	}
	return tidy(out);
}

/** Leading text of the runs up to the first note call. */
export function leadingText(runs: readonly Inline[]): string {
	let s = '';
	for (const r of runs) {
		if (!('text' in r)) {
			break;
		}
		s += r.text;
	}
	return s;
}
