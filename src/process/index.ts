// process/: pure steps between parsing and storing: canonical URLs, language, versions,
// near-duplicate signatures.
export { canonicalUrl } from './canonical-url.ts';
export { detectLanguage } from './detect-language.ts';
export { prepareItem, prepareItems, versionHashOf, type PreparedItem } from './prepare-item.ts';
export {
  DUPLICATE_THRESHOLD,
  bandKeysOf,
  jaccard,
  jaccardPacked,
  packShingles,
  shinglesOf,
  wordsOf,
} from './near-duplicates.ts';
export { analysisTextOf } from './analysis-text.ts';
