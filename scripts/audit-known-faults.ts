/**
 * `npm run audit-known-faults -- --dir DIR`: the listed faults of the official AKN4UN texts (issue 17,
 * test/unit/akn/knownFaults.ts and knownTextFaults.ts) laid out for a human to judge. For every diagnostic entry:
 * its reason, whether the reason's claims (“A preambular paragraph (“Recordando …”) ends with “;””) are met by the
 * diagnostics the file gets today, then each diagnostic of its rules with the paragraph at that line and the same
 * paragraph (same key: `pre 4`, `op 12 b`) in the English, French and Spanish files of the symbol, with their last mark.
 * DIR is the unpacked tree of `npm run conformance --dir` (`DIR/<collection>/…`); without it the listed files and their
 * siblings are unpacked into a temporary folder. `--file TEXT` keeps the entries whose path holds TEXT, `--whose
 * fault|unres`, `--rule ID`, `--json OUT` writes the same as data, `--brief` prints only entries whose claims fail.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cleanUp, extract, importAndCheck, sharedAvailable, type Collection } from '../test/helpers/conformance';
import { blockAt, draftBlocks, lastMark, plainWords, type DraftBlock } from '../test/helpers/draftParagraphs';
import { loadBuiltinCatalog } from '../server/src/node/builtinCatalog';
import { KNOWN_FAULTS, type KnownFault } from '../test/unit/akn/knownFaults';
import { checkClaims, type Claimed } from '../test/unit/akn/faultClaims';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const given = opt('--dir');
const only = opt('--file');
const whose = opt('--whose');
const rule = opt('--rule');
const jsonOut = opt('--json');
const brief = args.includes('--brief');

if (!given && !sharedAvailable()) {
	console.log('audit-known-faults: ../shared/data/raw/unxml-*/xml_en_fr_es.tar.xz not found: nothing to audit.');
	process.exit(0);
}
const catalog = loadBuiltinCatalog(path.resolve(__dirname, '..', '..', 'server', 'data', 'catalog.json'));
const entries = KNOWN_FAULTS.filter((k) => k.kind === 'diagnostic' && (!only || k.file.includes(only)) && (!whose || k.whose === whose) && (!rule || (k.rules ?? []).includes(rule)));
const dir = given ?? extract([...new Set(entries.map((e) => e.file.split('/')[0] as Collection))]);

interface Seen {
	readonly file: string;
	readonly lang: string;
	readonly symbol?: string;
	readonly blocks: readonly DraftBlock[];
	readonly diagnostics: readonly { rule: string; line: number; message: string }[];
	/** How many preambular and operative paragraphs the draft has (`21/16`): a sibling of another shape may pair other paragraphs. */
	readonly shape: string;
}
const shapeOf = (blocks: readonly DraftBlock[]) => `${blocks.filter((b) => /^pre \d+$/.test(b.key)).length}/${blocks.filter((b) => /^op \S+$/.test(b.key)).length}`;
const cache = new Map<string, Seen | undefined>();
function see(file: string): Seen | undefined {
	if (!cache.has(file)) {
		const full = path.join(dir, file);
		const imported = existsSync(full) ? importAndCheck(readFileSync(full, 'utf8'), catalog) : undefined;
		cache.set(file, imported?.res ? { file, lang: imported.res.lang ?? imported.res.langCode ?? '?', symbol: imported.res.symbol, blocks: draftBlocks(imported.markdown, imported.res.organLine), diagnostics: imported.diagnostics, shape: '' } : undefined);
		const got = cache.get(file);
		if (got) {
			cache.set(file, { ...got, shape: shapeOf(got.blocks) });
		}
	}
	return cache.get(file);
}

// The symbol of every file of a session folder (all languages), read from <docNumber> without parsing the file.
const symbols = new Map<string, Map<string, string[]>>();
function siblingsOf(file: string, symbol: string | undefined): string[] {
	if (!symbol) {
		return [];
	}
	const session = path.dirname(path.dirname(file));
	if (!symbols.has(session)) {
		const bySymbol = new Map<string, string[]>();
		const root = path.join(dir, session);
		for (const lang of existsSync(root) ? readdirSync(root) : []) {
			const folder = path.join(root, lang);
			if (!existsSync(folder) || lang.endsWith('.zip')) {
				continue;
			}
			for (const name of readdirSync(folder).filter((n) => n.endsWith('.xml'))) {
				const head = readFileSync(path.join(folder, name), 'utf8');
				const s = /<docNumber[^>]*>([^<]*)</.exec(head)?.[1]?.trim();
				if (s) {
					bySymbol.set(s, [...(bySymbol.get(s) ?? []), path.join(session, lang, name)]);
				}
			}
		}
		symbols.set(session, bySymbol);
	}
	return (symbols.get(session)!.get(symbol) ?? []).filter((f) => f !== file);
}

