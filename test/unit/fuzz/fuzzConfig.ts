import type { Parameters } from 'fast-check';

/**
 * How hard the fuzz suites work. `npm test` runs them with a fixed seed and few runs, so that the normal
 * run is quick and never flaky; `npm run fuzz` (UNRES_FUZZ=long) runs them ~30× longer from a fresh seed.
 *
 * To replay a failure: fast-check prints `{ seed, path }`; run again with UNRES_FUZZ_SEED=<seed>, and
 * UNRES_FUZZ_PATH=<path> with `--grep` on the failing test (a path only means something to its own property).
 */

export const LONG = process.env.UNRES_FUZZ === 'long';

/** Runs in the long mode per run in the normal one. */
export const SCALE = LONG ? 30 : 1;

const FIXED_SEED = 20_260_301;

function seedFromEnv(): number {
	const given = process.env.UNRES_FUZZ_SEED;
	if (given !== undefined && given.trim() !== '') {
		const n = Number(given);
		if (!Number.isInteger(n)) {
			throw new Error(`UNRES_FUZZ_SEED must be an integer, not ${JSON.stringify(given)}`);
		}
		return n;
	}
	return LONG ? Math.floor(Math.random() * 0x7fffffff) : FIXED_SEED;
}

export const SEED = seedFromEnv();

const PATH = process.env.UNRES_FUZZ_PATH?.trim() || undefined;

/** Replaying one counterexample: the properties' "not vacuous" checks mean nothing then. */
export const REPLAY = PATH !== undefined;

if (LONG || SEED !== FIXED_SEED) {
	// Printed before any run, so that even a crash or a timeout can be replayed.
	console.log(`      fuzz: ${LONG ? 'long' : 'normal'} run, UNRES_FUZZ_SEED=${SEED}${PATH ? ` UNRES_FUZZ_PATH=${PATH}` : ''}`);
}

/** `numRuns` for a property that makes `normal` runs in the normal mode. */
export function runs(normal: number): number {
	return normal * SCALE;
}

/** fast-check parameters: the shared seed, the scaled run count; fast-check reports seed and path on failure. */
export function params<T>(normal: number, extra: Parameters<T> = {}): Parameters<T> {
	return { seed: SEED, numRuns: runs(normal), ...(PATH ? { path: PATH } : {}), ...extra };
}

/** Per test: a hang (a regular expression that backtracks without end) fails instead of blocking the run. */
export const TIMEOUT = LONG ? 600_000 : 60_000;

/** Whether to print what a property did (how many runs found faults, fixes …), to show it is not vacuous. */
export const STATS = LONG || process.env.UNRES_STATS !== undefined;
