/**
 * How the desktop client starts the server's Node process: the V8 flags and environment the memory figures of issue 18
 * were measured with. The benchmarks (scripts/benchLsp.ts) and the protocol tests (test/helpers/lspClient.ts) start
 * the server the same way, so what they measure is what the user runs. Measured (ARCHITECTURE.md, decision 21):
 * - `--max-semi-space-size=2`: V8's young generation stops at 2 MB semi-spaces instead of 16 MB: −15 MB RSS with a
 *   100 KB draft, −55 MB peak with the three bench documents, keystrokes as fast within the noise;
 * - glibc's allocator with one arena and a fixed mmap threshold (ignored elsewhere than glibc): the compiler's
 *   temporary zones are returned to the system instead of staying in per-thread arenas, which is most of the RSS
 *   that grew over a long session (RSS after 1,000 edits +20% → +9% of that after 10).
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];

export const SERVER_ENV: Readonly<Record<string, string>> = {
	MALLOC_ARENA_MAX: '1',
	MALLOC_MMAP_THRESHOLD_: '131072',
};
