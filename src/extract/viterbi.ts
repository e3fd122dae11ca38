// A final pass over the greedy tagger's scores: the best well-formed BILOU sequence (an
// opened name must go on with I or end with L, of the same type). Greedy decoding with the
// constraints applied token by token drags a wrong B along; applied to the whole sentence at
// once they only repair runs that do not hold together ("for" alone tagged I-ORG).
import { TAG_COUNT, tagPart, tagTypeIndex } from './tags.ts';

const ALLOWED: boolean[][] = Array.from({ length: TAG_COUNT }, (_, prev) =>
  Array.from({ length: TAG_COUNT }, (_, tag) => isAllowedAfter(prev, tag)),
);

/** Returns tags when they are well-formed already (then they are the best), else the best well-formed sequence. */
export function repairTags(tags: Uint8Array, scores: readonly Float64Array[]): Uint8Array {
  for (let i = 0; i < tags.length; i++) {
    const prev = i > 0 ? (tags[i - 1] ?? 0) : 0;
    if (!(ALLOWED[prev]?.[tags[i] ?? 0] ?? false)) return bestWellFormed(scores);
  }
  return tags.length > 0 && !isAllowedLast(tags[tags.length - 1] ?? 0) ? bestWellFormed(scores) : tags;
}

/** Returns the highest-scoring well-formed tag sequence for per-token scores (scores are softmaxed first). */
export function bestWellFormed(scores: readonly Float64Array[]): Uint8Array {
  const n = scores.length;
  const back: Uint8Array[] = [];
  let prev = new Float64Array(TAG_COUNT).fill(-Infinity);
  prev[0] = 0;
  let first = true;
  for (let i = 0; i < n; i++) {
    const logp = logSoftmax(scores[i] ?? new Float64Array(TAG_COUNT));
    const cur = new Float64Array(TAG_COUNT).fill(-Infinity);
    const ptr = new Uint8Array(TAG_COUNT);
    for (let t = 0; t < TAG_COUNT; t++) {
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!(first ? p === 0 && ALLOWED[0]?.[t] : ALLOWED[p]?.[t])) continue;
        const s = (prev[p] ?? -Infinity) + (logp[t] ?? 0);
        if (s > (cur[t] ?? -Infinity)) [cur[t], ptr[t]] = [s, p];
      }
    }
    back.push(ptr);
    prev = cur;
    first = false;
  }
  return backtrack(prev, back);
}

function backtrack(last: Float64Array, back: readonly Uint8Array[]): Uint8Array {
  const n = back.length;
  const tags = new Uint8Array(n);
  let best = 0;
  for (let t = 0; t < TAG_COUNT; t++)
    if (isAllowedLast(t) && (last[t] ?? -Infinity) > (last[best] ?? -Infinity)) best = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = best;
    best = back[i]?.[best] ?? 0;
  }
  return tags;
}

function logSoftmax(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of s) max = Math.max(max, x);
  let sum = 0;
  for (const x of s) sum += Math.exp(x - max);
  const log = Math.log(sum) + max;
  return s.map((x) => x - log);
}

function isAllowedAfter(prev: number, tag: number): boolean {
  const open = tagPart(prev) === 0 || tagPart(prev) === 1;
  const part = tagPart(tag);
  if (open) return (part === 1 || part === 2) && tagTypeIndex(tag) === tagTypeIndex(prev);
  return part === -1 || part === 0 || part === 3;
}

function isAllowedLast(tag: number): boolean {
  const part = tagPart(tag);
  return part !== 0 && part !== 1;
}
