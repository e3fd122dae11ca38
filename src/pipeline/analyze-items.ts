// The analysis use case: items not yet analysed at this version go through the analysers,
// and what they found is stored. Runs after imports and polls, and for `reanalyze`.
import { applyAliases, nameKey, type AliasResolver, type Extractor } from '../extract/index.ts';
import type { ItemAnalysis, PendingItem } from '../model/index.ts';
import { analysisTextOf } from '../process/index.ts';
import type { Store } from '../store/index.ts';

/** Bumped whenever what analysis stores changes, so that stored items are analysed again. */
export const ANALYSIS_VERSION = 1;
const BATCH = 200;

export type ItemAnalyzer = (item: PendingItem) => ItemAnalysis;

/** Returns an analyser: entities found by the extractor, with the user's aliases applied. */
export function createItemAnalyzer(extract: Extractor, resolver?: AliasResolver): ItemAnalyzer {
  return (item) => {
    const found = extract(analysisTextOf(item.title, item.text));
    const mentions = resolver ? applyAliases(found.mentions, resolver) : found.mentions;
    const aliases = found.aliases.map((a) => ({
      ...a,
      aliasKey: nameKey(a.alias),
      canonicalKey: nameKey(a.canonical),
    }));
    return { itemId: item.id, mentions, aliases };
  };
}

/** Analyses every item waiting for it, in batches; returns how many were analysed. */
export async function analyzePending(
  store: Store,
  analyze: ItemAnalyzer,
  now: () => Date,
  onProgress?: (done: number) => void,
): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await store.pendingAnalysis(ANALYSIS_VERSION, BATCH);
    if (batch.length === 0) return done;
    await store.saveAnalyses(batch.map(analyze), ANALYSIS_VERSION, now().toISOString());
    done += batch.length;
    onProgress?.(done);
  }
}
