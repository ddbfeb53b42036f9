// The lead-phrase table and its uses: words, modifiers, compiled entries, trie, matching, forms, suggestions.
export type { LeadKind, LeadLang, LeadSource } from './table';
export { capitalize, lowerFirst, normWord, tokensAt, type Token } from './words';
export { MODIFIER_WORD, modifierPosition, withModifier, type ModifierType } from './modifiers';
export { genderOf, LEAD_ENTRIES, LEAD_LANGS, type Gender, type LeadEntry, type LeadForm } from './entries';
export { entriesOf, kindsOf, matchLead, matchTail, plainTokens, type LeadMatch } from './match';
export { formFor, typedText } from './forms';
export { closestForm, counterpart } from './suggest';
export { leadByGrammar } from './grammar';
