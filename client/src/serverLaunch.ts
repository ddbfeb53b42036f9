/**
 * How the desktop client starts the server's Node process: the V8 flags and environment the memory figures of issue 18
 * were measured with. The benchmarks (scripts/benchLsp.ts) and the protocol tests (test/helpers/lspClient.ts) start
 * the server the same way, so what they measure is what the user runs. Measured (ARCHITECTURE.md, decision 21):
 * - `--max-semi-space-size=2`: V8's young generation stops at 2 MB semi-spaces instead of 16 MB: −15 MB RSS with a
 *   100 KB draft, −55 MB peak with the three bench documents, keystrokes as fast within the noise;
 * - glibc's allocator with one arena and a fixed mmap threshold of 32 KB (ignored elsewhere than glibc): the
 *   compiler's temporary zones are mapped and returned to the system instead of staying in per-thread arenas, which
 *   was most of the RSS that grew over a long session (stress test, RSS after 1,000 edits: +20–40% of that after 10
 *   → +4–5%; with a 128 KB threshold +2–11%). No cost measured in keystroke CPU time.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];

export const SERVER_ENV: Readonly<Record<string, string>> = {
	MALLOC_ARENA_MAX: '1',
	MALLOC_MMAP_THRESHOLD_: '32768',
};
