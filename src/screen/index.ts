// The face of screen/: name normalisation and matching, and watchlist parsing. Pure: no I/O.
export { tokeniseName, type NameToken } from './tokenise-name.ts';
export { setAsideLegalForms, legalFormOf, type LegalFormSplit } from './legal-forms.ts';
export type { LegalFormHit, LegalFormType } from './legal-form-types.ts';
