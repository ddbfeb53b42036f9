import { formFor, LEAD_ENTRIES, LEAD_LANGS, typedText, type LeadLang } from '../leadPhrases/index';
import { NEGOTIATION_SNIPPETS } from './negotiationSnippets';
import type { Body } from '../model/document';

/**
 * Templates of a new draft resolution (masthead, agenda item, sponsors line, title, organ line, one
 * preambular and one operative paragraph) for each organ and language, as VS Code snippets: `${1:…}` are
 * the fields to fill in. A single operative paragraph is not numbered (the editorial rule), so the
 * template's operative paragraph has no number until a second one is added.
 */

export const TEMPLATE_BODIES: readonly Body[] = ['GA', 'SC', 'HRC', 'ECOSOC'];

export const BODY_LABEL: Readonly<Record<Body, Readonly<Record<LeadLang, string>>>> = {
	GA: { en: 'General Assembly', fr: 'Assemblée générale', es: 'Asamblea General' },
	SC: { en: 'Security Council', fr: 'Conseil de sécurité', es: 'Consejo de Seguridad' },
	HRC: { en: 'Human Rights Council', fr: 'Conseil des droits de l’homme', es: 'Consejo de Derechos Humanos' },
	ECOSOC: { en: 'Economic and Social Council', fr: 'Conseil économique et social', es: 'Consejo Económico y Social' },
};

export const LANG_LABEL: Readonly<Record<LeadLang, string>> = { en: 'English', fr: 'Français', es: 'Español' };

