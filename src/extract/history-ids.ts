// The ids of the history features (see historyFeatures) without building their strings:
// they depend only on the two tags before a token and on its word and shape, so they are
// looked up once per (tag, word) and (tag, shape) and kept.
import type { HistoryIds } from './decode.ts';
import { historyKeys } from './features.ts';
import { TAG_COUNT } from './tags.ts';

const CACHE_LIMIT = 100_000;
const UNKNOWN = -2;

/** Returns history ids for an index, as lookupIds(index, historyFeatures(...), limit) would give them. */
export function createHistoryIds(index: ReadonlyMap<string, number>, limit: number): HistoryIds {
  const id = (key: string): number => {
    const found = index.get(key);
    return found !== undefined && found < limit ? found : -1;
  };
  const prevOnly = Int32Array.from({ length: TAG_COUNT }, (_, p1) => id(historyKeys.prev(p1)));
  const prevPair = Int32Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) =>
    id(historyKeys.pair(k % TAG_COUNT, Math.floor(k / TAG_COUNT))),
  );
  const byWord = new Map<string, Int32Array>();
  const byShape = new Map<string, Int32Array>();
  const cached = (
    cache: Map<string, Int32Array>,
    key: string,
    p1: number,
    make: (p1: number) => string,
  ): number => {
    let row = cache.get(key);
    if (row === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, (row = new Int32Array(TAG_COUNT).fill(UNKNOWN)));
    }
    if (row[p1] === UNKNOWN) row[p1] = id(make(p1));
    return row[p1] ?? -1;
  };
  return (v, i, p1, p2) => {
    const l = v.lowers[i] ?? '';
    const sh = v.shapes[i] ?? '';
    const ids = [
      prevOnly[p1] ?? -1,
      prevPair[p1 + TAG_COUNT * p2] ?? -1,
      cached(byWord, l, p1, (p) => historyKeys.word(p, l)),
      cached(byShape, sh, p1, (p) => historyKeys.shape(p, sh)),
    ];
    return ids.filter((x) => x >= 0);
  };
}
