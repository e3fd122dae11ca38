// The ids of a token's stage-one features, as lookupIds(index, localKeys) would give them, with
// the ids of a word's own features and of its neighbour features cached per word: building
// and hashing feature strings is most of the cost of tagging.
import { NEIGHBOUR_OFFSETS, neighbourKey, wordAt, wordFeatures } from './features.ts';
import { lookupIds, type NerModel } from './ner-model.ts';
import type { PreparedDoc } from './prepare-doc.ts';

const CACHE_LIMIT = 100_000;

/** Returns the ids of token i of sentence s of a prepared document. */
export type LocalIds = (doc: PreparedDoc, s: number, i: number) => Int32Array;

/** Returns a cached LocalIds for model. */
export function createLocalIds(model: NerModel): LocalIds {
  const words = new Map<string, Int32Array>();
  const neighbours = new Map<string, Int32Array>();
  const wordIds = (w: string): Int32Array =>
    cached(words, w, () => lookupIds(model.index, wordFeatures(w), model.stage1Size));
  // The word o tokens away from a token gives it the key for offset o.
  const neighbourIds = (l: string): Int32Array =>
    cached(neighbours, l, () =>
      Int32Array.from(NEIGHBOUR_OFFSETS, (o) => {
        const id = model.index.get(neighbourKey(o, l));
        return id !== undefined && id < model.stage1Size ? id : -1;
      }),
    );
  return (doc, s, i) => {
    const v = doc.views[s];
    if (v === undefined) return new Int32Array(0);
    const own = wordIds(v.words[i] ?? '');
    const near: number[] = [];
    NEIGHBOUR_OFFSETS.forEach((o, k) => {
      const id = neighbourIds(wordAt(v.lowers, i + o))[k] ?? -1;
      if (id >= 0) near.push(id);
    });
    const context = lookupIds(model.index, doc.contextKeys(s, i), model.stage1Size);
    const out = new Int32Array(own.length + near.length + context.length);
    out.set(own);
    out.set(near, own.length);
    out.set(context, own.length + near.length);
    return out;
  };
}

function cached(cache: Map<string, Int32Array>, key: string, make: () => Int32Array): Int32Array {
  let ids = cache.get(key);
  if (ids === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (ids = make()));
  }
  return ids;
}
