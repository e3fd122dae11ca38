// The trained tagger: one feature index, two weight tables (stage one, stage two) and the
// gazetteer. Ids below stage1Size are stage-one features; stage two uses every id.
import type { Gazetteer } from './gazetteer.ts';

// A loaded model keeps the file's int16 weights: half the memory traffic of float32 when
// scoring, and scoring is bound by fetching weight rows from memory.
export type WeightArray = Float32Array | Int16Array;

export interface NerModel {
  readonly index: ReadonlyMap<string, number>;
  readonly stage1Size: number;
  /** stage1Size × TAG_COUNT weights, row-major by feature; each times scale1. */
  readonly w1: WeightArray;
  readonly scale1: number;
  /** index.size × TAG_COUNT weights, row-major by feature; each times scale2. */
  readonly w2: WeightArray;
  readonly scale2: number;
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
