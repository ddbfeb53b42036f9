// Timers that run on Node and in a browser worker alike: the server bundles for both (server/src/browser/).

/** A scheduled callback that can be cancelled. */
export interface Scheduled {
	cancel(): void;
}

/**
 * Runs `fn` on the next turn of the event loop: `setImmediate` on Node; a `MessageChannel` message in a browser
 * worker (a macrotask, like the reader's messages, and not clamped to 4 ms as nested `setTimeout(0)` is).
 */
export function nextTurn(fn: () => void): Scheduled {
	if (typeof setImmediate === 'function') {
		const handle = setImmediate(fn);
		return { cancel: () => clearImmediate(handle) };
	}
	if (typeof MessageChannel === 'function') {
		const channel = new MessageChannel();
		// The DOM's MessagePort (Node's typings lack `onmessage`).
		const port = channel.port1 as unknown as { onmessage: (() => void) | null; close(): void };
		let live = true;
		port.onmessage = () => {
			port.close();
			if (live) {
				fn();
			}
		};
		channel.port2.postMessage(undefined);
		return { cancel: () => { live = false; port.close(); } };
	}
	const handle = setTimeout(fn, 0);
	return { cancel: () => clearTimeout(handle) };
}

/** `setTimeout` that does not keep a Node process alive (`unref` where there is one). */
export function backgroundTimeout(fn: () => void, ms: number): Scheduled {
	const handle = setTimeout(fn, ms) as unknown as { unref?: () => void };
	handle.unref?.();
	return { cancel: () => clearTimeout(handle as unknown as ReturnType<typeof setTimeout>) };
}
