/**
 * `npm run build:nls`: writes package.nls.json (English), package.nls.fr.json and package.nls.es.json, the
 * manifest's strings that VS Code shows in its own language, and points package.json at them (`%key%`).
 * Rule descriptions come from the server's messages (`rule.<id>`), so a rule is described once, in three languages.
 * `--check` only verifies that the files are up to date (a test runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { MESSAGES, type Locale } from '../server/src/l10n/messages';
import { RULES } from '../server/src/rules/index';

const ROOT = path.resolve(__dirname, '..', '..');

type T = Record<Locale, string>;

/** Strings of the manifest, by key. */
export const MANIFEST: Record<string, T> = {
	'displayName': { en: 'unres — UN resolution drafting', fr: 'unres — rédaction des résolutions de l’ONU', es: 'unres — redacción de resoluciones de la ONU' },
	'description': {
		en: 'Language support for drafting United Nations resolutions in English, French and Spanish: structure, outline, folding, and checks.',
		fr: 'Prise en charge de la rédaction des résolutions des Nations Unies en anglais, français et espagnol : structure, plan, repli et vérifications.',
		es: 'Apoyo para redactar resoluciones de las Naciones Unidas en inglés, francés y español: estructura, esquema, plegado y comprobaciones.',
	},
	'command.restartServer': { en: 'Restart Language Server', fr: 'Redémarrer le serveur de langage', es: 'Reiniciar el servidor de lenguaje' },
	'command.showOutputChannel': { en: 'Show Output Channel', fr: 'Afficher le canal de sortie', es: 'Mostrar el canal de salida' },
	'command.setLanguage': { en: 'Set Document Language…', fr: 'Choisir la langue du document…', es: 'Elegir el idioma del documento…' },
	'command.treatAsResolution': { en: 'Treat This File as a UN Resolution', fr: 'Traiter ce fichier comme une résolution de l’ONU', es: 'Tratar este archivo como una resolución de la ONU' },
	'command.renumber': { en: 'Renumber Paragraphs and Footnotes', fr: 'Renuméroter les paragraphes et les notes', es: 'Renumerar los párrafos y las notas' },
	'command.cleanUp': { en: 'Clean Up for the L-document', fr: 'Nettoyer pour le document L', es: 'Limpiar para el documento L' },
	'command.newDraft': { en: 'New Draft Resolution…', fr: 'Nouveau projet de résolution…', es: 'Nuevo proyecto de resolución…' },
	'command.applyAmendment': { en: 'Apply Amendment…', fr: 'Appliquer un amendement…', es: 'Aplicar una enmienda…' },
	'command.writeOralRevisions': { en: 'Write Oral Revisions…', fr: 'Rédiger les révisions orales…', es: 'Redactar las revisiones orales…' },
	'command.setBaseText': { en: 'Set Base Text…', fr: 'Choisir le texte de base…', es: 'Elegir el texto de base…' },
	'command.compareWithBase': { en: 'Compare with Base Text', fr: 'Comparer avec le texte de base', es: 'Comparar con el texto de base' },
	'command.newDraftFromResolution': { en: 'New Draft from Resolution…', fr: 'Nouveau projet à partir d’une résolution…', es: 'Nuevo proyecto a partir de una resolución…' },
	'command.exportWord': { en: 'Export to Word…', fr: 'Exporter vers Word…', es: 'Exportar a Word…' },
	'command.openAknAsDraft': { en: 'Open AKN4UN Resolution as Draft', fr: 'Ouvrir une résolution AKN4UN comme projet', es: 'Abrir una resolución AKN4UN como proyecto' },
	'command.exportAkn': { en: 'Export to AKN4UN', fr: 'Exporter en AKN4UN', es: 'Exportar a AKN4UN' },
	'setting.title': { en: 'unres', fr: 'unres', es: 'unres' },
	'setting.language': {
		en: 'Language of the resolution text. `auto` detects it from the organ line and lead words.',
		fr: 'Langue du texte de la résolution. `auto` la déduit de la ligne de l’organe et des mots d’introduction.',
		es: 'Idioma del texto de la resolución. `auto` lo deduce de la línea del órgano y de las palabras iniciales.',
	},
	'setting.language.auto': { en: 'Detect from the text', fr: 'Déduire du texte', es: 'Deducir del texto' },
	'setting.language.en': { en: 'English', fr: 'Anglais', es: 'Inglés' },
	'setting.language.fr': { en: 'French', fr: 'Français', es: 'Francés' },
	'setting.language.es': { en: 'Spanish', fr: 'Espagnol', es: 'Español' },
	'setting.language.ar': { en: 'Arabic', fr: 'Arabe', es: 'Árabe' },
	'setting.language.ru': { en: 'Russian', fr: 'Russe', es: 'Ruso' },
	'setting.language.zh': { en: 'Chinese', fr: 'Chinois', es: 'Chino' },
	'setting.rules': {
		en: 'Turns a check off or changes its severity, by rule id: `{ "footnote-placement": "off" }`. Rules not listed keep their default severity.',
		fr: 'Désactive une vérification ou change sa gravité, par identifiant de règle : `{ "footnote-placement": "off" }`. Les règles non citées gardent leur gravité par défaut.',
		es: 'Desactiva una comprobación o cambia su gravedad, por identificador de regla: `{ "footnote-placement": "off" }`. Las reglas no citadas conservan su gravedad predeterminada.',
	},
	'setting.catalog.files': {
		en: 'Catalogue files layered over the built-in resolution catalogue, later ones winning (JSON in the schema of `server/data/catalog.schema.json`, or the UN Digital Library CSV of General Assembly resolutions). Paths are absolute, `~/…`, or relative to the workspace folder. In a trusted workspace `unres.catalog.json` at the folder root and the resolutions the folder’s own drafts declare are read too. A file that fails to load is reported with its line; the rest is used.',
		fr: 'Fichiers de catalogue ajoutés au catalogue intégré des résolutions, les derniers l’emportant (JSON selon le schéma `server/data/catalog.schema.json`, ou le CSV des résolutions de l’Assemblée générale de la Bibliothèque numérique de l’ONU). Chemins absolus, `~/…` ou relatifs au dossier de travail. Dans un espace de travail approuvé, `unres.catalog.json` à la racine du dossier et les résolutions que déclarent ses propres projets sont lus aussi. Un fichier illisible est signalé avec sa ligne ; le reste est utilisé.',
		es: 'Archivos de catálogo añadidos al catálogo integrado de resoluciones, prevaleciendo los últimos (JSON según el esquema `server/data/catalog.schema.json`, o el CSV de las resoluciones de la Asamblea General de la Biblioteca Digital de la ONU). Rutas absolutas, `~/…` o relativas a la carpeta de trabajo. En un espacio de trabajo de confianza también se leen `unres.catalog.json` en la raíz de la carpeta y las resoluciones que declaran sus propios proyectos. Un archivo que no se puede cargar se indica con su línea; el resto se utiliza.',
	},
	'setting.maxFileSize': {
		en: 'Documents longer than this many characters (10 MB by default) are not analysed, so that a huge file never slows the editor; an information message says so. 0 turns the limit off.',
		fr: 'Les documents de plus de ce nombre de caractères (10 Mo par défaut) ne sont pas analysés, pour qu’un fichier énorme ne ralentisse jamais l’éditeur ; un message d’information le signale. 0 supprime la limite.',
		es: 'Los documentos de más de este número de caracteres (10 MB por defecto) no se analizan, para que un archivo enorme nunca ralentice el editor; un mensaje informativo lo indica. 0 suprime el límite.',
	},
	'setting.trace.server': {
		en: 'Traces the communication between VS Code and the unres language server.',
		fr: 'Trace les échanges entre VS Code et le serveur de langage unres.',
		es: 'Registra la comunicación entre VS Code y el servidor de lenguaje unres.',
	},
	'setting.severity.off': { en: 'Turned off', fr: 'Désactivée', es: 'Desactivada' },
};

