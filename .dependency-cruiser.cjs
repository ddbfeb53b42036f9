// The layers of unres as a directed graph (ARCHITECTURE.md, "Layers"). `npm test` runs this through
// test/unit/architecture/layers.test.ts; `npx depcruise --config .dependency-cruiser.cjs server/src client/src`
// prints the same verdict. A layer may import itself and the layers listed for it, nothing else.
const S = '^server/src/';

/** Layer → the layers it may import (besides itself). Lower layers first. */
const LAYERS = {
	'l10n/': [],
	'model/': ['l10n/'],
	'protocol.ts': ['model/'],
	'negotiation/': ['model/', 'l10n/'],
	'parser/': ['negotiation/', 'model/', 'l10n/'],
	'config/': ['model/', 'l10n/'],
	'catalog/': ['parser/', 'model/', 'l10n/'],
	'leadPhrases/': ['parser/', 'model/', 'l10n/'],
	'citations/': ['catalog/', 'parser/', 'model/', 'l10n/'],
	'workspace/': ['catalog/', 'parser/', 'model/', 'l10n/'],
	'versions/': ['citations/', 'catalog/', 'parser/', 'model/', 'l10n/'],
	'export/': ['versions/', 'citations/', 'catalog/', 'parser/', 'model/', 'l10n/'],
	// Amendments and oral revisions (issue 16): apply and write, over the comparison and the renumbering plan.
	'amendments/': ['rules/', 'versions/', 'fixes/', 'negotiation/', 'citations/', 'leadPhrases/', 'catalog/', 'parser/', 'model/', 'l10n/'],
	'fixes/': ['negotiation/', 'citations/', 'leadPhrases/', 'catalog/', 'parser/', 'model/', 'l10n/'],
	'rules/': ['negotiation/', 'versions/', 'fixes/', 'citations/', 'leadPhrases/', 'catalog/', 'parser/', 'model/', 'l10n/'],
	'features/': ['negotiation/', 'rules/', 'fixes/', 'citations/', 'leadPhrases/', 'catalog/', 'workspace/', 'config/', 'parser/', 'model/', 'l10n/', 'protocol.ts'],
	'check/': ['negotiation/', 'features/', 'rules/', 'fixes/', 'citations/', 'leadPhrases/', 'catalog/', 'parser/', 'model/', 'l10n/'],
	'analysis.ts': ['negotiation/', 'parser/', 'model/', 'l10n/'],
	// AKN4UN import/export (issue 17): XML ↔ the document model, over the parser only.
	'akn/': ['parser/', 'model/', 'l10n/'],
	'service/': ['akn/', 'negotiation/', 'analysis.ts', 'check/', 'features/', 'rules/', 'fixes/', 'citations/', 'leadPhrases/', 'catalog/', 'workspace/', 'config/', 'parser/', 'model/', 'l10n/', 'protocol.ts'],
	'lsp/': ['amendments/', 'akn/', 'negotiation/', 'export/', 'versions/', 'service/', 'analysis.ts', 'features/', 'rules/', 'fixes/', 'citations/', 'leadPhrases/', 'catalog/', 'workspace/', 'config/', 'parser/', 'model/', 'l10n/', 'protocol.ts'],
	'server.ts': ['negotiation/', 'lsp/', 'service/', 'analysis.ts', 'features/', 'rules/', 'catalog/', 'config/', 'parser/', 'model/', 'l10n/', 'protocol.ts'],
};

const escape = (s) => s.replace(/[.]/g, '\\.');
const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
	name: `layer:${layer.replace(/\/$/, '')}`,
	comment: `server/src/${layer} may import only ${allowed.length ? allowed.join(', ') : 'itself'}`,
	severity: 'error',
	from: { path: `${S}${escape(layer)}` },
	to: { path: S, pathNot: `${S}(?:${[layer, ...allowed].map(escape).join('|')})` },
}));

/** Where Node's built-in modules may be imported: the node entry points, scripts and tests. */
const NODE_SIDE = `${S}(?:main\\.ts$|cli/|node/)`;
// The browser entry of the server (a web worker, issue 20): like node/, an edge with a transport; unlike it, no Node built-ins.

module.exports = {
	forbidden: [
		...layerRules,
		{
			name: 'client-imports-protocol-only',
			comment: 'client/ talks to the server through the shared protocol module and nothing else of server/src',
			severity: 'error',
			from: { path: '^client/src/' },
			to: { path: S, pathNot: `${S}protocol\\.ts$` },
		},
		{
			name: 'node-builtins-at-the-edge',
			comment: 'the core runs in a browser too: Node built-ins only in main.ts, cli/ and node/',
			severity: 'error',
			from: { path: S, pathNot: NODE_SIDE },
			to: { dependencyTypes: ['core'] },
		},
		{
			name: 'connection-at-the-edge',
			comment: 'only the LSP glue talks to the connection; the core may use LSP data types',
			severity: 'error',
			from: { path: S, pathNot: `${S}(?:lsp/|server\\.ts$|main\\.ts$|node/|browser/|cli/)` },
			to: { path: 'node_modules/vscode-languageserver/' },
		},
		{
			name: 'no-vscode-in-server',
			comment: 'vscode is the client\'s',
			severity: 'error',
			from: { path: S },
			to: { path: '^vscode$|node_modules/@types/vscode/' },
		},
		{
			name: 'not-to-unresolvable',
			comment: 'an import that resolves to nothing hides a layer edge',
			severity: 'error',
			from: { path: '^(?:server|client)/src/' },
			to: { couldNotResolve: true, pathNot: '^vscode$' },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'browser', 'default'] },
		exclude: { path: '^(?:out|dist)/' },
	},
};
