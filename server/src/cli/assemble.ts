import * as path from 'node:path';
import * as pathe from 'pathe';
import { isTextFile } from '../check/textFile';
import { loadBuiltinCatalog } from '../node/builtinCatalog';
import { LineMap } from '../parser/lines';
import { DISK_WORKSPACE } from '../node/diskWorkspace';
import { RULES } from '../rules/index';
import { Assembly } from '../service/assembly';
import { WorkspaceIndex, summarize, textsOf } from '../workspace/workspaceIndex';
import type { Lang } from '../model/document';

/**
 * The settings and catalogue of `unres check`, put together by the same {@link Assembly} as the language
 * server's: the working directory is the workspace folder (its `unres.catalog.json`, the resolutions its drafts
 * declare), `.unresrc.json` files apply upward from each draft, `--lang` stands for the editor's language.
 */
export async function cliAssembly(cwd: string, lang: Lang | undefined, err: (line: string) => void): Promise<Assembly> {
	const index = new WorkspaceIndex();
	const relative = (file: string) => path.relative(cwd, file) || file;
	const assembly = new Assembly({
		workspace: DISK_WORKSPACE,
		builtinCatalog: () => loadBuiltinCatalog(),
		editorSettings: () => Promise.resolve(lang ? { language: lang } : {}),
		ruleIds: RULES.map((r) => r.id),
		index,
		recheckMs: Number.POSITIVE_INFINITY,
		onConfigProblem: (p) => err(`unres: ${relative(p.file)}:${p.line}:${p.column}: ${p.key ? `${p.key}: ` : ''}${p.message} (the rest of the configuration applies)\n`),
		onCatalogueLayer: (layer) => {
			for (const p of layer.problems) {
				err(`unres: ${relative(p.file)}${p.line > 0 ? `:${p.line}` : ''}: ${p.message} (the rest of the catalogue applies)\n`);
			}
		},
	});
	const folder = pathe.normalize(path.resolve(cwd));
	assembly.setFolders([folder]);
	// What the drafts of the folder declare, as the server's workspace scan reads it.
	for (const file of await DISK_WORKSPACE.findDrafts(folder)) {
		try {
			const text = await DISK_WORKSPACE.readFile(file);
			// A binary named like a draft declares nothing (and is not parsed: it may be large).
			if (isTextFile(text)) {
				index.set(summarize(DISK_WORKSPACE.pathToUri(file), new LineMap(text), textsOf(text)));
			}
		} catch {
			// a draft that cannot be read declares nothing
		}
	}
	return assembly;
}
