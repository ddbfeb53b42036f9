/**
 * `dist/server.js`: loads the server bundle (`dist/server.bundle.js`) through V8's code cache, so that a start does
 * not parse and compile 2 MB of JavaScript again (issue 18: about half of start → first diagnostics was that).
 * Node 20 has no `module.enableCompileCache`: the bundle runs as a `vm.Script` with `cachedData`, as CommonJS would
 * run it (same wrapper, `require`, `module`, `__dirname`). The cache is written once the server has analysed its
 * first document (the runtime's first idle turn, `collect.ts`), so it holds the functions the first analysis compiled.
 *
 * The cache file is named by the bundle's hash (computed at build time), the V8 version, the platform and the V8
 * flags, so a rebuilt bundle or another runtime never reads a stale cache; V8 checks it again and rejects what does
 * not fit. It lives in `UNRES_CODE_CACHE` (the client sets the extension's global storage) or beside the bundle;
 * `UNRES_CODE_CACHE=off` turns it off. Nothing here may stop the server: an unreadable, unwritable or rejected
 * cache only means a slower start.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

declare const UNRES_BUNDLE_HASH: string;

const bundle = path.join(__dirname, 'server.bundle.js');
const source = readFileSync(bundle, 'utf8');
const setting = process.env.UNRES_CODE_CACHE;
// No hash (a watch build): no cache, since nothing would tell a stale one from a good one.
const enabled = setting !== 'off' && typeof UNRES_BUNDLE_HASH === 'string' && UNRES_BUNDLE_HASH !== '';
const dir = setting && setting !== 'off' ? setting : __dirname;
const key = createHash('sha256').update([UNRES_BUNDLE_HASH, process.versions.v8, process.platform, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? ''].join('\0')).digest('hex').slice(0, 16);
const cacheFile = path.join(dir, `server.${key}.codecache`);

let cachedData: Buffer | undefined;
if (enabled) {
	try {
		cachedData = readFileSync(cacheFile);
	} catch {
		// none yet
	}
}
const script = new Script(wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
const needsWrite = enabled && (!cachedData || script.cachedDataRejected === true);
const hadCache = cachedData !== undefined;
// V8 has read it: the 1.4 MB buffer is not kept for the life of the server.
cachedData = undefined;
// For the tests: what became of the cache (`read`, `rejected`, `none`, `off`, then `written` or `not written`).
const log = (what: string) => process.env.UNRES_CODE_CACHE_LOG && process.stderr.write(`unres code cache: ${what} ${cacheFile}\n`);
log(!enabled ? 'off' : !hadCache ? 'none' : script.cachedDataRejected ? 'rejected' : 'read');

/** Called by the bundle when it is idle (node/collect.ts): writes the cache once, if it was missing or rejected. */
let written = !needsWrite;
(globalThis as Record<symbol, unknown>)[Symbol.for('unres.writeCodeCache')] = () => {
	if (written) {
		return;
	}
	written = true;
	try {
		mkdirSync(dir, { recursive: true });
		const temp = `${cacheFile}.${process.pid}.tmp`;
		writeFileSync(temp, script.createCachedData());
		renameSync(temp, cacheFile);
		// Caches of other builds in the same place are stale: one file per place.
		for (const f of readdirSync(dir)) {
			if (/^server\.[0-9a-f]{16}\.codecache$/.test(f) && f !== path.basename(cacheFile)) {
				rmSync(path.join(dir, f), { force: true });
			}
		}
		log('written');
	} catch {
		// A read-only place: the next start compiles again.
		log('not written');
	}
};

const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
const bundleModule = { exports: {}, filename: bundle, id: bundle, loaded: false };
run.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
