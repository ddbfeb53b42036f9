/** Messages of negotiation texts (labels, brackets, options, the clean-up), in English, French and Spanish. */
export const NEGOTIATION_MESSAGES = {
	// bracket-balance
	'rule.bracket-balance': {
		en: 'Every square bracket of a negotiation text is closed, and every closing bracket has its opening one.',
		fr: 'Chaque crochet d’un texte en négociation est fermé, et chaque crochet fermant a son crochet ouvrant.',
		es: 'Cada corchete de un texto en negociación se cierra, y cada corchete de cierre tiene su corchete de apertura.',
	},
	'bracket.unclosed': { en: 'This “[” is never closed', fr: 'Ce « [ » n’est jamais fermé', es: 'Este “[” nunca se cierra' },
	'bracket.unopened': { en: 'This “]” closes no bracket', fr: 'Ce « ] » ne ferme aucun crochet', es: 'Este “]” no cierra ningún corchete' },
	'bracket.related.close': { en: 'Perhaps it closes here', fr: 'Peut-être fermé ici', es: 'Quizá se cierra aquí' },
	'bracket.related.open': { en: 'Perhaps it opens here', fr: 'Peut-être ouvert ici', es: 'Quizá se abre aquí' },
	// empty-alternative
	'rule.empty-alternative': {
		en: 'No alternative or option of a negotiation text is empty: `[]`, `[ / ]`, an option with no text.',
		fr: 'Aucune variante ni option d’un texte en négociation n’est vide : `[]`, `[ / ]`, une option sans texte.',
		es: 'Ninguna alternativa ni opción de un texto en negociación está vacía: `[]`, `[ / ]`, una opción sin texto.',
	},
	'alternative.empty': {
		en: 'The bracket “{0}” has an empty alternative: fill it in or delete it',
		fr: 'Le crochet « {0} » a une variante vide : complétez-la ou supprimez-la',
		es: 'El corchete “{0}” tiene una alternativa vacía: complétela o suprímala',
	},
	'alternative.emptyOption': {
		en: 'Option {0} has no text: write {No text required} if nothing is meant',
		fr: 'L’option {0} n’a pas de texte : écrivez {No text required} si rien n’est voulu',
		es: 'La opción {0} no tiene texto: escriba {No text required} si no se quiere nada',
	},
	// negotiation-leftover
	'rule.negotiation-leftover': {
		en: 'A text that looks final (it has a document symbol) keeps no paragraph label, bracket, attribution or status mark of the negotiation.',
		fr: 'Un texte qui semble définitif (il porte une cote) ne garde ni étiquette de paragraphe, ni crochet, ni attribution, ni mention d’accord de la négociation.',
		es: 'Un texto que parece definitivo (tiene una signatura) no conserva etiquetas de párrafo, corchetes, atribuciones ni marcas de acuerdo de la negociación.',
	},
	'leftover.label': { en: 'The negotiation label “{0}” is left in a final text ({1})', fr: 'L’étiquette de négociation « {0} » est restée dans un texte définitif ({1})', es: 'La etiqueta de negociación “{0}” quedó en un texto definitivo ({1})' },
	'leftover.bracket': { en: 'A bracket of the negotiation is left in a final text ({0})', fr: 'Un crochet de la négociation est resté dans un texte définitif ({0})', es: 'Un corchete de la negociación quedó en un texto definitivo ({0})' },
	'leftover.status': { en: 'The status mark “{0}” is left in a final text ({1})', fr: 'La mention « {0} » est restée dans un texte définitif ({1})', es: 'La marca “{0}” quedó en un texto definitivo ({1})' },
	'leftover.attribution': { en: 'The attribution “{0}” is left in a final text ({1})', fr: 'L’attribution « {0} » est restée dans un texte définitif ({1})', es: 'La atribución “{0}” quedó en un texto definitivo ({1})' },
	'leftover.option': { en: 'An option block is left in a final text ({0})', fr: 'Un bloc d’options est resté dans un texte définitif ({0})', es: 'Un bloque de opciones quedó en un texto definitivo ({0})' },
	// numbering of labels (reported by operative-numbering)
	'label.backwards': { en: '{0} comes after {1}: the labels go backwards', fr: '{0} vient après {1} : les étiquettes reculent', es: '{0} viene después de {1}: las etiquetas retroceden' },
	'label.duplicate': { en: 'The label {0} appears twice', fr: 'L’étiquette {0} apparaît deux fois', es: 'La etiqueta {0} aparece dos veces' },
	'label.noBase': { en: '{0} has no paragraph {1} before it', fr: '{0} n’a pas de paragraphe {1} avant lui', es: '{0} no tiene un párrafo {1} antes' },
	'label.wrongPart': {
		en: '{0} labels a paragraph of the other part: PP is preambular, OP operative',
		fr: '{0} étiquette un paragraphe de l’autre partie : PP pour le préambule, OP pour le dispositif',
		es: '{0} etiqueta un párrafo de la otra parte: PP es preambular, OP dispositivo',
	},
	'label.related.first': { en: 'First {0}', fr: 'Premier {0}', es: 'Primer {0}' },
	// quick actions
	'fix.acceptAlternative': { en: 'Accept “{0}”', fr: 'Retenir « {0} »', es: 'Aceptar “{0}”' },
	'fix.removeBrackets': { en: 'Remove the brackets (agreed)', fr: 'Retirer les crochets (accord)', es: 'Quitar los corchetes (acordado)' },
	'fix.markAgreed': { en: 'Mark the paragraph as agreed ad ref', fr: 'Marquer le paragraphe comme approuvé ad ref', es: 'Marcar el párrafo como acordado ad ref' },
	// clean-up
	'clean.remaining': {
		en: 'The text is not settled: {0} bracket(s), alternative(s) or option(s) remain',
		fr: 'Le texte n’est pas arrêté : il reste {0} crochet(s), variante(s) ou option(s)',
		es: 'El texto no está cerrado: quedan {0} corchete(s), alternativa(s) u opción(es)',
	},
	'clean.item.bracket': { en: 'bracket “{0}”', fr: 'crochet « {0} »', es: 'corchete “{0}”' },
	'clean.item.unmatched': { en: 'unmatched “{0}”', fr: '« {0} » isolé', es: '“{0}” sin pareja' },
	'clean.item.option': { en: 'option block', fr: 'bloc d’options', es: 'bloque de opciones' },
	'clean.item.alternative': { en: 'alternative paragraph {0}', fr: 'paragraphe de remplacement {0}', es: 'párrafo alternativo {0}' },
	'clean.item.attribution': { en: 'attribution “{0}”', fr: 'attribution « {0} »', es: 'atribución “{0}”' },
	'clean.done': { en: 'unres: the text is ready for the L-document.', fr: 'unres : le texte est prêt pour le document L.', es: 'unres: el texto está listo para el documento L.' },
	'clean.nothing': { en: 'unres: no label or status mark to clean up.', fr: 'unres : aucune étiquette ni mention à nettoyer.', es: 'unres: ninguna etiqueta ni marca que limpiar.' },
	// hover and outline
	'hover.bracket': { en: 'Square bracket, depth {0}', fr: 'Crochet, profondeur {0}', es: 'Corchete, profundidad {0}' },
	'hover.alternatives': { en: 'Alternatives: {0}', fr: 'Variantes : {0}', es: 'Alternativas: {0}' },
	'hover.attribution': { en: 'Attribution: {0}', fr: 'Attribution : {0}', es: 'Atribución: {0}' },
	'hover.status': { en: 'Status mark: agreed', fr: 'Mention : approuvé', es: 'Marca: acordado' },
	'hover.placeholder': { en: 'Placeholder to fill', fr: 'Emplacement à remplir', es: 'Espacio por completar' },
	'hover.unmatched': { en: 'Unmatched bracket', fr: 'Crochet sans partenaire', es: 'Corchete sin pareja' },
	'outline.brackets': { en: '{0} [ ]', fr: '{0} [ ]', es: '{0} [ ]' },
	'outline.options': { en: 'Options', fr: 'Options', es: 'Opciones' },
} as const;
