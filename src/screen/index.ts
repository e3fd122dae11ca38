// The face of screen/: name normalisation and matching, the candidate index, watchlist file
// parsing, and the themes of screening evidence. Pure: no I/O, no clock.
export { tokeniseName, type NameToken } from './tokenise-name.ts';
export { transliterateName, type ScriptPiece } from './transliterate.ts';
export type { Script } from './scripts.ts';
export { setAsideLegalForms, legalFormOf, type LegalFormSplit } from './legal-forms.ts';
export type { LegalFormHit, LegalFormType } from './legal-form-types.ts';
export { LEGAL_FORM_ALIASES, LEGAL_FORM_TYPES } from './legal-forms-table.ts';
export { fold, consonants, skeleton } from './phonetic-key.ts';
export {
  prepareName,
  type PreparedName,
  type PreparedToken,
  type TokenKind,
  type Rarity,
} from './prepare-name.ts';
export { compareTokens, type LinkMethod, type TokenSimilarity } from './token-similarity.ts';
export { alignTokens, type TokenLink } from './align-tokens.ts';
export { scorePrepared, MATCH_THRESHOLD, CONFLICT_WEIGHT, type CountryPair } from './score-names.ts';
export { prepareEntity, scoreEntities, scoreNames, type PreparedEntity } from './match-names.ts';
export {
  buildNameIndex,
  DEFAULT_CANDIDATES,
  type NameIndex,
  type IndexedEntity,
  type Candidate,
  type ScreenHit,
} from './name-index.ts';
export { readCsv, type CsvRecord, type CsvRead } from './csv-reader.ts';
export { parseWatchlistCsv } from './watchlist-csv.ts';
export { parseFtmJsonLines } from './watchlist-ftm.ts';
export { entryThemesLine, evidenceThemesOf, tallyEntryThemes } from './evidence-themes.ts';
