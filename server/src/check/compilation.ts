import { rebaseResults } from '../features/compilation';
import type { RuleResult } from '../features/diagnostics';
import type { TextSegment } from '../parser/compilation';

/**
 * `unres check` over a compilation (decision 20): each text checked on its own, as the server does, the
 * findings moved into the file's offsets.
 */
export function checkSegments(text: string, segments: readonly TextSegment[], checkOne: (text: string) => { results: RuleResult[] }): RuleResult[] {
	return segments.flatMap((s) => rebaseResults(checkOne(text.slice(s.start, s.end)).results, s.start));
}

/** `unres check --fix` over a compilation: each text fixed on its own, then put back together. */
export function fixSegments<T extends { text: string }>(text: string, segments: readonly TextSegment[], fixOne: (text: string) => T): { text: string; outcomes: T[] } {
	const outcomes = segments.map((s) => fixOne(text.slice(s.start, s.end)));
	return { text: outcomes.map((o) => o.text).join(''), outcomes };
}
