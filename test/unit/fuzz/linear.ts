import * as assert from 'node:assert/strict';

/**
 * Fastest CPU time (user + system) of `runs` calls, in ms. CPU time, not wall time, so that other processes
 * on the machine do not disturb the measure; the fastest run is the one the garbage collector disturbed least.
 */
export function cpuTime(work: () => unknown, runs = 3): number {
	let best = Infinity;
	for (let i = 0; i < runs; i++) {
		const t0 = process.cpuUsage();
		work();
		const d = process.cpuUsage(t0);
		best = Math.min(best, (d.user + d.system) / 1000);
	}
	return best;
}

export interface LinearOptions {
	/** How many times larger the large input is. */
	readonly factor?: number;
	/** The large input may take at most `factor × slack` the time: a quadratic pass takes `factor²`. */
	readonly slack?: number;
	/** The small input is grown (doubled, up to 64×) until it takes at least this long, so that the ratio means something. */
	readonly minMs?: number;
	readonly runs?: number;
}

/**
 * Linear time: `work(make(factor × n))` takes less than `factor × slack` times `work(make(n))`. The slack is for
 * the garbage collector, which works harder on larger heaps. Answers the two times, for a report.
 */
export function assertLinear(make: (n: number) => string, n: number, work: (text: string) => unknown, options: LinearOptions = {}): { small: number; large: number } {
	const { factor = 8, slack = 4, minMs = 5, runs = 3 } = options;
	let size = n;
	let small = make(size);
	work(small); // warm up the JIT
	let ts = cpuTime(() => work(small), runs);
	while (ts < minMs && size < n * 64) {
		size *= 2;
		small = make(size);
		ts = cpuTime(() => work(small), runs);
	}
	const large = make(size * factor);
	const tl = cpuTime(() => work(large), runs);
	if (process.env.UNRES_LINEAR_VERBOSE) {
		console.log(`      ${factor}×: ${ts.toFixed(1)} ms → ${tl.toFixed(1)} ms (${(tl / ts).toFixed(1)}×, limit ${factor * slack}×)`);
	}
	// A work still under `minMs` once grown 64× is fast whatever the ratio: the bound then counts from `minMs`
	// (at hundreds of megabytes, memory, not the algorithm, sets the pace).
	assert.ok(tl / Math.max(ts, minMs) < factor * slack, `${factor}× the input (${small.length} → ${large.length} characters) took ${(tl / ts).toFixed(1)}× the time (${ts.toFixed(1)} ms → ${tl.toFixed(1)} ms)`);
	return { small: ts, large: tl };
}
