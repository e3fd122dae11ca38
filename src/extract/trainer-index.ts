// Building the feature index for training: count keys, keep the frequent ones.
import { historyFeatures, type SentenceView } from './features.ts';

/** Adds one to the count of each key. */
export function countKeys(counts: Map<string, number>, keys: readonly string[]): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Returns the history feature keys of a sentence under its gold tags. */
export function historyKeysForGold(v: SentenceView, gold: Uint8Array): string[] {
  const keys: string[] = [];
  for (let i = 0; i < v.words.length; i++) {
    keys.push(...historyFeatures(v, i, i > 0 ? (gold[i - 1] ?? 0) : 0, i > 1 ? (gold[i - 2] ?? 0) : 0));
  }
  return keys;
}

/** Returns index with every key counted at least minCount times appended (sorted, so ids are stable). */
export function indexFrequent(
  counts: ReadonlyMap<string, number>,
  minCount: number,
  index: Map<string, number>,
): Map<string, number> {
  const keys = [...counts].filter(([key, n]) => n >= minCount && !index.has(key)).map(([key]) => key);
  keys.sort();
  for (const key of keys) index.set(key, index.size);
  return index;
}
