import type { TextChange } from '../model/analysis';
import { lineReading, splitCompilation, type TextSegment } from './compilation';

/**
 * The texts of a compilation after an edit (decision 20, 17): an edit inside one line that the splitter reads as
 * before (`lineReading`: the same kind of line, the same organ words) moves the boundaries after it and changes
 * nothing else — every pattern of the splitter stays inside a line. Anything else is split again.
 * `kept` says which: with it, segment i of the new version is segment i of the old one.
 */
export function resplitCompilation(prev: readonly TextSegment[], old: string, change: TextChange, text: string): { segments: TextSegment[]; kept: boolean } {
	const { start, end } = change;
	const delta = change.text.length - (end - start);
	// (Between the two characters of a CRLF, an edit makes a line of its own.)
	if (start < 0 || end > old.length || start > end || old.length + delta !== text.length || hasBreak(change.text) || hasBreak(old.slice(start, end))
		|| old.charCodeAt(start - 1) === 13) {
		return { segments: splitCompilation(text), kept: false };
	}
	let ls = start;
	while (ls > 0 && !isBreak(old.charCodeAt(ls - 1))) {
		ls--;
	}
	let le = end;
	while (le < old.length && !isBreak(old.charCodeAt(le))) {
		le++;
	}
	// A line the splitter's lines and a multiline pattern's lines do not agree on (U+2028, U+2029): read it all again.
	if ((ls > 0 && old.charCodeAt(ls - 1) > 13) || (le < old.length && old.charCodeAt(le) > 13) || lineReading(old.slice(ls, le)) !== lineReading(text.slice(ls, le + delta))) {
		return { segments: splitCompilation(text), kept: false };
	}
	// Segments start at line starts: those after the edited line move with it.
	const starts = prev.map((s) => (s.start > ls ? s.start + delta : s.start));
	const segments = prev.map((s, i) => ({ start: starts[i], end: i + 1 < starts.length ? starts[i + 1] : text.length, line: s.line }));
	return { segments, kept: true };
}

/** The line breaks of `splitLines`, and those a multiline regular expression also stops at. */
function isBreak(c: number): boolean {
	return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function hasBreak(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		if (isBreak(s.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}
