/**
 * The UN's official AKN4UN XML (`unxml-*` folders: GA resolutions 74–80, GA decisions, ECOSOC and HRC resolutions,
 * in English, French and Spanish). Each folder's `xml_en_fr_es.tar.xz` is extracted into a temporary folder (never
 * into the repository), the 74th session's zips inside it read in memory. A file gives its own symbol, adoption date
 * and title in its language (language from FRBRlanguage, not the folder: unxml-ga-resolutions/SOURCE.md lists files
 * in the wrong folder), and its text, whose citations are links to undocs.org (mined for quoted titles).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync } from 'fflate';

export type TitleLang = 'en' | 'fr' | 'es';

export interface XmlDocument {
	/** `folder/path/in/tarball.xml` for reports. */
	readonly where: string;
	readonly lang: TitleLang;
	readonly symbol?: string;
	readonly title?: string;
	readonly adopted?: string;
	/** The date the English preface states, as written (`15 March 2022`). */
	readonly stated?: string;
	/** Body text without markup; each link to a UN document is written `⟦SYMBOL⟧` in place of its text. */
	readonly text: string;
}

export const UNXML_FOLDERS = ['unxml-ga-resolutions', 'unxml-ga-decisions', 'unxml-ecosoc-resolutions', 'unxml-hrc-resolutions'] as const;

const LANGS: Readonly<Record<string, TitleLang>> = { eng: 'en', fra: 'fr', spa: 'es' };

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : m;
		}
		return ENTITIES[e.toLowerCase()] ?? m;
	});
}

/** Text of a fragment of markup: tags dropped, entities decoded, spaces (non-breaking ones too) collapsed. */
export function plain(markup: string): string {
	return decodeEntities(markup.replace(/<[^>]*>/g, '')).replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

// A link to a document on undocs.org or docs.un.org, any language or none: `<a href="https://undocs.org/fr/A/RES/70/1">70/1</a>`.
const LINK = /<a\s[^>]*href="https?:\/\/(?:undocs|docs\.un)\.org\/(?:(?:en|fr|es|ar|ru|zh)\/)?([^"#?]+)"[^>]*>[\s\S]*?<\/a>/gi;

/** Reads one AKN4UN file. */
export function readAkn(xml: string, where: string): XmlDocument | undefined {
	const lang = LANGS[/<FRBRExpression>[\s\S]*?<FRBRlanguage language="([a-z]{3})"/.exec(xml)?.[1] ?? ''];
	if (!lang) {
		return undefined;
	}
	const symbol = plain(/<docNumber refersTo="#symbol">([\s\S]*?)<\/docNumber>/.exec(xml)?.[1] ?? '') || undefined;
	// A footnote inside the title (ES-10/24) is not part of it.
	const titleMarkup = /<docTitle refersTo="#(?:resolution|decision)Title">([\s\S]*?)<\/docTitle>/.exec(xml)?.[1] ?? '';
	const title = plain(titleMarkup.replace(/<authorialNote\b[\s\S]*?<\/authorialNote>/g, '')) || undefined;
	const adopted = /<FRBRWork>[\s\S]*?<FRBRdate date="(\d{4}-\d{2}-\d{2})" name="adoption"/.exec(xml)?.[1];
	// The English preface says it too ("Resolution adopted by the General Assembly on 15 March 2022").
	const stated = /<docTitle>[^<]*adopted by the [^<]*? on (\d{1,2} [A-Z][a-z]+ \d{4})\s*<\/docTitle>/.exec(xml)?.[1];
	const bodyAt = xml.search(/<(?:preamble|mainBody|body)\b/);
	const body = bodyAt >= 0 ? xml.slice(bodyAt) : '';
	const text = plain(body.replace(LINK, (_m, sym: string) => `⟦${decodeURIComponent(sym).toUpperCase()}⟧`));
	return { where, lang, ...(symbol ? { symbol } : {}), ...(title ? { title } : {}), ...(adopted ? { adopted } : {}), ...(stated ? { stated } : {}), text };
}

/** Every AKN4UN file of the `unxml-*` folders present in `rawDir`; `problems` collects what could not be read. */
export function* readUnxml(rawDir: string, problems: { file: string; message: string }[]): Generator<XmlDocument> {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-unxml-'));
	try {
		for (const folder of UNXML_FOLDERS) {
			const tarball = path.join(rawDir, folder, 'xml_en_fr_es.tar.xz');
			if (!fs.existsSync(tarball)) {
				problems.push({ file: `${folder}/xml_en_fr_es.tar.xz`, message: 'file not found; no official XML titles from this folder' });
				continue;
			}
			const dir = path.join(tmp, folder);
			fs.mkdirSync(dir);
			try {
				execFileSync('tar', ['-xJf', tarball, '-C', dir], { stdio: 'pipe' });
			} catch (err) {
				problems.push({ file: `${folder}/xml_en_fr_es.tar.xz`, message: `not extracted: ${(err as Error).message.split('\n')[0]}` });
				continue;
			}
			for (const file of walk(dir)) {
				const rel = `${folder}/${path.relative(dir, file)}`;
				if (file.endsWith('.zip')) {
					const entries = unzipSync(fs.readFileSync(file));
					for (const name of Object.keys(entries).sort()) {
						if (name.endsWith('.xml')) {
							const doc = readAkn(Buffer.from(entries[name]).toString('utf8'), `${rel}:${name}`);
							if (doc) {
								yield doc;
							}
						}
					}
				} else if (file.endsWith('.xml')) {
					const doc = readAkn(fs.readFileSync(file, 'utf8'), rel);
					if (doc) {
						yield doc;
					} else {
						problems.push({ file: rel, message: 'no FRBRlanguage eng/fra/spa; file skipped' });
					}
				}
			}
		}
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

function* walk(dir: string): Generator<string> {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) {
			yield* walk(full);
		} else {
			yield full;
		}
	}
}
