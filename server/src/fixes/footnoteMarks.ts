// How a footnote marker is written (`⁴`, `[^4]`, a plain `4`), and writing one in the same style.

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export type MarkStyle = 'superscript' | 'markdown' | 'plain';

export function markStyle(written: string): MarkStyle {
	if (written.startsWith('[^')) {
		return 'markdown';
	}
	return SUPERSCRIPT_DIGITS.includes(written[0]) ? 'superscript' : 'plain';
}

export function superscript(n: number): string {
	return String(n).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** A marker written in `style` for note `n`; `definition` gives the form that opens a footnote text. */
export function renderMark(n: number, style: MarkStyle, definition = false): string {
	switch (style) {
		case 'superscript':
			return superscript(n);
		case 'markdown':
			return definition ? `[^${n}]:` : `[^${n}]`;
		case 'plain':
			return String(n);
	}
}
