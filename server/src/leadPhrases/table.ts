/**
 * The lead-phrase table: preambular phrases and operative verbs of UN resolutions in English, French and
 * Spanish, with their equivalents across the three languages and a short note on usage.
 *
 * Sources: `src: 'tsv'` rows come from the shared research table (verbs.tsv: UN Parallel Corpus counts,
 * Editorial Manual and sample texts); `src: 'corpus'` rows are lead phrases found in the real adopted texts
 * of the shared corpus (English) and the French reference document A/RES/75/10; `src: 'usage'` rows are
 * frequent UN formulas added so that common drafts read as known. A language listed in `uncertain` has a
 * rendering that no source verified: it is offered, never insisted on.
 *
 * Notation of the French and Spanish forms: `'Préoccupée|Préoccupé'` is the form that agrees with the
 * General Assembly (feminine) and the one that agrees with the Councils (masculine); a form without `|`
 * is invariable. The first form is the main rendering, the others are renderings seen as well.
 * A trailing preposition (`of`, `de`, `par` …) is part of the formula but optional when reading a text.
 */

export type LeadKind = 'preambular' | 'operative';
export type LeadLang = 'en' | 'fr' | 'es';
export type LeadSource = 'tsv' | 'corpus' | 'usage';

export interface LeadRow {
	readonly kind: LeadKind;
	readonly en: string | readonly string[];
	readonly fr: string | readonly string[];
	readonly es: string | readonly string[];
	readonly note: string;
	readonly src: LeadSource;
	/** Languages whose rendering is not verified. */
	readonly uncertain?: readonly LeadLang[];
	/** Written mostly by the Security Council. */
	readonly sc?: boolean;
}

const P = 'preambular' as const;
const O = 'operative' as const;
const FR_ES: readonly LeadLang[] = ['fr', 'es'];
const FR: readonly LeadLang[] = ['fr'];
const ES: readonly LeadLang[] = ['es'];

