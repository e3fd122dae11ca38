// The trained tagger: one feature index, two weight tables (stage one, stage two) and the
// gazetteer. Ids below stage1Size are stage-one features; stage two uses every id.
import type { Gazetteer } from './gazetteer.ts';

export interface NerModel {
  readonly index: ReadonlyMap<string, number>;
  readonly stage1Size: number;
  /** stage1Size × TAG_COUNT weights, row-major by feature. */
  readonly w1: Float32Array;
  /** index.size × TAG_COUNT weights, row-major by feature. */
  readonly w2: Float32Array;
  /** Names the training data tagged (categories: the tagger's types). */
  readonly gazetteer: Gazetteer;
  /** Names from outside the training data (first names, places, demonyms...), matched case-folded. */
  readonly lexicon: Gazetteer;
}

/** Returns the ids of the features in keys that the index knows, below limit. */
export function lookupIds(
  index: ReadonlyMap<string, number>,
  keys: readonly string[],
  limit: number,
): Int32Array {
  const ids: number[] = [];
  for (const key of keys) {
    const id = index.get(key);
    if (id !== undefined && id < limit) ids.push(id);
  }
  return Int32Array.from(ids);
}
