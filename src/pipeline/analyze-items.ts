// The analysis use case: items not yet analysed at this version go through the analysers,
// and what they found is stored. Runs after imports and polls, and for `reanalyze`.
import { applyAliases, nameKey, type AliasResolver, type Extractor } from '../extract/index.ts';
import type { ItemAnalysis, PendingItem } from '../model/index.ts';
import { analysisTextOf } from '../process/index.ts';
import { extractFigures, tagThemes, type CompiledTaxonomy } from '../stories/index.ts';
import type { Store } from '../store/index.ts';
import { clusterPending } from './cluster-stories.ts';

/** Bumped whenever what analysis stores changes, so that stored items are analysed again. */
export const ANALYSIS_VERSION = 3;
const BATCH = 200;

export type ItemAnalyzer = (item: PendingItem) => ItemAnalysis;

export interface AnalyzerOptions {
  /** The user's alias file, applied to what the extractor finds. */
  readonly resolver?: AliasResolver;
  /** The theme taxonomy; without one, items get no themes. */
  readonly taxonomy?: CompiledTaxonomy;
}

/** Returns an analyser: entities (with the user's aliases applied), themes and key figures. */
export function createItemAnalyzer(extract: Extractor, options: AnalyzerOptions = {}): ItemAnalyzer {
  const { resolver, taxonomy } = options;
  return (item) => {
    const text = analysisTextOf(item.title, item.text);
    const found = extract(text);
    const mentions = resolver ? applyAliases(found.mentions, resolver) : found.mentions;
    const aliases = found.aliases.map((a) => ({
      ...a,
      aliasKey: nameKey(a.alias),
      canonicalKey: nameKey(a.canonical),
    }));
    const themes = taxonomy
      ? tagThemes(
          text,
          mentions.map((m) => ({ name: m.canonical, start: m.start, end: m.end })),
          taxonomy,
        )
      : [];
    return { itemId: item.id, mentions, aliases, themes, figures: extractFigures(text) };
  };
}

/**
 * Analyses every item waiting for it, in batches, then places the newly analysed items in
 * stories (which compare items by the entities analysis found); returns how many were analysed.
 * onProgress is awaited after each batch: a server gives other requests their turn there.
 */
export async function analyzePending(
  store: Store,
  analyze: ItemAnalyzer,
  now: () => Date,
  onProgress?: (done: number) => unknown,
): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await store.pendingAnalysis(ANALYSIS_VERSION, BATCH);
    if (batch.length === 0) {
      await clusterPending(store, now);
      return done;
    }
    await store.saveAnalyses(batch.map(analyze), ANALYSIS_VERSION, now().toISOString());
    done += batch.length;
    await onProgress?.(done);
  }
}
