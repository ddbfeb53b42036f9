"use strict";
// The drafts in the workspace the harness prepares (test/e2e/harness/workspace.mjs), and what is known about them.
Object.defineProperty(exports, "__esModule", { value: true });
exports.PLAIN_NOTES = exports.OWN_ENGLISH = exports.OWN_FRENCH = exports.MUTATED_REFERENCE = exports.REFERENCE = void 0;
exports.frenchDraft = frenchDraft;
/** GA resolution 75/10 in French, copied from ../shared/samples when that is present. */
exports.REFERENCE = {
    file: 'A-RES-75-10.fr.unres.md',
    lang: 'fr',
    preambular: 21,
    operative: 16,
    footnotes: 7,
    organLine: "L'Assemblée générale,",
};
/** Copies of the reference with one deliberate fault each (see derivedDrafts in harness/workspace.mjs). */
exports.MUTATED_REFERENCE = 'A-RES-75-10.fr.mutated.unres.md';
/** The repository's own drafts (test/e2e/workspace/), always present. */
exports.OWN_FRENCH = {
    file: 'projet-cooperation.fr.unres.md',
    lang: 'fr',
    preambular: 3,
    operative: 3,
    footnotes: 1,
    organLine: "L'Assemblée générale,",
};
exports.OWN_ENGLISH = {
    file: 'draft-cooperation.en.unres',
    lang: 'en',
    preambular: 3,
    operative: 3,
    footnotes: 1,
    organLine: 'The General Assembly,',
};
/** A plain-text file the extension does not claim by its name. */
exports.PLAIN_NOTES = 'notes.txt';
/** The French document the tests read: the reference when the harness could copy it, else the own French draft. */
async function frenchDraft(exists) {
    return (await exists(exports.REFERENCE.file)) ? exports.REFERENCE : exports.OWN_FRENCH;
}
//# sourceMappingURL=fixtures.js.map