const T: Readonly<Record<Body, Readonly<Record<LeadLang, readonly string[]>>>> = {
	GA: {
		en: [
			'United Nations A/${1:80}/L.${2:1}',
			'General Assembly',
			'Distr.: Limited',
			'${3:4 November 2025}',
			'Original: English',
			'',
			'${4:Eightieth} session',
			'Agenda item ${5:25}',
			'${6:Title of the agenda item}',
			'',
			'${7:Member State}: draft resolution',
			'',
			'${8:Title of the resolution}',
			'',
			'The General Assembly,',
			'',
			'*${9:Recalling}* ${10:its resolution 79/1 of 22 September 2024},',
			'',
			'*${11:Requests}* ${0:the Secretary-General to submit a report on the implementation of the present resolution}.',
		],
		fr: [
			'Nations Unies A/${1:80}/L.${2:1}',
			'Assemblée générale',
			'Distr. limitée',
			'${3:4 novembre 2025}',
			'Original : anglais',
			'',
			'${4:Quatre-vingtième} session',
			'Point ${5:25} de l’ordre du jour',
			'${6:Titre de la question}',
			'',
			'${7:État Membre} : projet de résolution',
			'',
			'${8:Titre de la résolution}',
			'',
			'L’Assemblée générale,',
			'',
			'*${9:Rappelant}* ${10:sa résolution 79/1 du 22 septembre 2024},',
			'',
			'*${11:Prie}* ${0:le Secrétaire général de lui présenter un rapport sur l’application de la présente résolution}.',
		],
		es: [
			'Naciones Unidas A/${1:80}/L.${2:1}',
			'Asamblea General',
			'Distr. limitada',
			'${3:4 de noviembre de 2025}',
			'Original: inglés',
			'',
			'${4:Octogésimo} período de sesiones',
			'Tema ${5:25} del programa',
			'${6:Título del tema}',
			'',
			'${7:Estado Miembro}: proyecto de resolución',
			'',
			'${8:Título de la resolución}',
			'',
			'La Asamblea General,',
			'',
			'*${9:Recordando}* ${10:su resolución 79/1, de 22 de septiembre de 2024},',
			'',
			'*${11:Solicita}* ${0:al Secretario General que le presente un informe sobre la aplicación de la presente resolución}.',
		],
	},
	SC: {
		en: [
			'United Nations S/${1:2025}/${2:1}',
			'Security Council',
			'Distr.: ${3:General}',
			'${4:4 November 2025}',
			'Original: English',
			'',
			'${5:Member State}: draft resolution',
			'',
			'The Security Council,',
			'',
			'*${6:Recalling}* ${7:its previous resolutions on the situation},',
			'',
			'*${8:Decides}* ${0:to remain seized of the matter}.',
		],
		fr: [
			'Nations Unies S/${1:2025}/${2:1}',
			'Conseil de sécurité',
			'Distr. ${3:générale}',
			'${4:4 novembre 2025}',
			'Original : anglais',
			'',
			'${5:État Membre} : projet de résolution',
			'',
			'Le Conseil de sécurité,',
			'',
			'*${6:Rappelant}* ${7:ses résolutions antérieures sur la situation},',
			'',
			'*${8:Décide}* ${0:de rester saisi de la question}.',
		],
		es: [
			'Naciones Unidas S/${1:2025}/${2:1}',
			'Consejo de Seguridad',
			'Distr. ${3:general}',
			'${4:4 de noviembre de 2025}',
			'Original: inglés',
			'',
			'${5:Estado Miembro}: proyecto de resolución',
			'',
			'El Consejo de Seguridad,',
			'',
			'*${6:Recordando}* ${7:sus resoluciones anteriores sobre la situación},',
			'',
			'*${8:Decide}* ${0:seguir ocupándose de la cuestión}.',
		],
	},
	HRC: {
		en: [
			'United Nations A/HRC/${1:60}/L.${2:1}',
			'General Assembly',
			'Distr.: Limited',
			'${3:1 October 2025}',
			'Original: English',
			'',
			'Human Rights Council',
			'${4:Sixtieth} session',
			'Agenda item ${5:3}',
			'${6:Promotion and protection of all human rights, civil, political, economic, social and cultural rights, including the right to development}',
			'',
			'${7:Member State}: draft resolution',
			'',
			'${8:Title of the resolution}',
			'',
			'The Human Rights Council,',
			'',
			'*${9:Guided by}* ${10:the purposes and principles of the Charter of the United Nations},',
			'',
			'*${11:Decides}* ${0:to remain seized of the matter}.',
		],
		fr: [
			'Nations Unies A/HRC/${1:60}/L.${2:1}',
			'Assemblée générale',
			'Distr. limitée',
			'${3:1er octobre 2025}',
			'Original : anglais',
			'',
			'Conseil des droits de l’homme',
			'${4:Soixantième} session',
			'Point ${5:3} de l’ordre du jour',
			'${6:Promotion et protection de tous les droits de l’homme, civils, politiques, économiques, sociaux et culturels, y compris le droit au développement}',
			'',
			'${7:État Membre} : projet de résolution',
			'',
			'${8:Titre de la résolution}',
			'',
			'Le Conseil des droits de l’homme,',
			'',
			'*${9:Guidé par}* ${10:les buts et principes de la Charte des Nations Unies},',
			'',
			'*${11:Décide}* ${0:de rester saisi de la question}.',
		],
		es: [
			'Naciones Unidas A/HRC/${1:60}/L.${2:1}',
			'Asamblea General',
			'Distr. limitada',
			'${3:1 de octubre de 2025}',
			'Original: inglés',
			'',
			'Consejo de Derechos Humanos',
			'${4:Sexagésimo} período de sesiones',
			'Tema ${5:3} de la agenda',
			'${6:Promoción y protección de todos los derechos humanos, civiles, políticos, económicos, sociales y culturales, incluido el derecho al desarrollo}',
			'',
			'${7:Estado Miembro}: proyecto de resolución',
			'',
			'${8:Título de la resolución}',
			'',
			'El Consejo de Derechos Humanos,',
			'',
			'*${9:Guiándose por}* ${10:los propósitos y principios de la Carta de las Naciones Unidas},',
			'',
			'*${11:Decide}* ${0:seguir ocupándose de la cuestión}.',
		],
	},
	ECOSOC: {
		en: [
			'United Nations E/${1:2025}/L.${2:1}',
			'Economic and Social Council',
			'Distr.: Limited',
			'${3:4 June 2025}',
			'Original: English',
			'',
			'${4:2025} session',
			'Agenda item ${5:18 (b)}',
			'${6:Title of the agenda item}',
			'',
			'${7:Member State}: draft resolution',
			'',
			'${8:Title of the resolution}',
			'',
			'The Economic and Social Council,',
			'',
			'*${9:Recalling}* ${10:the outcome of its previous session},',
			'',
			'*${11:Requests}* ${0:the Secretary-General to report to it at its next session}.',
		],
		fr: [
			'Nations Unies E/${1:2025}/L.${2:1}',
			'Conseil économique et social',
			'Distr. limitée',
			'${3:4 juin 2025}',
			'Original : anglais',
			'',
			'Session de ${4:2025}',
			'Point ${5:18 b)} de l’ordre du jour',
			'${6:Titre de la question}',
			'',
			'${7:État Membre} : projet de résolution',
			'',
			'${8:Titre de la résolution}',
			'',
			'Le Conseil économique et social,',
			'',
			'*${9:Rappelant}* ${10:les conclusions de sa session précédente},',
			'',
			'*${11:Prie}* ${0:le Secrétaire général de lui faire rapport à sa prochaine session}.',
		],
		es: [
			'Naciones Unidas E/${1:2025}/L.${2:1}',
			'Consejo Económico y Social',
			'Distr. limitada',
			'${3:4 de junio de 2025}',
			'Original: inglés',
			'',
			'Período de sesiones de ${4:2025}',
			'Tema ${5:18 b)} del programa',
			'${6:Título del tema}',
			'',
			'${7:Estado Miembro}: proyecto de resolución',
			'',
			'${8:Título de la resolución}',
			'',
			'El Consejo Económico y Social,',
			'',
			'*${9:Recordando}* ${10:los resultados de su período de sesiones anterior},',
			'',
			'*${11:Solicita}* ${0:al Secretario General que le presente un informe en su próximo período de sesiones}.',
		],
	},
};

