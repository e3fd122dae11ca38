// The ids of a token's stage-one features, as lookupIds(index, localKeys) would give them, with
// the ids of a word's own features and of its neighbour features cached per word: building
// and hashing feature strings is most of the cost of tagging.
import {
  classFeatures,
  classKey,
  NEIGHBOUR_OFFSETS,
  neighbourKey,
  shapeFeatures,
  shapeKey,
  wordAt,
  wordFeatures,
} from './features.ts';
import { lookupIds, type NerModel } from './ner-model.ts';
import type { PreparedDoc } from './prepare-doc.ts';

const CACHE_LIMIT = 100_000;

/** Returns the ids of token i of sentence s of a prepared document. */
export type LocalIds = (doc: PreparedDoc, s: number, i: number) => Int32Array;

/** Returns a cached LocalIds for model. */
export function createLocalIds(model: NerModel): LocalIds {
  const words = new Map<string, Int32Array>();
  const neighbours = new Map<string, Int32Array>();
  const shapes = new Map<string, Int32Array>();
  const classes = new Map<string, Int32Array>();
  const idsOf = (keys: readonly string[]): Int32Array => lookupIds(model.index, keys, model.stage1Size);
  const wordIds = (w: string): Int32Array => cached(words, w, () => idsOf(wordFeatures(w)));
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
    const shapeIds = cached(shapes, shapeKey(v, i), (key) => idsOf(shapeFeatures(key)));
    const classIds = cached(classes, classKey(v, i), (key) => idsOf(classFeatures(key)));
    return join([own, Int32Array.from(near), shapeIds, classIds, idsOf(doc.placeKeys(s, i))]);
  };
}

function cached(cache: Map<string, Int32Array>, key: string, make: (key: string) => Int32Array): Int32Array {
  let ids = cache.get(key);
  if (ids === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (ids = make(key)));
  }
  return ids;
}

function join(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
