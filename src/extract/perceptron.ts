// An averaged perceptron over (feature, tag) weights, averaged with the lazy trick of
// Daumé (2006): keep w and u = Σ c·Δ; the average is w − u / c.
import { bestTag, scoreToken, type HistoryIds, type Scorer } from './decode.ts';
import type { SentenceView } from './features.ts';
import { TAG_COUNT } from './tags.ts';

/** One training sentence: its view, each token's static feature ids and its gold tags. */
export interface TrainingSentence {
  readonly view: SentenceView;
  readonly ids: readonly Int32Array[];
  readonly gold: Uint8Array;
}

/** Returns averaged weights (size × TAG_COUNT) after epochs of greedy training on sentences. */
export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  size: number,
  historyIds: HistoryIds,
  epochs: number,
  random: () => number,
): Float32Array {
  const w = new Float64Array(size * TAG_COUNT);
  const u = new Float64Array(size * TAG_COUNT);
  const scorer: Scorer = { weights: w, scale: 1, stride: TAG_COUNT, offset: 0, historyIds };
  let c = 1;
  const order = sentences.map((_, k) => k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const sentence = sentences[k];
      if (sentence === undefined) continue;
      c = trainSentence(scorer, w, u, c, sentence);
    }
  }
  const avg = new Float32Array(w.length);
  for (let j = 0; j < w.length; j++) avg[j] = (w[j] ?? 0) - (u[j] ?? 0) / c;
  return avg;
}

// Decodes with the current weights, feeding its own predictions forward as history, and
// moves the weights towards gold wherever it went wrong. Returns the advanced clock.
function trainSentence(
  scorer: Scorer,
  w: Float64Array,
  u: Float64Array,
  c: number,
  s: TrainingSentence,
): number {
  const n = s.view.words.length;
  const tags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const ids = s.ids[i] ?? new Int32Array(0);
    const scores = scoreToken(scorer, s.view, i, ids, tags);
    const pred = bestTag(scores);
    const gold = s.gold[i] ?? 0;
    if (pred !== gold) {
      const hist = scorer.historyIds(
        s.view,
        i,
        i > 0 ? (tags[i - 1] ?? 0) : 0,
        i > 1 ? (tags[i - 2] ?? 0) : 0,
      );
      update(w, u, c, ids, gold, pred);
      update(w, u, c, hist, gold, pred);
    }
    tags[i] = pred;
    c += 1;
  }
  return c;
}

function update(
  w: Float64Array,
  u: Float64Array,
  c: number,
  ids: ArrayLike<number>,
  gold: number,
  pred: number,
): void {
  for (let k = 0; k < ids.length; k++) {
    const base = (ids[k] ?? 0) * TAG_COUNT;
    w[base + gold] = (w[base + gold] ?? 0) + 1;
    u[base + gold] = (u[base + gold] ?? 0) + c;
    w[base + pred] = (w[base + pred] ?? 0) - 1;
    u[base + pred] = (u[base + pred] ?? 0) - c;
  }
}

/** Shuffles a in place with random (Fisher–Yates). */
export function shuffle<T>(a: T[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = a[i] as T;
    a[i] = a[j] as T;
    a[j] = tmp;
  }
}

/** Returns a seeded pseudo-random generator in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
