// The stories stage: online event clustering, themes and key figures. Pure analysers: no
// I/O, no clock, no configuration files (the taxonomy comes in as text or data).
//
// Analyst decisions: the store applies them through the clusterer (assign with forceStory
// or forceNew, merge, split, rename). The clusterer never merges or splits on its own, so a
// decision stands until an analyst changes it; after a rebuild, the store replays its items
// in order with forceStory for every item an analyst placed.
export { StoryClusterer, type AssignOptions } from './story-clusterer.ts';
export { DEFAULT_CLUSTERER_CONFIG, type ClustererConfig } from './clusterer-config.ts';
export type { ClustererState, StoryState, FrequencyState } from './clusterer-state.ts';
export { findCapitalisedPhrases } from './capitalised-phrases.ts';
export { splitSentences, type Span } from './text-sentences.ts';
export { tokenizeWords, type WordToken } from './text-tokens.ts';
