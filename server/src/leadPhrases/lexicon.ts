// The verbs and adjectives lead phrases are made of, as dictionary words: the grammar (grammar.ts) makes their
// forms (`renew` → Renews, Renewing, Renewed; `demander` → Demande, Demandant, Demandé·e·s; `renovar` → Renueva,
// Renovando, Renovado·a·s). The words come from the openings of the real texts in ../shared (GA, ECOSOC, HRC
// resolutions 2019–2025 in English, French and Spanish; `npm run lead-coverage`), so nonsense stays unknown.

const words = (s: string): readonly string[] => s.trim().split(/\s+/);

/** English verbs, regular forms made by the grammar. */
export const EN_VERBS = words(`
	accept acknowledge adopt appal bring disturb give listen object affirm agree alarm allocate anticipate appeal applaud appreciate approve appropriate assert
	assess assign attach authorize authorise bear believe call caution celebrate clarify combat commemorate commend commit
	concern conclude condemn confirm congratulate consider continue contribute convince count decide declare deem deplore
	designate determine direct disappoint discourage dismay distress draw emphasize emphasise encourage endorse engage
	ensure envisage establish estimate expect express extend favour favor gratify guide highlight honour honor hope
	identify implore include inform insist instruct intend invite look maintain mark note notice observe oppose outline
	persuade place pledge praise proceed proclaim promote propose raise reaffirm realize realise recall receive recognize
	recognise recommend recommit reconfirm refer reflect regret reiterate reject remain remind renew repeat request
	require resolve respect restate revise salute seek share shock sign stand strengthen stress strive subscribe suggest
	support take thank transmit trust underline underscore understand urge value view voice welcome wish witness
`);

/** Past participles of the irregular verbs: `take` → taken. */
export const EN_IRREGULAR: Readonly<Record<string, readonly string[]>> = {
	take: ['taken', 'took'], bear: ['borne', 'bore'], understand: ['understood'], seek: ['sought'], draw: ['drawn'],
	strive: ['striven'], stand: ['stood'], give: ['given'], bring: ['brought'], hold: ['held'], keep: ['kept'],
	make: ['made'], see: ['seen'], know: ['known'], undertake: ['undertaken'], feel: ['felt'], find: ['found'],
};

/** English adjectives that open a preambular paragraph (`Desirous`, `Ever mindful`). */
export const EN_ADJECTIVES = words(`
	anxious apprehensive appreciative attentive aware certain cognisant cognizant confident conscious desirous eager
	fearful firm grateful hopeful indignant keen mindful optimistic ready resolute responsive sensitive sure thankful
	vigilant watchful willing
`);

/** French verbs by their infinitive: regular ones in -er and -ir are made by the grammar, the others by their pattern. */
export const FR_VERBS = words(`
	accepter accorder accueillir adopter adresser affirmer agir alarmer alerter appeler applaudir apprécier approuver
	appuyer associer attacher attendre attirer autoriser chercher commémorer compter comprendre concevoir confirmer
	connaître considérer consterner constater continuer convaincre convenir craindre croire décider déclarer demander
	demeurer dénoncer déterminer étudier troubler examiner recevoir élire déplorer désapprouver dire donner écouter efforcer élever encourager engager entendre espérer
	estimer être exhorter exprimer faire favoriser féliciter fonder garder honorer indiquer inquiéter inspirer insister
	inviter juger lancer louer maintenir marquer mesurer mettre noter observer offrir ouvrir partager partir persuader
	poursuivre préconiser préoccuper prendre prier prononcer réjouir rallier proclamer promouvoir proposer prôner réaffirmer recommander
	reconnaître redire réitérer rejeter relayer relever remercier rendre renouveler renvoyer répéter rester respecter
	réviser saluer savoir signaler souhaiter soumettre soutenir suggérer tenir tenter valoriser viser
`);

/** French adjectives, masculine singular (`Conscient`, `Désireux`, `Prêt`). */
export const FR_ADJECTIVES = words(`
	attentif certain présent confiant conscient décidé désireux favorable fermement heureux inquiet persuadé prêt reconnaissant
	résolu satisfait soucieux sûr
`);

/** Spanish verbs by their infinitive; the third person of those whose stem changes is given in SPANISH_STEMS. */
export const ES_VERBS = words(`
	acoger adoptar advertir agradecer aguardar alarmar alentar animar aplaudir apoyar apreciar aprobar celebrar compartir
	comprender comprometer conmemorar conocer consignar confiar confirmar consternar continuar convencer creer decepcionar
	decidir denunciar oponer ver examinar considerar estudiar recibir escuchar desear determinar elogiar encomiar entender esforzar esperar establecer felicitar guiar hacer honrar
	instar invitar mantener observar partir pedir permanecer preocupar prometer promover proponer proclamar reafirmar
	rechazar recomendar reconfirmar reconocer recordar remitir renovar resaltar resolver respaldar respetar revisar
	rendir seguir señalar sugerir tener tomar valorar volver
`);

/** Third person and gerund of Spanish verbs whose stem changes: `renovar` → renueva. */
export const ES_IRREGULAR: Readonly<Record<string, readonly string[]>> = {
	renovar: ['renueva'], continuar: ['continúa'], oponer: ['opone', 'opuesto'], ver: ['ve', 'viendo', 'visto'], tener: ['tiene'], mantener: ['mantiene'], pedir: ['pide', 'pidiendo'], seguir: ['sigue', 'siguiendo'],
	entender: ['entiende'], advertir: ['advierte', 'advirtiendo'], sugerir: ['sugiere', 'sugiriendo'], volver: ['vuelve', 'vuelto'],
	recordar: ['recuerda'], promover: ['promueve'], resolver: ['resuelve', 'resuelto'], creer: ['cree', 'creyendo'],
	hacer: ['hace', 'hecho'], rendir: ['rinde', 'rindiendo'], alentar: ['alienta'], aprobar: ['aprueba'], proponer: ['propone', 'propuesto'],
	esforzar: ['esfuerza'], conocer: ['conoce'], reconocer: ['reconoce'], agradecer: ['agradece'], establecer: ['establece'], permanecer: ['permanece'],
};

/** Spanish adjectives, masculine singular (`Consciente`, `Deseoso`, `Conocedor`). */
export const ES_ADJECTIVES = words(`
	consciente conocedor deseoso dispuesto firme resuelto seguro satisfecho
`);
