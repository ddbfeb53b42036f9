import { PARTS, type ChangeEntry, type Comparison, type DiffOp } from './compare';

/** A word diff written as `git diff --word-diff` does: `[-removed-]{+added+}`. */
export function wordDiffText(diff: readonly (readonly [DiffOp, string])[]): string {
	return diff.map(([op, t]) => (op === 0 ? t : op < 0 ? `[-${t}-]` : `{+${t}+}`)).join('');
}

/** `OP7 (was OP6) moved`, `PP3 changed`, `PP12 deleted`. */
export function entryLine(e: ChangeEntry): string {
	const was = e.baseLabel !== null && e.baseLabel !== e.label && e.status !== 'deleted' ? ` (was ${e.baseLabel})` : '';
	const status = e.status === 'moved' && e.changed ? 'moved and changed' : e.status;
	return `${e.label}${was} ${status}`;
}

/** `3 new, 7 changed, 2 deleted` (moved and renumbered when there are any). */
export function summaryText(c: Comparison): string {
	const s = c.summary;
	const parts = [`${s.new} new`, `${s.changed} changed`, `${s.deleted} deleted`];
	if (s.moved > 0) {
		parts.push(`${s.moved} moved`);
	}
	parts.push(`${s.unchanged} unchanged`);
	if (s.renumbered > 0) {
		parts.push(`${s.renumbered} renumbered`);
	}
	return parts.join(', ');
}

/** The readable report of `unres compare`: every paragraph that is not unchanged, with its word diff. */
export function comparisonText(c: Comparison, options: { diffs?: boolean } = {}): string {
	const lines = [`${c.base.symbol ?? '(base)'} → ${c.draft.symbol ?? '(draft)'}: ${summaryText(c)}`];
	const all: ChangeEntry[] = [...(c.title ? [c.title] : []), ...PARTS.flatMap((p) => c[p])];
	for (const e of all) {
		if (e.status === 'unchanged') {
			continue;
		}
		lines.push('', entryLine(e));
		if (options.diffs !== false && (e.status === 'changed' || e.changed)) {
			lines.push(`  ${wordDiffText(e.diff)}`);
		} else if (options.diffs !== false && e.status !== 'moved') {
			lines.push(`  ${e.diff.map(([, t]) => t).join('')}`);
		}
	}
	return `${lines.join('\n')}\n`;
}
