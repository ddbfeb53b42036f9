/** Snippets of negotiation texts: labelled paragraphs, a bis insertion, a bracket with attribution, alternatives, options. */
export const NEGOTIATION_SNIPPETS: Readonly<Record<string, { prefix: string[]; body: string | string[]; description: string }>> = {
	'Negotiation: preambular paragraph with label': {
		prefix: ['pp-label', 'unres-pp-label'],
		body: 'PP${1:1} ${2:Recalling} ${0},',
		description: 'A preambular paragraph of a negotiation text, labelled PP1, PP2 … (the label goes at the clean-up).',
	},
	'Negotiation: operative paragraph with label': {
		prefix: ['op-label', 'unres-op-label'],
		body: 'OP${1:1} ${2:Decides} ${0};',
		description: 'An operative paragraph of a negotiation text, labelled OP1, OP2 … (numbered in sequence at the clean-up).',
	},
	'Negotiation: bis paragraph': {
		prefix: ['bis', 'unres-bis'],
		body: 'OP${1:1}${2|bis,ter,quater,quinquies,sexies|} ${3:Requests} ${0};',
		description: 'A paragraph inserted after OP1: OP1bis, then OP1ter … (renumbered at the clean-up).',
	},
	'Negotiation: bracket with attribution': {
		prefix: ['bracket', 'unres-bracket'],
		body: '[${1:words} - ${2:EU}; ${3:US} ${4|delete,retain|}]$0',
		description: 'Contested words in square brackets, with who proposed them and who would delete or retain them.',
	},
	'Negotiation: alternatives': {
		prefix: ['alternatives', 'unres-alternatives'],
		body: '[${1:Decides}][${2:Requests}]$0',
		description: 'Two alternatives in adjacent brackets; accept one with the quick action.',
	},
	'Negotiation: options': {
		prefix: ['options', 'unres-options'],
		body: ['Option 1: {${1:label}}', '${2:text}', 'Option 2: {No text required}', '{End of options}', '$0'],
		description: 'An option block: each option with its {label}, closed by {End of options}.',
	},
};
