import * as assert from 'node:assert/strict';

/**
 * Deterministic work, for linear-time checks that cannot be flaky: while `fn` runs, every regular-expression
 * run and every string search or copy is counted, weighted by the characters it really reads or writes:
 * `indexOf`/`includes`/`startsWith` by how far they searched, `slice`/`substring` by the length copied, a regular
 * expression by 1 plus the length of its match. A pass that searches the whole text once per line, copies the
 * rest of the text per paragraph or runs a pattern per pair of items grows quadratically in this count, on any
 * machine under any load. (Backtracking inside one match is not counted: `npm run fuzz` times that.)
 */
export function countWork(fn: () => unknown): number {
	let work = 0;
	const sp = String.prototype;
	const rp = RegExp.prototype;
	const saved = { exec: rp.exec, indexOf: sp.indexOf, lastIndexOf: sp.lastIndexOf, includes: sp.includes, startsWith: sp.startsWith, slice: sp.slice, substring: sp.substring };
	rp.exec = function (this: RegExp, s: string) {
		const m = saved.exec.call(this, s);
		work += 1 + (m ? m[0].length : 0);
		return m;
	};
	sp.indexOf = function (this: string, search: string, from?: number) {
		const at = saved.indexOf.call(this, search, from);
		work += 1 + (at < 0 ? this.length - (from ?? 0) : at - (from ?? 0) + search.length);
		return at;
	};
	sp.lastIndexOf = function (this: string, search: string, from?: number) {
		const at = saved.lastIndexOf.call(this, search, from);
		const start = from ?? this.length;
		work += 1 + (at < 0 ? start : start - at);
		return at;
	};
	sp.includes = function (this: string, search: string, from?: number) {
		const at = saved.indexOf.call(this, search, from);
		work += 1 + (at < 0 ? this.length - (from ?? 0) : at - (from ?? 0) + search.length);
		return at >= 0;
	};
	sp.startsWith = function (this: string, search: string, at?: number) {
		work += 1 + search.length;
		return saved.startsWith.call(this, search, at);
	};
	sp.slice = function (this: string, start?: number, end?: number) {
		const out = saved.slice.call(this, start, end);
		work += 1 + out.length;
		return out;
	};
	sp.substring = function (this: string, start: number, end?: number) {
		const out = saved.substring.call(this, start, end);
		work += 1 + out.length;
		return out;
	};
	try {
		fn();
	} finally {
		Object.assign(rp, { exec: saved.exec });
		Object.assign(sp, { indexOf: saved.indexOf, lastIndexOf: saved.lastIndexOf, includes: saved.includes, startsWith: saved.startsWith, slice: saved.slice, substring: saved.substring });
	}
	return work;
}

/**
 * Linear work: `work(make(factor × n))` counts at most `factor × slack` times the work of `work(make(n))`
 * (a quadratic pass counts `factor²` times). The count is exact, so the slack only covers the fixed costs
 * that do not scale (a pass that runs once per document). Answers both counts.
 */
export function assertLinearWork(make: (n: number) => string, n: number, work: (text: string) => unknown, options: { factor?: number; slack?: number } = {}): { small: number; large: number } {
	const { factor = 8, slack = 2 } = options;
	const small = countWork(() => work(make(n)));
	const large = countWork(() => work(make(n * factor)));
	assert.ok(large <= small * factor * slack, `${factor}× the input did ${(large / small).toFixed(1)}× the work (${small} → ${large}), limit ${factor * slack}×`);
	return { small, large };
}
