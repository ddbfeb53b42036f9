import { loadBuiltinCatalog } from './builtinCatalog';
import type { ServerRuntime } from '../server';
import { collectGarbage } from './collect';
import { DISK_WORKSPACE } from './diskWorkspace';

/** The server and the CLI on Node: the disk, and the built-in catalogue read (once) from beside the bundle. */
export const NODE_RUNTIME: ServerRuntime = {
	workspace: DISK_WORKSPACE,
	builtinCatalog: () => loadBuiltinCatalog(),
	idle: collectGarbage,
};
