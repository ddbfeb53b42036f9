/**
 * The AKN4UN conformance suite (issue 17): the department's official XML files, imported as drafts, read back by
 * unres's parser and checked with every rule. Shared by `npm run conformance` (every file) and the unit test
 * (a fixed sample). The archives stay in ../shared; they are unpacked into a temporary folder, never the checkout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { aknStructure, differences, documentStructure, readAkn, toMarkdown } from '../../server/src/akn';
import { checkText } from '../../server/src/check/check';
import type { Catalog } from '../../server/src/catalog/catalog';
import { format } from '../../server/src/l10n/messages';
import { loadBuiltinCatalog } from '../../server/src/node/builtinCatalog';
import { SHARED } from './paths';

/** The four collections, as `../shared/data/raw/unxml-<name>/xml_en_fr_es.tar.xz`. */
export const COLLECTIONS = ['ga-resolutions', 'ecosoc-resolutions', 'hrc-resolutions', 'ga-decisions'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export function archiveOf(collection: Collection): string {
	return path.join(SHARED, 'data', 'raw', `unxml-${collection}`, 'xml_en_fr_es.tar.xz');
}

/** Unpacks the archives (and session 74's zips) into a fresh temporary folder; returns it. */
export function extract(collections: readonly Collection[]): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'unres-akn-'));
	for (const c of collections) {
		const target = path.join(dir, c);
		execFileSync('mkdir', ['-p', target]);
		execFileSync('tar', ['-xJf', archiveOf(c), '-C', target], { stdio: 'ignore' });
		for (const zip of walk(target).filter((f) => f.endsWith('.zip'))) {
			try {
				execFileSync('unzip', ['-q', '-o', zip, '-d', path.dirname(zip)], { stdio: 'ignore' });
			} catch {
				process.stderr.write(`conformance: could not unzip ${path.relative(dir, zip)} (is 'unzip' installed?)\n`);
			}
		}
	}
	return dir;
}

export function cleanUp(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

export function walk(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) {
			out.push(...walk(full));
		} else {
			out.push(full);
		}
	}
	return out;
}

export interface Verdict {
	/** Path inside the extraction folder, `ga-resolutions/75session/French/75_10_F.xml`. */
	readonly file: string;
	readonly lang: string;
	/** `GA 75`, `ECOSOC 2023`, `HRC 55`, `GA dec 77`. */
	readonly group: string;
	readonly symbol?: string;
	/** Fields where the draft's structure differs from the XML's (empty: agreement). */
	readonly differences: readonly string[];
	/** Error and warning diagnostics unres gives on the imported draft, with their message in English. */
	readonly diagnostics: readonly { rule: string; line: number; severity: string; message: string }[];
	readonly problems: readonly string[];
	/** The marker of the XML's first note (`2` in the Council's files, whose note 1 is not in the XML). */
	readonly firstNote?: string;
}

/** Imports one official file, parses and checks the draft, compares with the XML. */
export function evaluate(xml: string, file: string, catalog: Catalog = loadBuiltinCatalog()): Verdict {
	const read = readAkn(xml);
	const group = groupOf(file);
	if (!read.resolution) {
		return { file, lang: '?', group, differences: ['unreadable'], diagnostics: [], problems: read.problems };
	}
	const res = read.resolution;
	const markdown = toMarkdown(res);
	const lang = res.lang && ['en', 'fr', 'es'].includes(res.lang) ? res.lang : undefined;
	const { doc, results, lines } = checkText(markdown, { ...(lang ? { lang } : {}), catalog });
	const diagnostics = results
		.filter((r) => r.severity === 'error' || r.severity === 'warning')
		.map((r) => ({ rule: r.rule.id, severity: r.severity, line: lines.position(r.finding.span.start).line + 1, message: format(r.finding.messageKey, r.finding.args, 'en') }));
	return {
		file,
		lang: res.lang ?? res.langCode ?? '?',
		group,
		symbol: res.symbol,
		differences: differences(aknStructure(res), documentStructure(doc)),
		diagnostics,
		problems: read.problems,
		...(res.notes[0] ? { firstNote: res.notes[0].marker } : {}),
	};
}

/** The table's row of a file, from its path (the folder names the session or year). */
export function groupOf(file: string): string {
	const parts = file.split(/[\\/]/);
	const collection = parts[0];
	const session = parts.find((p) => /^(?:\d{2,4}|ES-\d+|S-\d+)(?:session)?$/.test(p))?.replace(/session$/, '') ?? '?';
	const body = collection === 'ecosoc-resolutions' ? 'ECOSOC' : collection === 'hrc-resolutions' ? 'HRC' : collection === 'ga-decisions' ? 'GA dec' : 'GA';
	return `${body} ${session}`;
}

export function sharedAvailable(): boolean {
	return COLLECTIONS.some((c) => existsSync(archiveOf(c)));
}