const COMMANDS: Record<string, string> = {
	'unres.restartServer': 'command.restartServer', 'unres.showOutputChannel': 'command.showOutputChannel', 'unres.setLanguage': 'command.setLanguage',
	'unres.treatAsResolution': 'command.treatAsResolution', 'unres.renumber': 'command.renumber', 'unres.newDraft': 'command.newDraft',
	'unres.applyAmendment': 'command.applyAmendment', 'unres.writeOralRevisions': 'command.writeOralRevisions',
	'unres.setBaseText': 'command.setBaseText', 'unres.compareWithBase': 'command.compareWithBase', 'unres.newDraftFromResolution': 'command.newDraftFromResolution', 'unres.exportWord': 'command.exportWord',
	'unres.cleanUp': 'command.cleanUp',
	'unres.openAknAsDraft': 'command.openAknAsDraft', 'unres.exportAkn': 'command.exportAkn',
};

export function bundles(): Record<Locale, Record<string, string>> {
	const out = { en: {}, fr: {}, es: {} } as Record<Locale, Record<string, string>>;
	for (const locale of ['en', 'fr', 'es'] as const) {
		for (const [key, t] of Object.entries(MANIFEST)) {
			out[locale][key] = t[locale];
		}
		for (const rule of RULES) {
			const m = (MESSAGES as Record<string, T | undefined>)[`rule.${rule.id}`];
			out[locale][`setting.rules.${rule.id}`] = m ? m[locale] : rule.description;
		}
	}
	return out;
}

