import { readFileSync } from 'node:fs';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | undefined | null = null;
/** Free bytes in the old generation's pages past which the idle collection compacts. */
const FRAGMENTED_BYTES = 4 * 1024 * 1024;

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
	if (gc) {
		gc();
		// A full collection leaves half-empty pages of the old generation as they are, and over a long session they add
		// up (measured: 20 MB free in 40 MB after 1,000 edits). When they do, a second, compacting collection moves
		// what lives on them and frees them. Not every time: compacting copies what it moves, a peak of its own.
		const old = v8.getHeapSpaceStatistics().find((x) => x.space_name === 'old_space');
		if (old && old.space_size - old.space_used_size > Math.max(FRAGMENTED_BYTES, old.space_used_size / 8)) {
			v8.setFlagsFromString('--compact-on-every-full-gc');
			gc();
			v8.setFlagsFromString('--no-compact-on-every-full-gc');
		}
	}
	if (process.env.UNRES_MEMORY_LOG) {
		// For the stress test: what the server keeps once the garbage is gone. V8 hands the pages a collection freed
		// back to the system a moment later (its unmapper runs in the background): RSS is read half a second after.
		const m = process.memoryUsage();
		const spaces = v8.getHeapSpaceStatistics().map((x) => `${x.space_name} ${x.space_used_size} of ${x.space_size}`).join(' ');
		setTimeout(() => {
			process.stderr.write(`unres memory: heapUsed ${m.heapUsed} heapTotal ${m.heapTotal} rss ${process.memoryUsage.rss()} (${spaces}) ${residentKinds()}\n`);
		}, 500).unref();
	}
}

/** Linux: how much of RSS is the process's own memory (anonymous) and how much mapped files (node's code, mostly). */
function residentKinds(): string {
	try {
		return (readFileSync('/proc/self/status', 'utf8').match(/^Rss(?:Anon|File):\s+\d+ kB/gm) ?? []).join(' ').replace(/:\s+/g, ' ');
	} catch {
		return '';
	}
}
