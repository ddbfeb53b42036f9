/**
 * The AKN4UN conformance suite (issue 17): the department's official XML files, imported as drafts, read back by
 * unres's parser and checked with every rule. Shared by `npm run conformance` (every file) and the unit test
 * (a fixed sample). The archives stay in ../shared; they are unpacked into a temporary folder, never the checkout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { aknStructure, differences, documentStructure, readAkn, toMarkdown, type AknResolution } from '../../server/src/akn';
import { checkText, type CheckResult } from '../../server/src/check/check';
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

/**
 * Unpacks only the given files (`ga-resolutions/75session/French/75_10_F.xml`) into a fresh temporary folder; a file
 * that sits in one of session 74's zips (`74session/GA resolutions_74session_French.zip`, member `French/74_1.xml`)
 * is taken out of its zip. Files of an absent archive are left out. Returns the folder.
 */
export function extractNamed(files: readonly string[]): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'unres-akn-named-'));
	for (const c of COLLECTIONS) {
		const wanted = files.filter((f) => f.startsWith(`${c}/`)).map((f) => f.slice(c.length + 1));
		if (wanted.length === 0 || !existsSync(archiveOf(c))) {
			continue;
		}
		const target = path.join(dir, c);
		execFileSync('mkdir', ['-p', target]);
		const listed = new Set(execFileSync('tar', ['-tJf', archiveOf(c)], { maxBuffer: 64 << 20 }).toString().split('\n'));
		const direct = wanted.filter((w) => listed.has(w));
		const zips = [...listed].filter((n) => n.endsWith('.zip'));
		const zipped = wanted.filter((w) => !listed.has(w)).map((w) => ({ w, zip: zips.find((z) => path.dirname(z) === path.dirname(path.dirname(w)) && z.includes(path.basename(path.dirname(w)))) }));
		const needZips = [...new Set(zipped.flatMap((z) => (z.zip ? [z.zip] : [])))];
		if (direct.length + needZips.length > 0) {
			execFileSync('tar', ['-xJf', archiveOf(c), '-C', target, ...direct, ...needZips], { stdio: 'ignore' });
		}
		for (const { w, zip } of zipped) {
			if (zip) {
				// The zip's members are `<Language>/<name>`, unpacked beside the zip as `npm run conformance` does.
				try {
					execFileSync('unzip', ['-q', '-o', path.join(target, zip), path.join(path.basename(path.dirname(w)), path.basename(w)), '-d', path.join(target, path.dirname(zip))], { stdio: 'ignore' });
				} catch {
					// Not in the zip (or no unzip): the file is left out, as an absent archive's are.
				}
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

/** One official file imported as a draft and checked: the draft's text beside its error and warning diagnostics. */
export interface Imported {
	readonly res: AknResolution;
	readonly markdown: string;
	readonly doc: CheckResult['doc'];
	readonly diagnostics: Verdict['diagnostics'];
	readonly problems: readonly string[];
}

/** Imports one official file and checks the draft (only the reader's problems when the XML cannot be read). */
export function importAndCheck(xml: string, catalog: Catalog = loadBuiltinCatalog()): Imported | { readonly res?: undefined; readonly problems: readonly string[] } {
	const read = readAkn(xml);
	if (!read.resolution) {
		return { problems: read.problems };
	}
	const res = read.resolution;
	const markdown = toMarkdown(res);
	const lang = res.lang && ['en', 'fr', 'es'].includes(res.lang) ? res.lang : undefined;
	const { doc, results, lines } = checkText(markdown, { ...(lang ? { lang } : {}), catalog });
	const diagnostics = results
		.filter((r) => r.severity === 'error' || r.severity === 'warning')
		.map((r) => ({ rule: r.rule.id, severity: r.severity, line: lines.position(r.finding.span.start).line + 1, message: format(r.finding.messageKey, r.finding.args, 'en') }));
	return { res, markdown, doc, diagnostics, problems: read.problems };
}

/** Imports one official file, parses and checks the draft, compares with the XML. */
export function evaluate(xml: string, file: string, catalog: Catalog = loadBuiltinCatalog()): Verdict {
	const group = groupOf(file);
	const imported = importAndCheck(xml, catalog);
	if (!imported.res) {
		return { file, lang: '?', group, differences: ['unreadable'], diagnostics: [], problems: imported.problems };
	}
	const { res, doc, diagnostics, problems } = imported;
	return {
		file,
		lang: res.lang ?? res.langCode ?? '?',
		group,
		symbol: res.symbol,
		differences: differences(aknStructure(res), documentStructure(doc)),
		diagnostics,
		problems,
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