interface Manifest {
	displayName: string;
	description: string;
	contributes: {
		languages: { aliases: string[] }[];
		commands: { command: string; title: string }[];
		configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[]; enum?: string[]; properties?: Record<string, { description?: string }> }> };
	};
}

/** package.json with every shown string replaced by its `%key%`. */
export function localisedManifest(manifest: Manifest): Manifest {
	const m = JSON.parse(JSON.stringify(manifest)) as Manifest;
	const k = (key: string) => {
		if (!(key in MANIFEST) && !key.startsWith('setting.rules.')) {
			throw new Error(`no string for ${key}`);
		}
		return `%${key}%`;
	};
	m.displayName = k('displayName');
	m.description = k('description');
	for (const c of m.contributes.commands) {
		c.title = k(COMMANDS[c.command] ?? `command.${c.command}`);
	}
	m.contributes.configuration.title = k('setting.title');
	const props = m.contributes.configuration.properties;
	props['unres.language'].description = k('setting.language');
	props['unres.language'].enumDescriptions = (props['unres.language'].enum ?? []).map((v) => k(`setting.language.${v}`));
	props['unres.rules'].description = k('setting.rules');
	for (const id of Object.keys(props['unres.rules'].properties ?? {})) {
		props['unres.rules'].properties![id].description = k(`setting.rules.${id}`);
	}
	if (props['unres.catalog.files']) {
		delete props['unres.catalog.files'].markdownDescription;
		props['unres.catalog.files'].description = k('setting.catalog.files');
	}
	props['unres.trace.server'].description = k('setting.trace.server');
	return m;
}

function main(): void {
	const check = process.argv.includes('--check');
	const files: [string, string][] = Object.entries(bundles()).map(([locale, b]) => [
		path.join(ROOT, locale === 'en' ? 'package.nls.json' : `package.nls.${locale}.json`),
		`${JSON.stringify(b, null, '\t')}\n`,
	]);
	const manifestFile = path.join(ROOT, 'package.json');
	const manifest = `${JSON.stringify(localisedManifest(JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest), null, 2)}\n`;
	files.push([manifestFile, manifest]);
	let stale = 0;
	for (const [file, text] of files) {
		let current = '';
		try {
			current = readFileSync(file, 'utf8');
		} catch {
			// written below
		}
		if (current !== text) {
			stale++;
			if (check) {
				console.error(`build-nls: ${path.relative(ROOT, file)} is not up to date: run npm run build:nls`);
			} else {
				writeFileSync(file, text);
			}
		}
	}
	process.exitCode = check && stale > 0 ? 1 : 0;
}

if (require.main === module) {
	main();
}
