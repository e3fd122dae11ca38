// Greedy left-to-right decoding: the classic taggers found greedy decoding as accurate as
// Viterbi for NER, and it lets features look at earlier tags freely. No BILOU constraints are
// enforced: forcing an opened name to go on cost 3 points of F1 on held-out data (one wrong
// B drags the following tokens along); decodeSpans reads ill-formed runs leniently instead.
import type { SentenceView } from './features.ts';
import { TAG_COUNT } from './tags.ts';

/** Returns the ids of token i's history features given the two tags before it. */
export type HistoryIds = (v: SentenceView, i: number, prev1: number, prev2: number) => ArrayLike<number>;

/** Weights and the ids of the features that depend on earlier tags. */
export interface Scorer {
  /** Weights, each to be multiplied by scale: feature f's row starts at f × stride + offset. */
  readonly weights: ArrayLike<number>;
  readonly scale: number;
  readonly stride: number;
  readonly offset: number;
  readonly historyIds: HistoryIds;
}

/** The tags chosen for a sentence, and each token's scores when asked for. */
export interface Decoded {
  readonly tags: Uint8Array;
  readonly scores: Float64Array[];
}

/** Returns the tags for a sentence given each token's static feature ids (in one or two parts). */
export function decodeSentence(
  scorer: Scorer,
  v: SentenceView,
  staticIds: readonly ArrayLike<number>[],
  moreIds: readonly ArrayLike<number>[] = [],
): Decoded {
  const n = v.words.length;
  const tags = new Uint8Array(n);
  const scores: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const s = scoreToken(scorer, v, i, staticIds[i] ?? [], tags);
    addRows(s, scorer, moreIds[i] ?? [], scorer.scale);
    tags[i] = bestTag(s);
    scores.push(s);
  }
  return { tags, scores };
}

/** Returns the scores of every tag for token i, given the tags chosen before it. */
export function scoreToken(
  scorer: Scorer,
  v: SentenceView,
  i: number,
  staticIds: ArrayLike<number>,
  tags: ArrayLike<number>,
): Float64Array {
  const s = new Float64Array(TAG_COUNT);
  addRows(s, scorer, staticIds, scorer.scale);
  addRows(
    s,
    scorer,
    scorer.historyIds(v, i, i > 0 ? (tags[i - 1] ?? 0) : 0, i > 1 ? (tags[i - 2] ?? 0) : 0),
    scorer.scale,
  );
  return s;
}

/** Returns the highest-scoring tag. */
export function bestTag(s: ArrayLike<number>): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < TAG_COUNT; t++) {
    const score = s[t] ?? 0;
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

// The hot loop of tagging: ids are valid rows, so the reads need no fallbacks.
function addRows(s: Float64Array, scorer: Scorer, ids: ArrayLike<number>, scale: number): void {
  const { weights: w, stride, offset } = scorer;
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * stride + offset;
    for (let t = 0; t < TAG_COUNT; t++) s[t] = s[t]! + w[base + t]! * scale;
  }
}