export const LEAD_ROWS: readonly LeadRow[] = [
	// Preambular phrases (verbs.tsv)
	{ kind: P, en: 'Recalling', fr: 'Rappelant', es: 'Recordando', src: 'tsv', note: 'UNPC 13×; “Recalling its resolution(s)” = “Rappelant sa/ses résolution(s)” = “Recordando su(s) resolución(es)”.' },
	{ kind: P, en: 'Recalling also', fr: 'Rappelant également', es: 'Recordando también', src: 'tsv', note: 'UNPC; GA 50/11 (EN); A/RES/59/309 (ES).' },
	{ kind: P, en: 'Recalling further', fr: 'Rappelant en outre', es: 'Recordando además', src: 'tsv', uncertain: FR_ES, note: 'EN: GA 50/11. FR/ES not observed in the research sources (UNPC renders “Recognizing further” as “Consciente en outre”/“Reconociendo también”); the French reference text A/RES/75/10 writes “Rappelant en outre”.' },
	{ kind: P, en: 'Reaffirming', fr: 'Réaffirmant', es: ['Reafirmando', 'Reiterando'], src: 'tsv', note: 'UNPC 12× (ES sometimes “Reiterando”).' },
	{ kind: P, en: 'Reiterating', fr: 'Réaffirmant', es: 'Reiterando', src: 'tsv', note: 'UNPC 2×; FR “Réitérant” not observed; “Reiterating its call” = “Demandant de nouveau” = “Reiterando su llamamiento”.' },
	{ kind: P, en: 'Affirming', fr: 'Affirmant', es: 'Afirmando', src: 'tsv', uncertain: FR, note: 'ES: UNPC; FR uncertain: UNPC has “Déclarant que” for “Affirming that”.' },
	{ kind: P, en: 'Noting', fr: ['Notant', 'Constatant'], es: ['Observando', 'Haciendo notar'], src: 'tsv', note: 'UNPC 12×; FR also “Prenant note”, “Constatant” (A/RES/75/10); ES also “Haciendo notar”.' },
	{ kind: P, en: 'Noting with concern', fr: 'Notant avec préoccupation', es: 'Observando con preocupación', src: 'tsv', note: 'UNPC 2×.' },
	{ kind: P, en: 'Noting with appreciation', fr: 'Notant avec satisfaction', es: 'Observando con aprecio', src: 'tsv', uncertain: FR_ES, note: 'EN: MUN lists; FR/ES inferred from the operative “Notes with appreciation” (UNPC).' },
	{ kind: P, en: 'Taking note of', fr: ['Prenant note de', 'Prenant acte de'], es: 'Tomando nota de', src: 'tsv', note: 'UNPC 6×; FR also “Prenant acte de”.' },
	{ kind: P, en: 'Taking note also of', fr: 'Prenant note également de', es: 'Tomando nota también de', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: P, en: 'Bearing in mind', fr: ["Ayant à l'esprit", "Ayant présente à l'esprit|Ayant présent à l'esprit"], es: ['Teniendo presente', 'Teniendo presentes'], src: 'tsv', note: 'UNPC 4×; ES agrees with its object (“Teniendo presentes las…”); FR GA variant “Ayant présente à l’esprit” (GA 2734 (XXV)).' },
	{ kind: P, en: 'Taking into account', fr: 'Tenant compte de', es: 'Teniendo en cuenta', src: 'tsv', uncertain: ES, note: 'FR: GA 2734 (XXV); ES uncertain (UNPC renders “Considering” as “Teniendo en cuenta”).' },
	{ kind: P, en: 'Considering', fr: 'Considérant', es: 'Considerando', src: 'tsv', uncertain: ES, note: 'FR: GA 2734 (XXV), A/RES/75/10; ES uncertain (not observed; UNPC 1× “Teniendo en cuenta”).' },
	{ kind: P, en: 'Recognizing', fr: ['Reconnaissant', 'Considérant', 'Consciente|Conscient', 'Constatant', 'Estimant'], es: 'Reconociendo', src: 'tsv', note: 'UNPC 13×: ES always “Reconociendo”; FR varies with context (Reconnaissant/Considérant/Consciente/Constatant/Estimant).' },
	{ kind: P, en: 'Recognizing also', fr: ['Reconnaissant également', 'Consciente également|Conscient également', 'Estimant également'], es: 'Reconociendo también', src: 'tsv', note: 'UNPC; A/RES/59/309 (ES).' },
	{ kind: P, en: 'Recognizing further', fr: 'Consciente en outre|Conscient en outre', es: 'Reconociendo también', src: 'tsv', note: 'UNPC 1× (GA, feminine agreement); ES “también”, not “además”, here.' },
	{ kind: P, en: 'Acknowledging', fr: ['Reconnaissant', 'Consciente de|Conscient de', 'Prenant note de', 'Se félicitant de'], es: 'Reconociendo', src: 'tsv', note: 'UNPC 5×; FR varies.' },
	{ kind: P, en: 'Welcoming', fr: ['Se félicitant de', 'Saluant', 'Accueillant avec satisfaction'], es: 'Acogiendo con beneplácito', src: 'tsv', note: 'UNPC 5× (ES 5/5); FR also “Saluant”, “Accueillant avec satisfaction”.' },
	{ kind: P, en: 'Stressing', fr: 'Soulignant', es: 'Destacando', src: 'tsv', note: 'UNPC 3×.' },
	{ kind: P, en: 'Stressing also', fr: 'Soulignant également', es: 'Destacando también', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: P, en: 'Emphasizing', fr: ['Soulignant', 'Insistant sur'], es: 'Poniendo de relieve', src: 'tsv', note: 'UNPC 8× (ES 8/8); FR also “Insistant sur”.' },
	{ kind: P, en: 'Underlining', fr: 'Soulignant', es: 'Subrayando', src: 'tsv', note: 'UNPC 6×.' },
	{ kind: P, en: 'Underscoring', fr: 'Soulignant', es: 'Recalcando', src: 'tsv', note: 'UNPC 2×.' },
	{ kind: P, en: 'Expressing concern', fr: 'Se déclarant préoccupée|Se déclarant préoccupé', es: 'Expresando preocupación', src: 'tsv', note: 'UNPC 3×; FR agrees with the organ.' },
	{ kind: P, en: 'Expressing grave concern', fr: 'Se déclarant gravement préoccupée|Se déclarant gravement préoccupé', es: 'Expresando grave preocupación', src: 'tsv', note: 'UNPC 1× (masc. “préoccupé” in an SC text).' },
	{ kind: P, en: 'Also expressing concern', fr: 'Préoccupée également|Préoccupé également', es: 'Expresando también preocupación', src: 'tsv', note: 'UNPC 1× (GA, feminine).' },
	{ kind: P, en: 'Expressing appreciation', fr: 'Exprimant ses remerciements', es: 'Expresando su reconocimiento', src: 'tsv', uncertain: FR, note: 'UNPC 1×; other FR renderings possible.' },
	{ kind: P, en: 'Expressing grave alarm', fr: 'Se disant profondément alarmée|Se disant profondément alarmé', es: 'Expresando grave alarma', src: 'tsv', note: 'UNPC 1× (SC, masculine; the GA form is inferred).' },
	{ kind: P, en: 'Deeply concerned', fr: 'Profondément préoccupée|Profondément préoccupé', es: 'Profundamente preocupada|Profundamente preocupado', src: 'tsv', uncertain: FR_ES, note: 'EN: GA 1986 resolution (refworld), MUN lists; FR/ES not verified; GA feminine, Councils masculine.' },
	{ kind: P, en: 'Gravely concerned', fr: 'Gravement préoccupée|Gravement préoccupé', es: 'Gravemente preocupada|Gravemente preocupado', src: 'tsv', uncertain: ES, note: 'EN: MUN lists; FR masc. “gravement préoccupé” in SC press release CS/2669; ES uncertain.' },
	{ kind: P, en: 'Concerned', fr: 'Préoccupée|Préoccupé', es: 'Preocupada|Preocupado', src: 'tsv', uncertain: ES, note: 'EN: 1986 GA resolution (“Also concerned”); FR masc. “Préoccupé par” (SC working group), fem. “Préoccupée par” in A/RES/75/10; ES uncertain.' },
	{ kind: P, en: 'Alarmed by', fr: 'Alarmée par|Alarmé par', es: 'Alarmada por|Alarmado por', src: 'tsv', uncertain: FR_ES, note: 'EN: MUN lists; FR/ES not verified.' },
	{ kind: P, en: 'Conscious of', fr: 'Consciente de|Conscient de', es: 'Consciente de', src: 'tsv', uncertain: ES, note: 'FR: GA 2734 (XXV), A/RES/75/10; masc. “Conscient” for the Councils; ES invariable.' },
	{ kind: P, en: 'Mindful of', fr: 'Consciente de|Conscient de', es: 'Consciente de', src: 'tsv', uncertain: ES, note: 'FR: UNPC (“Consciente des…”, not a resolution line); ES uncertain (UNPC “En atención al”).' },
	{ kind: P, en: 'Aware of', fr: 'Consciente de|Conscient de', es: 'Consciente de', src: 'tsv', uncertain: FR_ES, note: 'EN: MUN lists; FR/ES assumed as for Conscious/Mindful.' },
	{ kind: P, en: 'Convinced', fr: 'Convaincue|Convaincu', es: 'Convencida|Convencido', src: 'tsv', note: 'UNPC (“Convaincu”/“Convencido” masc.); GA fem. “Convaincue” in A/RES/75/10, ES “Convencida de que”.' },
	{ kind: P, en: 'Deeply convinced', fr: 'Profondément convaincue|Profondément convaincu', es: 'Profundamente convencida|Profundamente convencido', src: 'tsv', uncertain: FR, note: 'ES: GA 2625 (XXV) (“Profundamente convencida de”); FR uncertain.' },
	{ kind: P, en: 'Determined', fr: 'Résolue|Résolu', es: 'Decidida|Decidido', src: 'tsv', uncertain: FR_ES, note: 'EN: MUN lists, S/RES/827 (1993); FR/ES not verified.' },
	{ kind: P, en: 'Guided by', fr: 'Guidée par|Guidé par', es: 'Guiándose por', src: 'tsv', uncertain: FR_ES, note: 'EN: MUN lists and GA texts; FR/ES not verified; FR agrees with the organ.' },
	{ kind: P, en: 'Desiring', fr: 'Désireuse de|Désireux de', es: 'Deseando', src: 'tsv', uncertain: FR, note: 'UNPC 1× (masc. “Désireux”); FR fem. form inferred.' },
	{ kind: P, en: 'Having considered', fr: 'Ayant examiné', es: 'Habiendo examinado', src: 'tsv', note: 'UNPC 2×; AKN4UN GA examples (EN).' },
	{ kind: P, en: 'Having examined', fr: 'Ayant examiné', es: 'Habiendo examinado', src: 'tsv', uncertain: FR_ES, note: 'EN: Editorial Manual example; FR/ES as for “Having considered”.' },
	{ kind: P, en: 'Having studied', fr: 'Après avoir examiné', es: 'Previo examen de', src: 'tsv', note: 'UNPC 1× (low confidence, single non-GA text).' },
	{ kind: P, en: 'Having received', fr: 'Ayant reçu', es: 'Habiendo recibido', src: 'tsv', uncertain: ES, note: 'EN: A/RES/80/7; FR: UNPC 1×; ES uncertain.' },
	{ kind: P, en: 'Having met', fr: 'Réunie|Réuni', es: 'Habiéndose reunido', src: 'tsv', note: 'UNPC 1× (conference outcome; FR agrees with the subject).' },
	{ kind: P, en: 'Commending', fr: 'Saluant', es: 'Encomiando', src: 'tsv', note: 'UNPC 2×; FR “Saluant” also in A/RES/75/10.' },
	{ kind: P, en: 'Condemning', fr: 'Condamnant', es: 'Condenando', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: P, en: 'Strongly condemning', fr: 'Condamnant fermement', es: 'Condenando enérgicamente', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: P, en: 'Deploring', fr: 'Déplorant', es: 'Deplorando', src: 'tsv', note: 'UNPC 1× (SC); MUN lists call it SC-only, which is not a UN rule.' },
	{ kind: P, en: 'Calling upon', fr: 'Demandant à', es: 'Exhortando a', src: 'tsv', note: 'UNPC 1× (SC).' },
	{ kind: P, en: 'Referring also to', fr: 'Se référant également à', es: 'Haciendo referencia también a', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: P, en: 'Determining', fr: ['Considérant', 'Constatant'], es: 'Habiendo determinado', src: 'tsv', sc: true, note: 'UNPC 3×; SC formula “Determining that the situation … constitutes a threat to international peace and security”; FR also “Constatant”.' },
	{ kind: P, en: 'Acting under Chapter VII of the Charter of the United Nations', fr: 'Agissant en vertu du Chapitre VII de la Charte des Nations Unies', es: 'Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas', src: 'tsv', sc: true, note: 'UNPC 1×; Security Council only: the last preambular line before binding decisions.' },

	// Preambular phrases of the real texts in ../shared (English corpus, French A/RES/75/10)
	{ kind: P, en: 'Expressing', fr: 'Exprimant', es: 'Expresando', src: 'corpus', uncertain: FR_ES, note: 'The opening of “Expressing its deep concern…”, “Expressing once again its grave alarm…” (S/RES/827 (1993)).' },
	{ kind: P, en: 'Seriously concerned', fr: 'Sérieusement préoccupée|Sérieusement préoccupé', es: 'Seriamente preocupada|Seriamente preocupado', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/202; FR/ES agree with the organ.' },
	{ kind: P, en: 'Seized of', fr: 'Saisie de|Saisi de', es: 'Consciente de', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/24 (“Seized of the danger…”); renderings not verified.' },
	{ kind: P, en: 'Regretting', fr: 'Regrettant', es: 'Lamentando', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/24.' },
	{ kind: P, en: 'Having regard to', fr: 'Eu égard à', es: 'Teniendo en cuenta', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/119.' },
	{ kind: P, en: 'Strongly convinced', fr: 'Fermement convaincue|Fermement convaincu', es: 'Firmemente convencida|Firmemente convencido', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/88.' },
	{ kind: P, en: 'Believing', fr: 'Estimant', es: 'Considerando', src: 'corpus', uncertain: FR_ES, note: 'S/RES/827 (1993).' },
	{ kind: P, en: 'Encouraging', fr: 'Encourageant', es: 'Alentando', src: 'corpus', uncertain: FR_ES, note: 'A/80/L.24.' },

	// Frequent preambular formulas
	{ kind: P, en: 'Noting with satisfaction', fr: 'Notant avec satisfaction', es: 'Observando con satisfacción', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: P, en: 'Noting with deep concern', fr: 'Notant avec une profonde préoccupation', es: 'Observando con profunda preocupación', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: P, en: 'Taking note with appreciation of', fr: 'Prenant note avec satisfaction de', es: 'Tomando nota con aprecio de', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: P, en: 'Expressing deep concern', fr: 'Se déclarant profondément préoccupée|Se déclarant profondément préoccupé', es: 'Expresando profunda preocupación', src: 'usage', uncertain: FR_ES, note: 'Frequent formula; FR agrees with the organ.' },
	{ kind: P, en: 'Highlighting', fr: 'Soulignant', es: 'Destacando', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: P, en: 'Cognizant of', fr: 'Consciente de|Conscient de', es: 'Consciente de', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: P, en: 'Fully aware of', fr: 'Pleinement consciente de|Pleinement conscient de', es: 'Plenamente consciente de', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: P, en: 'Taking into consideration', fr: 'Prenant en considération', es: 'Teniendo en cuenta', src: 'usage', uncertain: FR_ES, note: 'Frequent formula.' },
	{ kind: P, en: 'Having heard', fr: 'Ayant entendu', es: 'Habiendo escuchado', src: 'usage', uncertain: FR_ES, note: 'Security Council and committee texts.' },

	// Operative verbs (verbs.tsv)
	{ kind: O, en: 'Decides', fr: 'Décide', es: 'Decide', src: 'tsv', note: 'UNPC 20×; FR “Décide de + inf.”, ES “Decide + inf.” (no “de”).' },
	{ kind: O, en: 'Also decides', fr: 'Décide également', es: 'Decide también', src: 'tsv', note: 'UNPC 2× (EN variant “Decides also” also occurs).' },
	{ kind: O, en: 'Further decides', fr: 'Décide en outre', es: 'Decide además', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Requests', fr: ['Prie', 'Demande'], es: ['Solicita', 'Pide'], src: 'tsv', note: 'UNPC 18×: “Prie le Secrétaire général de…” 7/7; FR also “Demande”; ES also “Pide”; ES “Solicita al Secretario General que presente”.' },
	{ kind: O, en: 'Also requests', fr: 'Prie également', es: 'Solicita también', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Further requests', fr: 'Prie en outre', es: 'Solicita además', src: 'tsv', note: 'UNPC 2×.' },
	{ kind: O, en: ['Calls upon', 'Calls on'], fr: ['Demande', 'Engage', 'Prie'], es: 'Exhorta', src: 'tsv', note: 'UNPC 6× (ES 6/6 “Exhorta a … a que + subj.”); FR also “Engage”, “Prie”.' },
	{ kind: O, en: 'Further calls upon', fr: 'Demande en outre', es: 'Exhorta además', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Urges', fr: ['Prie instamment', 'Exhorte', 'Demande instamment'], es: 'Insta', src: 'tsv', note: 'UNPC 8× (ES 8/8 “Insta a … a que”); FR also “Exhorte”, “Demande instamment”.' },
	{ kind: O, en: 'Strongly urges', fr: 'Demande instamment', es: 'Insta encarecidamente', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Further urges', fr: 'Prie instamment', es: 'Insta también', src: 'tsv', uncertain: FR, note: 'UNPC 1× (the FR line renders it without “en outre”).' },
	{ kind: O, en: 'Encourages', fr: ['Encourage', 'Engage'], es: 'Alienta', src: 'tsv', note: 'UNPC 13× (ES 13/13); FR “Encourage” or “Engage” (about half each).' },
	{ kind: O, en: 'Also encourages', fr: 'Encourage également', es: 'Alienta también', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Strongly encourages', fr: 'Encourage vivement', es: 'Alienta encarecidamente', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Invites', fr: 'Invite', es: 'Invita', src: 'tsv', note: 'UNPC 8×.' },
	{ kind: O, en: 'Also invites', fr: 'Invite également', es: 'Invita también', src: 'tsv', uncertain: FR, note: 'ES: UNPC 1×; FR uncertain (the UNPC line drops “également”).' },
	{ kind: O, en: 'Welcomes', fr: ['Se félicite de', 'Accueille avec satisfaction', 'Salue'], es: 'Acoge con beneplácito', src: 'tsv', note: 'UNPC 4×; FR also “Accueille avec satisfaction”, “Salue”.' },
	{ kind: O, en: 'Notes', fr: ['Note', 'Prend note', 'Constate'], es: 'Observa', src: 'tsv', note: 'UNPC 13×; FR also “Prend note”/“Constate”.' },
	{ kind: O, en: 'Notes with concern', fr: 'Note avec préoccupation', es: 'Observa con preocupación', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Also notes with concern', fr: 'Constate également avec préoccupation', es: 'También observa con preocupación', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Notes with appreciation', fr: ['Note avec satisfaction', 'Prend acte avec satisfaction'], es: 'Observa con aprecio', src: 'tsv', note: 'UNPC 2×; FR also “Prend acte avec satisfaction”.' },
	{ kind: O, en: 'Takes note of', fr: ['Prend note de', 'Prend acte de'], es: 'Toma nota de', src: 'tsv', note: 'UNPC 10×; FR also “Prend acte de”.' },
	{ kind: O, en: 'Takes note also of', fr: 'Prend note également de', es: 'Toma nota también de', src: 'tsv', uncertain: FR, note: 'ES: A/RES/59/309; FR uncertain.' },
	{ kind: O, en: 'Recognizes', fr: ['Reconnaît', 'Est consciente|Est conscient', 'Considère'], es: 'Reconoce', src: 'tsv', note: 'UNPC 4×; FR also “Est conscient(e)”, “Considère”.' },
	{ kind: O, en: 'Acknowledges', fr: ['Constate', 'Salue'], es: 'Reconoce', src: 'tsv', uncertain: FR, note: 'UNPC 3×; FR varies (“Salue”, “Sait”).' },
	{ kind: O, en: 'Reaffirms', fr: 'Réaffirme', es: 'Reafirma', src: 'tsv', note: 'UNPC 8×.' },
	{ kind: O, en: 'Reiterates', fr: 'Réaffirme', es: 'Reitera', src: 'tsv', note: 'UNPC 1×; FR “Demande de nouveau” for “reiterates its call”.' },
	{ kind: O, en: 'Recalls', fr: 'Rappelle', es: 'Recuerda', src: 'tsv', note: 'UNPC 3×.' },
	{ kind: O, en: 'Stresses', fr: 'Souligne', es: 'Destaca', src: 'tsv', note: 'UNPC 5×.' },
	{ kind: O, en: 'Also stresses', fr: 'Souligne également', es: 'Destaca también', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Emphasizes', fr: 'Souligne', es: 'Pone de relieve', src: 'tsv', note: 'UNPC 4× (ES 4/4).' },
	{ kind: O, en: 'Underscores', fr: 'Souligne', es: 'Recalca', src: 'tsv', note: 'UNPC 2×.' },
	{ kind: O, en: 'Underlines', fr: 'Souligne', es: 'Subraya', src: 'tsv', uncertain: ['en', 'fr'], note: 'ES “Subraya”/“Subraya también” in A/RES/59/309 (EN counterpart not seen); FR “Souligne” (UNPC non-resolution line): uncertain pairing.' },
	{ kind: O, en: 'Highlights', fr: 'Souligne', es: 'Resalta', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Expresses concern', fr: 'Se déclare préoccupée|Se déclare préoccupé', es: 'Expresa preocupación', src: 'tsv', note: 'UNPC 1×; FR agrees with the organ.' },
	{ kind: O, en: 'Expresses deep concern', fr: 'Se déclare gravement préoccupée|Se déclare gravement préoccupé', es: 'Expresa profunda preocupación', src: 'tsv', note: 'UNPC 2× (“deep”/“grave”).' },
	{ kind: O, en: 'Expresses its satisfaction', fr: 'Exprime sa satisfaction', es: 'Expresa su satisfacción', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Expresses support for', fr: 'Exprime son soutien à', es: 'Expresa su apoyo a', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Approves', fr: 'Approuve', es: 'Aprueba', src: 'tsv', note: 'UNPC 2×.' },
	{ kind: O, en: 'Endorses', fr: ['Approuve', 'Souscrit à'], es: ['Hace suyo', 'Hace suya', 'Hace suyos', 'Hace suyas'], src: 'tsv', note: 'UNPC 2×; FR also “Souscrit à”; ES agrees with its object (hace suyo/suya/suyos/suyas).' },
	{ kind: O, en: 'Adopts', fr: 'Adopte', es: 'Aprueba', src: 'tsv', uncertain: FR_ES, note: 'EN: A/75/L.1 (“Adopts the following declaration:”).' },
	{ kind: O, en: 'Recommends', fr: 'Recommande', es: 'Recomienda', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Directs', fr: 'Charge', es: 'Encomienda', src: 'tsv', note: 'UNPC 1× (SC, to a panel of experts).' },
	{ kind: O, en: 'Condemns', fr: 'Condamne', es: 'Condena', src: 'tsv', note: 'UNPC 2× (SC); the GA uses it too (ES-11/1, 2022).' },
	{ kind: O, en: 'Condemns in the strongest terms', fr: 'Condamne avec la plus grande fermeté', es: 'Condena en los términos más enérgicos', src: 'tsv', note: 'UNPC 1× (SC).' },
	{ kind: O, en: 'Strongly condemns', fr: 'Condamne énergiquement', es: 'Condena enérgicamente', src: 'tsv', uncertain: FR, note: 'ES: S/PRST/2017/16; FR uncertain.' },
	{ kind: O, en: 'Demands', fr: 'Exige', es: 'Exige', src: 'tsv', note: 'UNPC 1×; “only the Security Council can demand” is a MUN saying, not a UN rule (GA ES-11/1 “Demands”).' },
	{ kind: O, en: 'Further demands', fr: 'Exige', es: 'Exige también', src: 'tsv', note: 'UNPC 1×.' },
	{ kind: O, en: 'Deplores', fr: 'Déplore', es: 'Deplora', src: 'tsv', uncertain: FR_ES, note: 'EN: GA ES-11/1; FR/ES inferred from “Déplorant”/“Deplorando” (UNPC).' },
	{ kind: O, en: 'Decides to remain seized of the matter', fr: 'Décide de rester saisie de la question|Décide de rester saisi de la question', es: 'Decide seguir ocupándose de la cuestión', src: 'tsv', uncertain: FR_ES, sc: true, note: 'Common SC closing; FR/ES not verified in a source; FR agrees with the organ.' },
	{ kind: O, en: 'Decides to include in the provisional agenda of its [nth] session the item entitled', fr: "Décide d'inscrire à l'ordre du jour provisoire de sa [n-ième] session la question intitulée", es: 'Decide incluir en el programa provisional de su [n] período de sesiones el tema titulado', src: 'tsv', uncertain: FR_ES, note: 'EN: A/RES/69/96 B (AKN4UN example); FR opening “Décide d’inscrire…” seen in UNPC and A/RES/75/10.' },

	// Operative verbs of the real texts in ../shared
	{ kind: O, en: 'Authorizes', fr: 'Autorise', es: 'Autoriza', src: 'corpus', uncertain: FR_ES, note: 'A/C.5/80/L.21, A/RES/80/161, S/RES/678 (1990).' },
	{ kind: O, en: 'Affirms', fr: 'Affirme', es: 'Afirma', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/116, S/RES/242 (1967).' },
	{ kind: O, en: 'Commends', fr: ['Salue', 'Félicite'], es: 'Encomia', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/161, A/RES/80/165.' },
	{ kind: O, en: 'Appeals to', fr: 'Lance un appel à', es: 'Hace un llamamiento a', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/4, A/RES/80/88.' },
	{ kind: O, en: 'Calls for', fr: 'Demande', es: 'Pide', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/24 (“Calls for the full and effective implementation…”).' },
	{ kind: O, en: 'Considers', fr: ['Estime', 'Considère'], es: 'Considera', src: 'corpus', uncertain: FR_ES, note: 'A/C.4/80/L.9; FR “Estime” opens paragraph 3 of A/RES/75/10 (pairing not verified).' },
	{ kind: O, en: 'Continues', fr: 'Continue', es: 'Sigue', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/6 (“Continues to welcome…”).' },
	{ kind: O, en: 'Draws the attention of', fr: "Appelle l'attention de", es: 'Señala a la atención de', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/88.' },
	{ kind: O, en: 'Resolves', fr: 'Décide', es: 'Resuelve', src: 'corpus', uncertain: FR_ES, note: 'A/RES/80/245 (budget: “Resolves that…”).' },
	{ kind: O, en: 'Agrees', fr: 'Convient', es: 'Conviene', src: 'corpus', uncertain: FR_ES, note: 'S/RES/687 (1991).' },
	{ kind: O, en: 'Requires', fr: 'Exige', es: 'Exige', src: 'corpus', uncertain: FR_ES, sc: true, note: 'S/RES/687 (1991).' },
	{ kind: O, en: 'Declares', fr: 'Déclare', es: 'Declara', src: 'corpus', uncertain: FR_ES, note: 'S/RES/687 (1991).' },
	{ kind: O, en: 'Expresses', fr: 'Exprime', es: 'Expresa', src: 'corpus', uncertain: FR_ES, note: 'The opening of “Expresses its appreciation/grave concern…” (A/RES/78/220, A/RES/80/116).' },

	// Frequent operative formulas
	{ kind: O, en: 'Notes with satisfaction', fr: 'Note avec satisfaction', es: 'Observa con satisfacción', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: O, en: 'Takes note with appreciation of', fr: 'Prend note avec satisfaction de', es: 'Toma nota con aprecio de', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula (A/RES/80/7).' },
	{ kind: O, en: 'Expresses its appreciation to', fr: 'Exprime sa gratitude à', es: 'Expresa su reconocimiento a', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula (A/C.6/80/L.15).' },
	{ kind: O, en: 'Supports', fr: 'Appuie', es: 'Apoya', src: 'usage', uncertain: FR_ES, note: 'Frequent formula.' },
	{ kind: O, en: 'Regrets', fr: 'Regrette', es: 'Lamenta', src: 'usage', uncertain: FR_ES, note: 'Frequent formula.' },
	{ kind: O, en: 'Pays tribute to', fr: 'Rend hommage à', es: 'Rinde homenaje a', src: 'usage', uncertain: FR_ES, note: 'Frequent GA formula.' },
	{ kind: O, en: 'Determines', fr: 'Constate', es: 'Determina', src: 'usage', uncertain: FR_ES, sc: true, note: 'Security Council (“Determines that the situation … constitutes a threat…”).' },
	{ kind: O, en: 'Establishes', fr: 'Crée', es: 'Establece', src: 'usage', uncertain: FR_ES, note: 'Frequent formula.' },
	{ kind: O, en: 'Proclaims', fr: 'Proclame', es: 'Proclama', src: 'usage', uncertain: FR_ES, note: 'GA international days and years.' },
	{ kind: O, en: 'Designates', fr: 'Désigne', es: 'Designa', src: 'usage', uncertain: FR_ES, note: 'Frequent formula.' },
	{ kind: O, en: 'Confirms', fr: 'Confirme', es: 'Confirma', src: 'usage', uncertain: FR_ES, note: 'Frequent formula.' },
	{ kind: O, en: 'Clarifies', fr: 'Précise', es: 'Aclara', src: 'usage', uncertain: FR_ES, note: 'UNFCCC decisions (“Clarifies that …”, CMA.6 draft on Article 6.2); rare in GA texts.' },
];
