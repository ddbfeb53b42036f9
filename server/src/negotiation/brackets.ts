import type { Attribution, BracketSpan, Span, UnmatchedBracket } from '../model/negotiation';

/** Brackets that belong to the resolution itself, not to a negotiation: the adoption line's reference. */
const NOT_NEGOTIATION = /^\s*(?:on the report of|without reference to|sur (?:la base du )?rapport|sans renvoi|sobre la base del informe|sin remisi[oó]n)/i;
const STATUS = /^\s*(?:agreed(?:\s+ad\s+ref(?:\.|erendum)?|\s+in\s+informals)?|approuvé(?:\s+ad\s+ref(?:\.|erendum)?)?|convenu(?:\s+ad\s+ref(?:\.|erendum)?)?|acordado(?:\s+ad\s+ref(?:\.|erendum)?)?)\s*\.?\s*$/i;
const PLACEHOLDER = /^\s*(?:\.\.\.|…)?\s*$/;
const PARTY = "[A-Z][A-Za-z0-9.'/-]*";
const PARTIES = `${PARTY}(?:(?:,\\s*|\\s+and\\s+|\\s+)${PARTY})*`;
/** ` - US; G77 delete`, ` -G77; US, Canada, Japan, EU delete.`, `- EU, G77 retain` at the end of an alternative. */
const ATTRIBUTION = new RegExp(`(?:^|\\s)[-–]\\s?(${PARTIES}(?:;\\s*${PARTIES}\\s+(?:delete|retain))?|${PARTIES}\\s+(?:delete|retain))\\s*[.;,]?\\s*$`);

export interface BracketScan {
	readonly brackets: BracketSpan[];
	readonly groups: number[][];
	readonly unmatched: UnmatchedBracket[];
	/** Brackets the scan left alone (the adoption line's reference). */
	readonly ignored: Span[];
}

/** The attribution at the end of `[start, end)`, if any. */
export function attributionIn(text: string, start: number, end: number): Attribution | undefined {
	const slice = text.slice(start, end);
	const m = ATTRIBUTION.exec(slice);
	if (!m) {
		return undefined;
	}
	const at = start + m.index + (m[0].length - m[0].trimStart().length);
	let stop = end;
	while (stop > at && /\s/.test(text[stop - 1])) {
		stop--;
	}
	return { span: { start: at, end: stop }, text: m[1].trim() };
}

/**
 * A tolerant stack over the whole text: every `[ … ]` with its depth, across lines and paragraphs. An unmatched
 * bracket is reported with its partner candidates and never stops the scan. `masked` has Markdown links and note
 * calls blanked, so `[51/1](#)` and `[^3]` are no brackets.
 */
