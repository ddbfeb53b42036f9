import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | undefined | null = null;

/**
 * A full garbage collection, run by the server when the typing stops: the versions a burst of edits left behind
 * are freed then, so the server's memory stays what its open documents need instead of growing with the edits
 * until V8 decides to collect (issue 18: RSS after 1,000 edits within 10% of RSS after 10).
 */
export function collectGarbage(): void {
	// First, while V8's flags are still those the process started with (the cache records them): the loader's code
	// cache, once (node/loader.ts). `--expose-gc` below changes the flags.
	const writeCodeCache = (globalThis as Record<symbol, unknown>)[Symbol.for('unres.writeCodeCache')];
	if (typeof writeCodeCache === 'function') {
		writeCodeCache();
	}
	if (gc === null) {
		try {
			v8.setFlagsFromString('--expose-gc');
			gc = vm.runInNewContext('gc') as () => void;
		} catch {
			gc = undefined;
		}
	}
	gc?.();
	if (process.env.UNRES_MEMORY_LOG) {
		// For the stress test: what the server keeps once the garbage is gone (RSS also counts pages V8 keeps reserved).
		const m = process.memoryUsage();
		const spaces = v8.getHeapSpaceStatistics().map((x) => `${x.space_name} ${x.space_used_size}`).join(' ');
		process.stderr.write(`unres memory: heapUsed ${m.heapUsed} heapTotal ${m.heapTotal} rss ${m.rss} (${spaces})\n`);
	}
}