const clip = (s: string) => {
	const w = plainWords(s);
	return w.length <= 150 ? w : `${w.slice(0, 70)} … ${w.slice(-70)}`;
};

interface Audited extends Claimed {
	readonly entry: KnownFault;
	readonly missing?: true;
	readonly shape?: string;
	readonly shown: readonly { rule: string; line: number; message: string; key?: string; text?: string; mark?: string; siblings: readonly { file: string; lang: string; shape: string; mark?: string; text?: string; same: readonly string[] }[] }[];
}

const audited: Audited[] = [];
try {
	for (const entry of entries) {
		const seen = see(entry.file);
		if (!seen) {
			audited.push({ entry, missing: true, shown: [], ok: false, failed: ['file not found or unreadable'], stale: [] });
			continue;
		}
		const mine = seen.diagnostics.filter((d) => (entry.rules ?? []).includes(d.rule));
		const withBlocks = mine.map((d) => ({ ...d, block: blockAt(seen.blocks, d.line) }));
		const sibs = siblingsOf(entry.file, seen.symbol).map(see).filter((s): s is Seen => !!s);
		const shown = withBlocks.map((d) => ({
			rule: d.rule,
			line: d.line,
			message: d.message,
			key: d.block?.key,
			text: d.block?.text,
			mark: d.block ? lastMark(d.block.text) : undefined,
			siblings: sibs.map((s) => {
				const b = d.block ? s.blocks.find((x) => x.key === d.block!.key) : undefined;
				return { file: s.file, lang: s.lang, shape: s.shape, mark: b ? lastMark(b.text) : undefined, text: b?.text, same: s.diagnostics.filter((x) => x.rule === d.rule && (!b || (b.start <= x.line && x.line <= b.end))).map((x) => x.message) };
			}),
		}));
		const claims = checkClaims(entry, withBlocks.map((d) => ({ rule: d.rule, message: d.message, text: d.block?.text ?? '' })));
		audited.push({ entry, shape: seen.shape, shown, ...claims });
	}
} finally {
	if (!given) {
		cleanUp(dir);
	}
}

for (const a of audited) {
	if (brief && a.ok) {
		continue;
	}
	console.log(`\n== ${a.entry.file} [${a.entry.whose}] ${(a.entry.rules ?? []).join(', ')}`);
	console.log(`   reason: ${a.entry.reason}`);
	console.log(`   claims: ${a.ok ? 'met' : `NOT MET: ${a.failed.join(' | ')}`}${a.stale.length ? `; stale rules: ${a.stale.join(', ')}` : ''}`);
	for (const d of a.shown) {
		console.log(`   L${d.line} ${d.rule}: ${d.message}`);
		console.log(`      ${a.entry.file.match(/\/(English|French|Spanish)\//)?.[1]?.slice(0, 2).toUpperCase() ?? '??'} [${d.key ?? '?'}] «${clip(d.text ?? '')}» ends “${d.mark ?? ''}”`);
		for (const s of d.siblings) {
			console.log(`      ${s.lang}${s.shape === a.shape ? '' : ` (${s.shape} paragraphs against ${a.shape ?? '?'})`} [${d.key ?? '?'}] ${s.text ? `«${clip(s.text)}» ends “${s.mark}”` : '(no such paragraph)'}${s.same.length ? ` (also: ${s.same.join('; ')})` : ''}`);
		}
	}
}
const failed = audited.filter((a) => !a.ok);
console.log(`\n${audited.length} entries audited; ${audited.length - failed.length} with every claim met, ${failed.length} not: ${failed.map((a) => a.entry.file).join(', ') || 'none'}`);
if (jsonOut) {
	writeFileSync(jsonOut, JSON.stringify(audited, null, 1));
}