export function scanBrackets(masked: string): BracketScan {
	type Open = { at: number; cuts: number[] };
	const stack: Open[] = [];
	const pairs: { open: number; close: number; depth: number; cuts: number[] }[] = [];
	const strayClose: number[] = [];
	// ` / ` belongs to the innermost open bracket: found in the same pass, so nesting costs nothing more. It is
	// searched only while a bracket is open (-2: not searched yet; a ` / ` before `after` lies outside every bracket).
	let k = -2;
	let after = 0;
	for (let i = masked.indexOf('['), j = masked.indexOf(']'); i >= 0 || j >= 0;) {
		const next = Math.min(i < 0 ? Infinity : i, j < 0 ? Infinity : j);
		if (stack.length > 0) {
			if (k === -2 || (k >= 0 && k < after)) {
				k = masked.indexOf(' / ', after);
			}
			while (k >= 0 && k < next) {
				stack[stack.length - 1].cuts.push(k + 1);
				k = masked.indexOf(' / ', k + 1);
			}
		}
		after = next + 1;
		if (i >= 0 && (j < 0 || i < j)) {
			stack.push({ at: i, cuts: [] });
			i = masked.indexOf('[', i + 1);
		} else {
			const open = stack.pop();
			if (open) {
				pairs.push({ open: open.at, close: j, depth: stack.length + 1, cuts: open.cuts });
			} else {
				strayClose.push(j);
			}
			j = masked.indexOf(']', j + 1);
		}
	}
	pairs.sort((a, b) => a.open - b.open);
	// The adoption line's `[on the report of …]` and everything inside it is the resolution's own.
	const ignored: Span[] = [];
	const kept = pairs.filter((p) => {
		// Pairs come in order of their opening and ignored spans do not overlap: only the last one can hold this pair.
		const lastIgnored = ignored[ignored.length - 1];
		if (lastIgnored && p.open > lastIgnored.start && p.close < lastIgnored.end) {
			return false;
		}
		if (NOT_NEGOTIATION.test(masked.slice(p.open + 1, Math.min(p.close, p.open + 60)))) {
			ignored.push({ start: p.open, end: p.close + 1 });
			return false;
		}
		return true;
	});
	const brackets: BracketSpan[] = kept.map((p) => {
		const inner = { start: p.open + 1, end: p.close };
		// Status marks and placeholders are short: a long bracket is neither, and is not copied.
		const own = inner.end - inner.start <= 60 ? masked.slice(inner.start, inner.end) : 'x';
		const status = STATUS.test(own);
		const placeholder = !status && PLACEHOLDER.test(own) && own.length > 0 && /\S/.test(own);
		const empty = !/\S/.test(own);
		const cuts = p.cuts;
		const bounds = [inner.start, ...cuts.flatMap((c) => [c - 1, c + 2]), inner.end];
		const alternatives: Span[] = [];
		for (let k = 0; k < bounds.length; k += 2) {
			alternatives.push({ start: bounds[k], end: bounds[k + 1] });
		}
		const last = alternatives[alternatives.length - 1];
		const attribution = status ? undefined : attributionIn(masked, Math.max(last.start, last.end - 200), last.end);
		return {
			span: { start: p.open, end: p.close + 1 },
			depth: p.depth,
			inner,
			alternatives,
			...(attribution ? { attribution } : {}),
			...(status ? { status: true } : {}),
			...(placeholder || (empty && own.length > 0) ? { placeholder: true } : {}),
		};
	});
	// Depths count only negotiation brackets: one pass with a stack of the enclosing brackets' ends (pairs nest).
	const enclosing: number[] = [];
	const fixed: BracketSpan[] = brackets.map((b) => {
		while (enclosing.length > 0 && enclosing[enclosing.length - 1] <= b.span.start) {
			enclosing.pop();
		}
		const depth = enclosing.length + 1;
		enclosing.push(b.span.end);
		return depth === b.depth ? b : { ...b, depth };
	});
	// Groups: `[A][B]`, `[A] [B]` on one line are alternatives to each other.
	const groups: number[][] = [];
	const byStart = new Map(fixed.map((b, i) => [b.span.start, i]));
	const grouped = new Set<number>();
	fixed.forEach((b, i) => {
		if (grouped.has(i) || b.status) {
			return;
		}
		const members = [i];
		for (let at = b.span.end; ;) {
			let k = at;
			if (masked[k] === ' ') {
				k++;
			}
			const next = byStart.get(k);
			if (next === undefined || fixed[next].status || fixed[next].depth !== b.depth) {
				break;
			}
			members.push(next);
			at = fixed[next].span.end;
		}
		if (members.length > 1) {
			members.forEach((m) => grouped.add(m));
			groups.push(members);
		}
	});
	groups.forEach((g, gi) => g.forEach((m) => {
		fixed[m] = { ...fixed[m], group: gi };
	}));
	const firstAbove = (list: readonly number[], x: number): number => {
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid] <= x) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	};
	const ignoredStarts = ignored.map((x) => x.start);
	const inIgnored = (o: number) => {
		const i = firstAbove(ignoredStarts, o) - 1;
		return i >= 0 && o < ignored[i].end;
	};
	// Partner candidates by binary search over the sorted ends: a text full of unmatched brackets stays linear-logarithmic.
	const closes = kept.map((p) => p.close).sort((a, b) => a - b);
	const opens = kept.map((p) => p.open);
	const unmatched: UnmatchedBracket[] = [
		...stack.filter((o) => !inIgnored(o.at)).map((o): UnmatchedBracket => {
			const i = firstAbove(closes, o.at);
			return { offset: o.at, char: '[', candidates: closes.slice(i, i + 3) };
		}),
		...strayClose.filter((c) => !inIgnored(c)).map((c): UnmatchedBracket => {
			const i = firstAbove(opens, c);
			return { offset: c, char: ']', candidates: opens.slice(Math.max(0, i - 3), i).reverse() };
		}),
	].sort((a, b) => a.offset - b.offset);
	return { brackets: fixed, groups, unmatched, ignored };
}