/** The template of a new draft, as a snippet (`${1:…}` fields, `$0` last). */
export function draftTemplate(body: Body, lang: LeadLang): string {
	return `${T[body][lang].join('\n')}\n`;
}

/** A snippet as the text it inserts when every field keeps its default. */
export function snippetToText(snippet: string): string {
	let out = snippet;
	// Innermost fields first, so that nested ones resolve.
	for (let before = ''; before !== out;) {
		before = out;
		out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^|,]*)[^|]*\|\}/g, '$1');
	}
	return out.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}

/** A VS Code snippet file entry. */
export interface SnippetDefinition {
	readonly prefix: string | readonly string[];
	readonly body: string | readonly string[];
	readonly description: string;
}

/** Names the snippet prefixes use: `ga`, `sc`, `hrc`, `ecosoc`. */
const BODY_PREFIX: Readonly<Record<Body, string>> = { GA: 'ga', SC: 'sc', HRC: 'hrc', ECOSOC: 'ecosoc' };

/** The most used phrases of a kind, for the choice list of a paragraph snippet. */
const COMMON: Readonly<Record<'preambular' | 'operative', readonly string[]>> = {
	preambular: ['recalling', 'reaffirming', 'recognizing', 'noting', 'welcoming', 'emphasizing', 'stressing', 'concerned', 'deeply-concerned', 'convinced', 'conscious-of', 'bearing-in-mind', 'taking-note-of', 'acknowledging', 'expressing-concern', 'having-considered'],
	operative: ['decides', 'requests', 'calls-upon', 'urges', 'encourages', 'invites', 'welcomes', 'takes-note-of', 'notes', 'recognizes', 'reaffirms', 'stresses', 'emphasizes', 'recommends', 'condemns'],
};

function choices(kind: 'preambular' | 'operative', lang: LeadLang, gender: 'f' | 'm'): string {
	const phrases = COMMON[kind].map((id) => {
		const entry = LEAD_ENTRIES.find((e) => e.id === id);
		if (!entry) {
			throw new Error(`templates: no lead phrase ${id}`);
		}
		return typedText(formFor(entry, lang, gender));
	});
	return [...new Set(phrases)].map((p) => p.replace(/[,|$}\\]/g, (c) => `\\${c}`)).join(',');
}

/**
 * The content of `snippets/unres.json`: a draft template per organ and language, and a preambular and an
 * operative paragraph per language (and per gender in French and Spanish) with the common lead phrases to
 * choose from. Static snippets cannot know the next paragraph number: completion over LSP writes it.
 */
export function snippetFile(): Record<string, SnippetDefinition> {
	const out: Record<string, SnippetDefinition> = {};
	for (const body of TEMPLATE_BODIES) {
		for (const lang of LEAD_LANGS) {
			out[`Draft resolution: ${BODY_LABEL[body].en} (${LANG_LABEL[lang]})`] = {
				prefix: [`draft-${BODY_PREFIX[body]}-${lang}`, `unres-${BODY_PREFIX[body]}-${lang}`],
				body: T[body][lang],
				description: `A new ${BODY_LABEL[body].en} draft resolution in ${LANG_LABEL[lang]}: masthead, agenda item, sponsors, title, organ line, one preambular and one operative paragraph.`,
			};
		}
	}
	const PARAGRAPH_PREFIX: Readonly<Record<LeadLang, { pp: string; op: string }>> = {
		en: { pp: 'pp-en', op: 'op-en' },
		fr: { pp: 'pp-fr', op: 'op-fr' },
		es: { pp: 'pp-es', op: 'op-es' },
	};
	for (const lang of LEAD_LANGS) {
		const genders: readonly ('f' | 'm')[] = lang === 'en' ? ['f'] : ['f', 'm'];
		for (const gender of genders) {
			const who = lang === 'en' ? '' : gender === 'f' ? ' — General Assembly (feminine)' : ' — Councils (masculine)';
			const suffix = lang === 'en' || gender === 'f' ? '' : '-m';
			out[`Preambular paragraph (${LANG_LABEL[lang]})${who}`] = {
				prefix: `${PARAGRAPH_PREFIX[lang].pp}${suffix}`,
				body: `*\${1|${choices('preambular', lang, gender)}|}* \${0},`,
				description: `A preambular paragraph opening with a common lead phrase${who.replace(' — ', ', for the ')}.`,
			};
		}
		out[`Operative paragraph (${LANG_LABEL[lang]})`] = {
			prefix: PARAGRAPH_PREFIX[lang].op,
			body: `\${1:1}. *\${2|${choices('operative', lang, 'f')}|}* \${0};`,
			description: 'A numbered operative paragraph opening with a common operative verb (completion fills in the next number).',
		};
	}
	Object.assign(out, NEGOTIATION_SNIPPETS);
	return out;
}
