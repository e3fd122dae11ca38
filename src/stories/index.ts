// The stories stage: online event clustering, themes and key figures, timelines. Pure
// analysers: no I/O, no clock, no configuration files (the taxonomy comes in as text).
//
// Analyst decisions: the store applies them through the clusterer (assign with forceStory
// or forceNew, merge, split, rename). The clusterer never merges or splits on its own, so a
// decision stands until an analyst changes it; after a rebuild, the store replays its items
// in order with forceStory for every item an analyst placed.
export { StoryClusterer, type AssignOptions } from './story-clusterer.ts';
export { DEFAULT_CLUSTERER_CONFIG, type ClustererConfig } from './clusterer-config.ts';
export type { ClustererState, StoryState, FrequencyState } from './clusterer-state.ts';
export { findCapitalisedPhrases } from './capitalised-phrases.ts';

export {
  parseTaxonomy,
  validateTaxonomy,
  describeTaxonomyErrors,
  type TaxonomyError,
  type TaxonomyResult,
} from './theme-taxonomy.ts';
export { compileTaxonomy, type CompiledTaxonomy } from './theme-patterns.ts';
export { tagThemes, type ThemeEntity } from './theme-tagger.ts';

export { extractFigures } from './figure-extractor.ts';
export { groupFigures, isDisputed, rangeOf, type FigureSourceItem } from './figure-grouping.ts';
export { countedKey } from './figure-keys.ts';

export { countPerDay, findMilestones, dayOf, type DatedItem, type StoryItem } from './timeline.ts';

export { splitSentences, type Span } from './text-sentences.ts';
export { tokenizeWords, type WordToken } from './text-tokens.ts';
