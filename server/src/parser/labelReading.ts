import type { LabelKind } from '../model/document';
import type { RawLabel } from './labels';
import { alphaValue, romanValue, toRomanLower } from './roman';

/**
 * `(h)` followed by `(i)`: is `(i)` the letter after `(h)` or the first numeral of a child list? What follows
 * decides: `(ii)` next means a numeral, `(j)` next a letter; failing that, a label set further in than the letter
 * before it is a child's numeral, one set at the same place a letter. Undefined when nothing tells.
 */
export function readingOf(text: string, raws: readonly RawLabel[], i: number): LabelKind | undefined {
	const raw = raws[i];
	const alpha = alphaValue(raw.text);
	const roman = romanValue(raw.text);
	if (Number.isNaN(alpha) || Number.isNaN(roman) || raw.text.length > 1) {
		return undefined;
	}
	const nextLetter = alpha < 26 ? String.fromCharCode(96 + alpha + 1) : undefined;
	const nextNumeral = toRomanLower(roman + 1);
	// A few labels ahead are enough; a bound keeps long lists of `(i)` and `(v)` linear.
	for (let j = i + 1; j < Math.min(raws.length, i + 1 + LOOK); j++) {
		const r = raws[j];
		if (r.style !== raw.style) {
			continue;
		}
		if (r.text === nextNumeral) {
			return 'roman';
		}
		if (r.text === raw.text && j === i + 1) {
			// `(i)` right above a child list `(i)`, `(ii)`: only a letter has a list of numerals under it.
			return 'alpha';
		}
		if (Number.isNaN(romanValue(r.text))) {
			// Another letter (`(b)` in `(a) (i) (b) (i)`): a new parent, past which nothing tells.
			return undefined;
		}
		if (r.text === nextLetter) {
			return 'alpha';
		}
	}
	if (roman !== 1) {
		return undefined;
	}
	// The letter before it (`(h)` before `(i)`), by indentation.
	const prevLetter = alpha > 1 ? String.fromCharCode(96 + alpha - 1) : undefined;
	for (let j = i - 1; j >= Math.max(0, i - LOOK); j--) {
		const r = raws[j];
		if (r.style !== raw.style || r.text !== prevLetter) {
			continue;
		}
		if (raw.inline || r.inline) {
			return undefined;
		}
		const indent = indentOf(text, raw.span.start);
		const before = indentOf(text, r.span.start);
		return indent === undefined || before === undefined || indent === before ? undefined : indent > before ? 'roman' : 'alpha';
	}
	return undefined;
}

const LOOK = 40;

/** Columns of blank before a label at line start (a tab counts four); undefined inside a line. */
function indentOf(text: string, at: number): number | undefined {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	const lead = text.slice(lineStart, at);
	if (!/^[ \t\u00a0>*-]*$/.test(lead)) {
		return undefined;
	}
	return [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
}
